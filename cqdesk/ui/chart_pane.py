"""The chart pane: the charts of the selected category, drawn with pyqtgraph, bars that select facts."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from cqdesk.models.chart_list_model import ChartListModel
from cqdesk.store.records import Chart, Source
from cqdesk.ui.chart_export import copy_chart, save_chart
from cqdesk.ui.chart_plot import ChartView
from cqdesk.ui.chart_style import chart_colours
from cqdesk.ui.chart_text import chart_problem, source_line, tr

# Once per process, before any plot exists; the pane's own module is imported after first paint.
pg.setConfigOptions(antialias=True)

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class ChartPane(QWidget):
    """Shows one chart at a time of the charts it is given; clicking a bar activates its fact."""

    factActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chartPane")
        self.setAccessibleName(tr("Charts"))
        self._charts = ChartListModel(self)
        self._source_text = ""
        self._current_fact: str | None = None
        self._visible_facts: set[str] | None = None
        self._drawn: Chart | None = None
        self._selector = self._make_selector()
        self._message = self._make_message()
        self._view = ChartView(self.factActivated.emit, self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._selector)
        layout.addWidget(self._stack, 1)
        self.set_charts([])

    def _make_selector(self) -> QComboBox:
        selector = QComboBox(self)
        selector.setObjectName("chartSelector")
        selector.setAccessibleName(tr("Chart"))
        selector.setModel(self._charts)
        selector.currentIndexChanged.connect(self._show_row)
        return selector

    def _make_message(self) -> QLabel:
        message = QLabel(self)
        message.setObjectName("chartMessage")
        message.setTextFormat(Qt.TextFormat.PlainText)  # chart titles come from the data
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        return message

    def set_charts(self, charts: list[Chart]) -> None:
        """Offer ``charts`` (a selector when several), keeping the shown chart if it is among them."""
        previous = self._drawn.id if self._drawn is not None else None
        self._charts.set_charts(charts)
        row = self._row_with_fact(self._current_fact)
        if row is None:
            row = next((i for i, chart in enumerate(charts) if chart.id == previous), 0)
        self._selector.setVisible(len(charts) > 1)
        self._select_row(row if charts else -1)

    def _select_row(self, row: int) -> None:
        self._selector.blockSignals(True)
        self._selector.setCurrentIndex(row)
        self._selector.blockSignals(False)
        self._show_row(row)

    def _row_with_fact(self, fact_id: str | None) -> int | None:
        """The row of the first offered chart with a bar for ``fact_id``, if any."""
        if fact_id is None:
            return None
        for row in range(self._charts.rowCount()):
            chart = self._charts.chart(row)
            if any(bar.fact_id == fact_id for bar in chart.bars):
                return row
        return None

    def set_source(self, source: Source) -> None:
        """Name ``source`` in the line under every chart."""
        self._source_text = source_line(source.publisher, source.published)
        self._redraw()

    def set_current_fact(self, fact_id: str | None) -> None:
        """Highlight the bar of ``fact_id``, turning to a chart that has one if the shown one has not."""
        self._current_fact = fact_id
        shown = self.current_chart()
        if shown is None or not any(bar.fact_id == fact_id for bar in shown.bars):
            row = self._row_with_fact(fact_id)
            if row is not None:
                self._select_row(row)
        self._view.set_current(fact_id)

    def set_visible_facts(self, fact_ids: set[str] | None) -> None:
        """Dim the bars of facts outside ``fact_ids``; None dims none."""
        self._visible_facts = None if fact_ids is None else set(fact_ids)
        self._view.set_visible(self._visible_facts)

    def current_chart(self) -> Chart | None:
        """The chart the selector points at (drawn, or refused with a message), or None."""
        return self._charts.chart(self._selector.currentIndex())

    def chart_view(self) -> ChartView:
        """The drawing, for tests and for the window's own actions."""
        return self._view

    def message(self) -> str | None:
        """The message shown instead of a chart, or None while a chart is drawn."""
        return None if self._drawn is not None else self._message.text()

    def export_image(self, path: str) -> None:
        """Save the drawn chart, title and source line included, as .png or .svg by suffix."""
        if self._drawn is None:
            raise ValueError(tr("There is no chart to save."))
        save_chart(self._view, path)

    def copy_image(self) -> None:
        """Put the drawn chart's image on the clipboard; nothing happens when none is drawn."""
        if self._drawn is not None:
            copy_chart(self._view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _PALETTE_EVENTS:
            self._redraw()  # the bar, text and background colours all come from the palette
        super().changeEvent(event)

    def _show_row(self, row: int) -> None:
        chart = self._charts.chart(row)
        if chart is None:
            self._show_message(tr("No charts for this category."))
            return
        problem = chart_problem(chart)
        if problem is not None:
            self._show_message(problem)
            return
        self._drawn = chart
        self._redraw()
        self._stack.setCurrentWidget(self._view)

    def _show_message(self, text: str) -> None:
        self._drawn = None
        self._view.clear_chart()
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def _redraw(self) -> None:
        if self._drawn is None:
            return
        self._view.draw(self._drawn, self._source_text, chart_colours(self.palette()))
        self._view.set_current(self._current_fact)
        self._view.set_visible(self._visible_facts)
