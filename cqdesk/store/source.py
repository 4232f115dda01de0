"""Queries for the sources (the report and the reference publications) and the quoted spans."""

from __future__ import annotations

import sqlite3

from cqdesk.store.connection import StoreError
from cqdesk.store.records import REPORT, Source, Sources, Span


def sources(db: sqlite3.Connection) -> Sources:
    """Every source, the reports first (each fact names its own by ``facts.source_id``)."""
    rows = db.execute(
        "SELECT id, title, publisher, url, published, statement_by, statement_date, text, kind "
        "FROM sources ORDER BY kind != ?, id",
        [REPORT],
    ).fetchall()
    if not rows or rows[0][-1] != REPORT:
        raise StoreError("The database names no report among its sources; rebuild it.")
    return Sources(tuple(Source(*values) for values in rows))


def spans(db: sqlite3.Connection) -> list[Span]:
    """Every quote and summary mention, by source and in text order; where several facts quote
    the very same words with the same value span, the first in the report's order stands for
    them all."""
    rows = db.execute("""
        SELECT fact_id, start, end, value_start, value_end, role, source_id FROM (
            SELECT fact_id, start, end, value_start, value_end, role, source_id, ROW_NUMBER()
                OVER (PARTITION BY source_id, start, end, value_start, value_end, role
                      ORDER BY position) AS n
            FROM (
                SELECT id AS fact_id, quote_start AS start, quote_end AS end, value_start,
                       value_end, 'quote' AS role, position, source_id FROM facts
                WHERE quote_start IS NOT NULL
                UNION ALL
                SELECT m.fact_id, m.quote_start, m.quote_end, m.value_start, m.value_end, m.role,
                       f.position, f.source_id FROM fact_mentions m JOIN facts f ON f.id = m.fact_id))
        WHERE n = 1
        ORDER BY source_id, start, end DESC, value_start""")
    return [Span(*values) for values in rows]
