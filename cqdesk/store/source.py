"""Queries for the source document: its text and citation, and every quoted span in it."""

from __future__ import annotations

import sqlite3

from cqdesk.store.records import Source, Span


def source(db: sqlite3.Connection) -> Source:
    """The source document (cqdesk databases hold exactly one)."""
    values = db.execute(
        "SELECT id, title, publisher, url, published, statement_by, "
        "statement_date, text FROM sources ORDER BY id LIMIT 1"
    ).fetchone()
    return Source(*values)


def spans(db: sqlite3.Connection) -> list[Span]:
    """Every quote and summary mention, in text order."""
    rows = db.execute("""
        SELECT id, quote_start, quote_end, value_start, value_end, 'quote' FROM facts
        WHERE quote_start IS NOT NULL
        UNION ALL
        SELECT fact_id, quote_start, quote_end, value_start, value_end, role FROM fact_mentions
        ORDER BY 2, 3 DESC""")
    return [Span(*values) for values in rows]
