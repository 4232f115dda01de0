"""Queries for the sources (the report and the reference publications) and the quoted spans."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from cqdesk.store.connection import StoreError
from cqdesk.store.connection import untranslated as _tr
from cqdesk.store.records import REPORT, Source, Sources, Span, record_maker

# A generated database cites thousands of sources: made by position (see record_maker).
_new_source = record_maker(Source)


def sources(db: sqlite3.Connection) -> Sources:
    """Every source, the reports first (each fact names its own by ``facts.source_id``).

    Only the first report's text is read (the one the window shows at start); another report's
    text is read when it is shown (``source_text``): a generated database holds thousands of
    reports, and their texts together are as large as the facts' quotes."""
    rows = db.execute(
        "SELECT id, title, publisher, url, published, statement_by, statement_date, '', kind, "
        "publisher_zh, statement_by_zh FROM sources ORDER BY kind != ?, id",
        [REPORT],
    ).fetchall()
    if not rows or rows[0][8] != REPORT:
        raise StoreError(_tr("The database names no report among its sources; rebuild it."))
    first = Source(*rows[0])
    first = replace(first, text=source_text(db, first.id))
    return Sources((first, *map(_new_source, rows[1:])))


def source_text(db: sqlite3.Connection, source_id: str) -> str:
    """The text of one source ("" for a reference publication, which is cited, never quoted)."""
    row = db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()
    return (row[0] or "") if row else ""


def spans(db: sqlite3.Connection, source_id: str | None = None) -> list[Span]:
    """Every quote and summary mention in one source (the first report when None), in text
    order; where several facts quote the very same words with the same value span, the first
    in the report's order stands for them all. Only that source's facts are read."""
    if source_id is None:
        first = db.execute(
            "SELECT id FROM sources WHERE kind = ? ORDER BY id LIMIT 1", [REPORT]
        ).fetchone()
        source_id = first[0] if first else ""
    rows = db.execute(
        """
        SELECT fact_id, start, end, value_start, value_end, role, ? FROM (
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
        [source_id, source_id, source_id],
    )
    return [Span(*values) for values in rows]
