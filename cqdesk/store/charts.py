"""Queries for charts: the charts of a category subtree, each with its bars in order."""

from __future__ import annotations

import sqlite3

from cqdesk.store.records import Chart, ChartBar
from cqdesk.store.sql import CATEGORY_SUBTREE


def _bars(db: sqlite3.Connection, chart_id: str) -> tuple[ChartBar, ...]:
    return tuple(
        ChartBar(*values)
        for values in db.execute(
            "SELECT f.id, cf.label, f.value, f.value_display, f.qualifier, f.kind FROM chart_facts cf "
            "JOIN facts f ON f.id = cf.fact_id WHERE cf.chart_id = ? ORDER BY cf.position",
            [chart_id],
        )
    )


def charts(db: sqlite3.Connection, category_id: str | None = None) -> list[Chart]:
    """The charts of ``category_id`` and its subcategories (every chart when None)."""
    if category_id is None:
        rows = db.execute("SELECT id, category_id, title, kind, unit FROM charts ORDER BY position")
    else:
        rows = db.execute(
            f"SELECT id, category_id, title, kind, unit FROM charts "
            f"WHERE category_id IN ({CATEGORY_SUBTREE}) ORDER BY position",
            [category_id],
        )
    return [Chart(*values, bars=_bars(db, values[0])) for values in rows.fetchall()]
