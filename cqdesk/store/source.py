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


def spans(db: sqlite3.Connection, source_id: str | None = None) -> list[Span]:
    """Every quote and summary mention in one source (the shown one by default), in text order;
    where several facts quote the very same words with the same value span, the first in the
    report's order stands for them all. Only that source's facts are read, not every fact."""
    source_id = source_id or source(db).id
    rows = db.execute(
        """
        SELECT fact_id, start, end, value_start, value_end, role FROM (
            SELECT fact_id, start, end, value_start, value_end, role, ROW_NUMBER() OVER (
                PARTITION BY start, end, value_start, value_end, role ORDER BY position) AS n
            FROM (
                SELECT id AS fact_id, quote_start AS start, quote_end AS end, value_start,
                       value_end, 'quote' AS role, position FROM facts
                WHERE source_id = ? AND quote_start IS NOT NULL
                UNION ALL
                SELECT m.fact_id, m.quote_start, m.quote_end, m.value_start, m.value_end, m.role,
                       f.position FROM fact_mentions m JOIN facts f ON f.id = m.fact_id
                WHERE f.source_id = ?))
        WHERE n = 1
        ORDER BY start, end DESC, value_start""",
        [source_id, source_id],
    )
    return [Span(*values) for values in rows]
