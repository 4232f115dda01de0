"""Queries for charts: the charts of a category subtree, each with its bars in order."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from cqdesk.store.records import Chart, ChartBar
from cqdesk.text.formatting import format_value, qualified

# The unit's Chinese name from the units table (None for mixed counts, which have no row).
_CHART_COLUMNS = (
    "c.id, c.category_id, c.title, c.kind, c.unit, c.title_zh, "
    "(SELECT u.name_zh FROM units u WHERE u.id = c.unit)"
)
# A category's subtree is a range of the build's category ranks: two index probes, where walking
# the tree took tens of milliseconds over a generated database's thousands of categories.
_IN_SUBTREE = (
    "JOIN category_counts cc ON cc.category_id = c.category_id "
    "JOIN category_counts chosen ON chosen.category_id = ? "
    "WHERE cc.first_rank BETWEEN chosen.first_rank AND chosen.last_rank"
)


def _bar(values: tuple) -> ChartBar:
    fact_id, label, fact_label, value, display, unit, qualifier, kind, *more = values
    # A hand-made database may leave a bar's label or printed value empty: fall back to the
    # fact's label and to the value written out, rather than drawing nothing or failing.
    if not display and value is not None:
        display = qualified(format_value(value, unit or ""), qualifier)
    reading, group, source_id, label_zh, display_zh, group_zh = more
    return ChartBar(
        fact_id,
        label or fact_label,
        value,
        display or "",
        qualifier,
        kind,
        reading,
        group,
        source_id,
        label_zh,
        display_zh,
        group_zh,
    )


def _bars(db: sqlite3.Connection, within: str, params: list) -> dict[str, list[ChartBar]]:
    bars: dict[str, list[ChartBar]] = defaultdict(list)
    rows = db.execute(
        "SELECT cf.chart_id, f.id, cf.label, f.label, f.value, f.value_display, f.unit, "
        "f.qualifier, f.kind, f.reading, cf.group_label, f.source_id, "
        "COALESCE(cf.label_zh, f.label_zh), f.value_display_zh, cf.group_label_zh "
        "FROM chart_facts cf JOIN facts f ON f.id = cf.fact_id "
        f"JOIN charts c ON c.id = cf.chart_id {within} ORDER BY cf.chart_id, cf.position",
        params,
    )
    for chart_id, *values in rows:
        bars[chart_id].append(_bar(tuple(values)))
    return bars


def charts(db: sqlite3.Connection, category_id: str | None = None) -> list[Chart]:
    """The charts of ``category_id`` and its subcategories (every chart when None).

    Two queries however many charts there are: the charts, then all their bars at once.
    """
    within, params = "", []
    if category_id is not None:
        within, params = _IN_SUBTREE, [category_id]
    rows = db.execute(
        f"SELECT {_CHART_COLUMNS} FROM charts c {within} ORDER BY c.position", params
    ).fetchall()
    bars = _bars(db, within, params)
    return [
        Chart(
            chart_id,
            category,
            title,
            kind,
            unit,
            bars=tuple(bars.get(chart_id, ())),
            title_zh=title_zh,
            unit_zh=unit_zh,
        )
        for chart_id, category, title, kind, unit, title_zh, unit_zh in rows
    ]
