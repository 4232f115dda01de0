"""The comparison chart (``charts.kind`` "comparison"): bars in groups, one colour per series."""

from __future__ import annotations

from cqdesk.store.records import Chart, ChartBar
from cqdesk.ui.charts.plot import ChartView
from cqdesk.ui.charts.style import BarLook, legend_entries
from cqdesk.ui.charts.text import tr

GROUP_GAP = 0.7  # rows of space between two groups


class ComparisonChartView(ChartView):
    """Each group (``ChartBar.group``) holds one bar per series (``ChartBar.label``): each
    Chongqing growth rate beside the national one, say. The legend names the series; a series
    of reference figures says they are published figures, cited."""

    def _series_names(self, chart: Chart) -> list[str]:
        return list(dict.fromkeys(bar.label for bar in chart.bars))

    def bar_rows(self, chart: Chart) -> list[float]:
        rows, row, previous = [], 0.0, None
        for bar in chart.bars:
            if previous is not None and bar.group != previous:
                row += GROUP_GAP
            rows.append(row)
            row, previous = row + 1.0, bar.group
        return rows

    def bar_labels(self, chart: Chart) -> list[str]:
        return [f"{bar.group}: {bar.label}" if bar.group else bar.label for bar in chart.bars]

    def bar_series(self, chart: Chart, bar: ChartBar) -> int:
        return self._series_names(chart).index(bar.label)

    def legend(self, chart: Chart) -> list[tuple[BarLook, str]]:
        entries = []
        for index, name in enumerate(self._series_names(chart)):
            kinds = {bar.kind for bar in chart.bars if bar.label == name}
            words = tr("%s: published figure, cited") % name if kinds == {"reference"} else name
            entries.append((BarLook(series=index), words))
        # The series' swatches stand for the plain look; the other looks keep their entries.
        return entries + [entry for entry in legend_entries(chart) if entry[0] != BarLook()]
