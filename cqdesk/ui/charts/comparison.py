"""The comparison chart (``charts.kind`` "comparison"): bars in groups, one colour per series."""

from __future__ import annotations

from cqdesk.store.records import Chart, ChartBar
from cqdesk.text import language
from cqdesk.text.formatting import fill
from cqdesk.ui.charts.plot import ChartView
from cqdesk.ui.charts.style import BarLook, legend_entries
from cqdesk.ui.charts.text import bar_label, tr

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
        return [_grouped_label(bar) for bar in chart.bars]

    def bar_series(self, chart: Chart, bar: ChartBar) -> int:
        return self._series_names(chart).index(bar.label)

    def legend(self, chart: Chart) -> list[tuple[BarLook, str]]:
        entries = []
        for index, name in enumerate(self._series_names(chart)):
            series = [bar for bar in chart.bars if bar.label == name]
            shown = bar_label(series[0])  # the series by its first bar's label, in the language
            kinds = {bar.kind for bar in series}
            words = tr("%s: published figure, cited") % shown if kinds == {"reference"} else shown
            entries.append((BarLook(series=index), words))
        # The series' swatches stand for the plain look; the other looks keep their entries.
        return entries + [entry for entry in legend_entries(chart) if entry[0] != BarLook()]


def _grouped_label(bar: ChartBar) -> str:
    """“Online retail: Chongqing”, or in Chinese “网络零售：重庆” (each part English where the
    project has no Chinese form)."""
    if not bar.group:
        return bar_label(bar)
    return fill(tr("%1: %2"), language.shown(bar.group, bar.group_zh), bar_label(bar))
