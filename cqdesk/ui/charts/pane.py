"""The chart pane: the charts of the selected category, drawn with pyqtgraph, bars that select facts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cqdesk.models.chart_list_model import ChartListModel
from cqdesk.store.records import Chart, Sources
from cqdesk.text.formatting import fill, literal_tooltip
from cqdesk.ui.charts.kinds import drawing_for
from cqdesk.ui.charts.plot import ChartView
from cqdesk.ui.charts.rendering import copy_chart, save_chart
from cqdesk.ui.charts.style import chart_colours
from cqdesk.ui.charts.text import chart_problem, chart_source_line, chart_title, tr

# Once per process, before any plot exists; the pane's own module is imported after first paint.
pg.setConfigOptions(antialias=True)

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
SELECTOR_MIN_CHARACTERS = 20  # the selector shrinks to this; its tooltip and popup tell the rest
SMALLEST_PANE = QSize(240, 160)


def show_menu(menu: QMenu, global_pos: QPoint) -> None:
    """Show ``menu`` at ``global_pos`` until it closes (tests replace this to stay unblocked)."""
    menu.exec(global_pos)


class ChartPane(QWidget):
    """Shows one chart at a time of the charts it is given; clicking a bar activates its fact."""

    factActivated = Signal(str)
    chartChanged = Signal()  # the person chose another chart in the selector

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chartPane")
        self.setAccessibleName(tr("Charts"))
        self._describe()
        self._charts = ChartListModel(self)
        self._sources: Sources | None = None
        self._current_fact: str | None = None
        self._visible_facts: set[str] | None = None
        self._drawn: Chart | None = None
        self._context_actions: list[QAction] = []
        self._empty_message: Callable[[], str] | None = None
        self._stale = False  # the drawing lags the chart, current fact or filters (hidden)
        self._selector = self._make_selector()
        self._message = self._make_message()
        self._scroll = self._make_scroll()
        self._view = self._use_view(ChartView)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._selector)
        layout.addWidget(self._stack, 1)
        self.set_charts([])

    def _make_selector(self) -> QComboBox:
        selector = QComboBox(self)
        selector.setObjectName("chartSelector")
        selector.setModel(self._charts)
        self._name_selector(selector)
        # Sized to its longest title the selector would widen the whole window; it shrinks
        # instead, its tooltip and its popup telling the whole title.
        selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        selector.setMinimumContentsLength(SELECTOR_MIN_CHARACTERS)
        selector.currentIndexChanged.connect(self._show_row)
        selector.currentIndexChanged.connect(self.chartChanged)
        return selector

    @staticmethod
    def _name_selector(selector: QComboBox) -> None:
        # What a screen reader calls the selector and its popup list, in the language now loaded.
        selector.setAccessibleName(tr("Chart"))
        selector.setAccessibleDescription(tr("Chooses which of the category's charts is shown."))
        selector.view().setAccessibleName(tr("Charts of this category"))

    def _make_scroll(self) -> QScrollArea:
        """A vertical scroll area: a short pane scrolls the bars rather than crushing them."""
        scroll = QScrollArea(self)
        scroll.setObjectName("chartScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the chart itself
        return scroll

    def _use_view(self, drawing: type[ChartView]) -> ChartView:
        """Draw with a ``drawing`` view from now on (the scroll area owns and frees the old one)."""
        view = drawing(self.factActivated.emit, self)
        view.contextMenuWanted.connect(self._show_context_menu)
        view.cursorMoved.connect(self._scroll_to)
        self._scroll.setWidget(view)
        # A new drawing would join the end of the window's Tab order: keep it after the selector.
        QWidget.setTabOrder(self._selector, view)
        return view

    def _scroll_to(self, rect: QRectF) -> None:
        centre = rect.center().toPoint()
        self._scroll.ensureVisible(centre.x(), centre.y(), 0, round(rect.height()))

    def minimumSizeHint(self) -> QSize:
        return SMALLEST_PANE.expandedTo(self._selector.minimumSizeHint())

    def _make_message(self) -> QLabel:
        message = QLabel(self)
        message.setObjectName("chartMessage")
        message.setTextFormat(Qt.TextFormat.PlainText)  # chart titles come from the data
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        return message

    def set_empty_message(self, text: Callable[[], str] | None) -> None:
        """What to say when no chart is offered, asked anew in each language (None: that the
        category has none)."""
        self._empty_message = text

    def set_charts(self, charts: list[Chart]) -> None:
        """Offer ``charts`` (a selector when several), keeping the shown chart if it is among them."""
        previous = self._drawn
        with self._quiet_selector():  # the model's reset would show (draw) its first chart
            self._charts.set_charts(charts)
        self._fit_popup()
        row = self._row_with_fact(self._current_fact)
        if row is None:
            row = next(
                (i for i, chart in enumerate(charts) if previous and chart.id == previous.id), 0
            )
        self._selector.setVisible(len(charts) > 1)
        if charts and self._charts.chart(row) == previous:
            # The chart drawn stays (a filter narrowed the view): no new drawing, only the bars'
            # greying, which the pane is told next.
            with self._quiet_selector():
                self._selector.setCurrentIndex(row)
            return
        self._select_row(row if charts else -1)

    @contextmanager
    def _quiet_selector(self) -> Iterator[None]:
        self._selector.blockSignals(True)
        try:
            yield
        finally:
            self._selector.blockSignals(False)

    def _select_row(self, row: int) -> None:
        with self._quiet_selector():
            self._selector.setCurrentIndex(row)
        self._show_row(row)

    def _fit_popup(self) -> None:
        """Let the popup list be wider than the shrunk selector, so it shows whole titles."""
        view = self._selector.view()
        metrics = view.fontMetrics()
        titles = (chart_title(self._charts.chart(row)) for row in range(self._charts.rowCount()))
        widest = max((metrics.horizontalAdvance(title) for title in titles), default=0)
        # Room for the item's margins and a scroll bar besides the words.
        view.setMinimumWidth(
            widest + 4 * metrics.averageCharWidth() + view.verticalScrollBar().sizeHint().width()
        )

    def _row_with_fact(self, fact_id: str | None) -> int | None:
        """The row of the first offered chart with a bar for ``fact_id``, if any."""
        if fact_id is None:
            return None
        for row in range(self._charts.rowCount()):
            chart = self._charts.chart(row)
            if any(bar.fact_id == fact_id for bar in chart.bars):
                return row
        return None

    def set_sources(self, sources: Sources) -> None:
        """Name, in the line under every chart, the sources of that chart's bars."""
        self._sources = sources
        self._redraw()

    def _source_text(self, chart: Chart) -> str:
        return "" if self._sources is None else chart_source_line(chart, self._sources)

    def set_current_fact(self, fact_id: str | None) -> None:
        """Highlight the bar of ``fact_id``, turning to a chart that has one if the shown one has not."""
        self._current_fact = fact_id
        shown = self.current_chart()
        if shown is None or not any(bar.fact_id == fact_id for bar in shown.bars):
            row = self._row_with_fact(fact_id)
            if row is not None:
                self._select_row(row)
        if not self._stale:
            self._view.set_current(fact_id)

    def set_visible_facts(self, fact_ids: set[str] | None) -> None:
        """Dim the bars of facts outside ``fact_ids``; None dims none."""
        self._visible_facts = None if fact_ids is None else set(fact_ids)
        if not self._stale:
            self._view.set_visible(self._visible_facts)

    def current_chart(self) -> Chart | None:
        """The chart the selector points at (drawn, or refused with a message), or None."""
        return self._charts.chart(self._selector.currentIndex())

    def focus_chain(self) -> list[QWidget]:
        """The pane's widgets Tab reaches, in order: the chart selector, then the drawing."""
        return [self._selector, self._view]

    def chart_view(self) -> ChartView:
        """The drawing (brought up to date if the pane was hidden), for tests and actions."""
        self._draw_if_stale()
        return self._view

    def message(self) -> str | None:
        """The message shown instead of a chart, or None while a chart is drawn."""
        return None if self._drawn is not None else self._message.text()

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Offer ``actions`` in the menu a right-click (or the Menu key) opens on the chart."""
        self._context_actions = list(actions)

    def context_actions(self) -> list[QAction]:
        """The actions of the chart's context menu."""
        return list(self._context_actions)

    def _show_context_menu(self, global_pos: QPoint) -> None:
        if not self._context_actions or self._drawn is None:
            return
        menu = QMenu(self)
        menu.setObjectName("chartContextMenu")
        menu.addActions(self._context_actions)
        show_menu(menu, global_pos)
        menu.deleteLater()

    def export_image(self, path: str) -> None:
        """Save the drawn chart, title and source line included, as .png or .svg by suffix."""
        if self._drawn is None:
            raise ValueError(tr("There is no chart to save."))
        save_chart(self.chart_view(), path)

    def copy_image(self) -> None:
        """Put the drawn chart's image on the clipboard; nothing happens when none is drawn."""
        if self._drawn is not None:
            copy_chart(self.chart_view())

    def _describe(self) -> None:
        # What a screen reader says of the pane, in the language now loaded.
        self.setAccessibleDescription(
            tr(
                "The charts of the chosen category. Arrow keys walk the bars, Enter selects a "
                "bar's fact, Ctrl+T shows the chart as a table."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _PALETTE_EVENTS:
            self._redraw()  # the bar, text and background colours all come from the palette
        elif event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(tr("Charts"))
            self._describe()
            self._name_selector(self._selector)
            self._charts.language_changed()
            self._show_row(self._selector.currentIndex())  # titles, values and axis anew
        super().changeEvent(event)

    def _show_row(self, row: int) -> None:
        chart = self._charts.chart(row)
        if chart is None:
            empty = self._empty_message
            self._show_message(empty() if empty else tr("No charts for this category."))
            return
        problem = chart_problem(chart)
        drawing = drawing_for(chart.kind)
        if problem is None and drawing is None:
            problem = fill(
                tr("This version of cqdesk cannot draw charts of the kind “%1”."), chart.kind
            )
        if problem is not None:
            self._show_message(problem)
            return
        assert drawing is not None  # no problem means a drawing was found
        if type(self._view) is not drawing:
            self._view = self._use_view(drawing)
        if self._drawn is None or chart.id != self._drawn.id:
            self._scroll.verticalScrollBar().setValue(0)  # another chart starts at its title
        self._drawn = chart
        self.setFocusProxy(self._view)  # Ctrl+6 and Tab land where the arrow keys walk the bars
        self._selector.setToolTip(literal_tooltip(chart_title(chart)))
        self._redraw()
        self._stack.setCurrentWidget(self._scroll)

    def _show_message(self, text: str) -> None:
        self._drawn, self._stale = None, False
        self.setFocusProxy(self._selector if self._selector.isVisibleTo(self) else None)
        chart = self.current_chart()
        self._selector.setToolTip(literal_tooltip(chart_title(chart)) if chart is not None else "")
        self._view.clear_chart()
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._draw_if_stale()

    def _redraw(self) -> None:
        if self._drawn is None:
            return
        if not self.isVisible():
            # Drawing takes pyqtgraph a tenth of a second: a hidden pane (the Source or Map tab
            # in front) draws when it is shown, or when its drawing is asked for; a screen
            # reader is told now which chart it holds.
            self._stale = True
            self._view.describe(self._drawn, self._source_text(self._drawn))
            return
        self._draw()

    def _draw_if_stale(self) -> None:
        if self._stale:
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        if self._drawn is None:
            return
        self._view.draw(self._drawn, self._source_text(self._drawn), chart_colours(self.palette()))
        self._view.set_current(self._current_fact)
        self._view.set_visible(self._visible_facts)
