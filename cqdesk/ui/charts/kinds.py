"""Which drawing class draws each kind of chart (``charts.kind``): a new kind is a class and a row."""

from __future__ import annotations

from cqdesk.ui.charts.comparison import ComparisonChartView
from cqdesk.ui.charts.plot import ChartView

# Each kind the database may name, and the view that draws it. The pipeline accepts the same
# kinds (cqdesk.pipeline.charts.CHART_KINDS); a test keeps the two lists equal.
DRAWINGS: dict[str, type[ChartView]] = {
    "bar": ChartView,
    "comparison": ComparisonChartView,  # each Chongqing rate beside the national one
}


def drawing_for(kind: str) -> type[ChartView] | None:
    """The view class that draws charts of ``kind``, or None when this cqdesk has none."""
    return DRAWINGS.get(kind)
