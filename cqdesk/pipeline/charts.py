"""Rows for charts and their bars; a chart's data is checked here so the pane can trust it."""

from __future__ import annotations

import math

from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.inputs import Resources

# "bar": one bar per fact. "comparison": bars in groups (``group``), one bar per series
# (``label``), such as each Chongqing growth rate beside the national one.
CHART_KINDS = {"bar", "comparison"}
MEASURE_UNITS = {"CNY", "USD", "%", "pp"}
COUNT = "count"


def chart_unit(units: set[str], what: str) -> str:
    """The one unit a chart's axis shows; counts of different things (firms, merchants) may share
    an axis as plain counts, but money, percentages and ratios never mix with anything else."""
    if len(units) == 1:
        return next(iter(units))
    if not units & MEASURE_UNITS and not any("/" in unit for unit in units):
        return COUNT
    raise BuildError(f"{what}: its bars mix units {sorted(units)}; one chart, one unit")


def chart_rows(
    res: Resources, facts: list[dict], categories: set[str]
) -> tuple[list[dict], list[dict]]:
    """The ``charts`` and ``chart_facts`` rows; every bar a finite value in the chart's one unit."""
    by_id = {row["id"]: row for row in facts}
    charts, bars = [], []
    for position, entry in enumerate(res.charts):
        what = f"charts.yaml {entry.get('id')!r}"
        if entry.get("category") not in categories:
            raise BuildError(f"{what}: unknown category {entry.get('category')!r}")
        if entry.get("kind", "bar") not in CHART_KINDS:
            raise BuildError(f"{what}: kind must be one of {sorted(CHART_KINDS)}")
        if not entry.get("facts"):
            raise BuildError(f"{what}: a chart needs at least one fact")
        units = set()
        kind = entry.get("kind", "bar")
        for bar_position, bar in enumerate(entry["facts"]):
            if kind == "comparison" and not bar.get("group"):
                raise BuildError(f"{what}: every bar of a comparison chart needs a group")
            fact = by_id.get(bar.get("fact"))
            if fact is None or fact["value"] is None:
                raise BuildError(f"{what}: {bar.get('fact')!r} is not a fact with a value")
            if not math.isfinite(fact["value"]):
                raise BuildError(f"{what}: {bar['fact']!r} has no finite value to draw")
            units.add(fact["unit"])
            bars.append(
                {
                    "chart_id": entry["id"],
                    "fact_id": fact["id"],
                    "position": bar_position,
                    "label": bar.get("label") or fact["label"],
                    "group_label": bar.get("group"),
                }
            )
        charts.append(
            {
                "id": entry["id"],
                "category_id": entry["category"],
                "title": entry["title"],
                "kind": kind,
                "unit": chart_unit(units, what),
                "position": position,
            }
        )
    return charts, bars
