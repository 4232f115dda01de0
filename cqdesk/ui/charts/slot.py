"""Loads the chart pane after the window's first paint and wires it to the browser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from cqdesk.models.fact_table_model import Pending
from cqdesk.store.records import Chart, FactQuery, Sources
from cqdesk.ui.window.browser import Browser

if TYPE_CHECKING:
    from cqdesk.ui.charts.pane import ChartPane


def charts_in_view(charts: list[Chart], visible: set[str] | None) -> list[Chart]:
    """The charts with at least one bar among the ``visible`` facts (all when None: no filter)."""
    if visible is None:
        return list(charts)
    return [chart for chart in charts if any(bar.fact_id in visible for bar in chart.bars)]


def _hidden_by_filters_in_category() -> str:
    return QCoreApplication.translate(
        "ChartPane", "No chart of this category has facts among those the filters show."
    )


def _hidden_by_filters() -> str:
    return QCoreApplication.translate(
        "ChartPane", "No chart has facts among those the filters show."
    )


class ChartSlot(QObject):
    """Owns the chart tab: created on ``load()``; follows the category, filters and current fact."""

    chartChanged = Signal()  # the pane was created, or may show another chart (or none) now

    def __init__(self, browser: Browser, tabs: QTabWidget, sources: Sources, parent=None) -> None:
        super().__init__(parent)
        self._browser, self._tabs, self._sources = browser, tabs, sources
        self.pane: ChartPane | None = None
        self._bar_ids: list[str] = []
        self._charts: list[Chart] = []
        self._category: object = ()
        self._context_actions: list[QAction] = []

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions the chart's own context menu lists (save, copy), given to the pane once loaded."""
        self._context_actions = list(actions)

    def load(self) -> None:
        """Import pyqtgraph's pane now (slow to import, so not before the first paint)."""
        if self.pane is not None:
            return
        try:
            from cqdesk.ui.charts.pane import ChartPane
        except ImportError:
            # The chart pane ships separately; without it the window works without charts.
            return
        self.pane = pane = ChartPane(self._tabs)
        pane.set_sources(self._sources)  # the citations for exported and copied charts
        pane.set_context_actions(self._context_actions)
        # Second, after Source and before Map, where the saved tab index expects it.
        self._tabs.insertTab(1, pane, QCoreApplication.translate("MainWindow", "Charts"))
        # Tab reaches the charts after the tab before them, not after everything else.
        before = self._tabs.widget(self._tabs.indexOf(pane) - 1)
        for first, second in zip([before, *pane.focus_chain()], pane.focus_chain(), strict=False):
            QWidget.setTabOrder(first, second)
        pane.factActivated.connect(self._browser.reveal_fact)
        pane.chartChanged.connect(self.chartChanged)
        self._browser.queryChanged.connect(self._follow_query)
        self._browser.currentFactChanged.connect(self._follow_fact)
        self._follow_query(self._browser.query)
        self._follow_fact(self._browser.current_fact)

    def _follow_query(self, query: FactQuery) -> None:
        if self.pane is None:
            return
        if query.category_id != self._category:
            self._category = query.category_id
            self._charts = self._browser.charts_for_category()
            self._bar_ids = [bar.fact_id for chart in self._charts for bar in chart.bars]
        if not query.active():
            self._show_in_view(query, None)
            return
        # Which bars the view holds: at once on a small database; at a million facts a big
        # search asks the worker, and the charts shown stay as they are until it answers.
        found = self._browser.queries.matching(
            query, self._bar_ids, lambda visible: self._show_in_view(query, visible)
        )
        if not isinstance(found, Pending):
            self._show_in_view(query, found)

    def _show_in_view(self, query: FactQuery, visible: set[str] | None) -> None:
        """Offer the charts with bars in the view ``query`` (unless the view changed since)."""
        if self.pane is None or query != self._browser.query:
            return
        offered = charts_in_view(self._charts, visible)
        empty = None
        if self._charts and not offered:
            empty = _hidden_by_filters_in_category if query.category_id else _hidden_by_filters
        self.pane.set_empty_message(empty)
        self.pane.set_charts(offered)
        self.pane.set_visible_facts(visible)
        self.chartChanged.emit()

    def _follow_fact(self, fact_id: str | None) -> None:
        if self.pane is None:
            return
        self.pane.set_current_fact(fact_id)  # may turn to a chart that draws the fact
        self.chartChanged.emit()

    def has_chart(self) -> bool:
        """Whether a chart is drawn (not a message in its place), so there is one to save."""
        return self.pane is not None and self.pane.message() is None

    def drawn_chart(self) -> Chart | None:
        """The chart drawn now, or None."""
        return self.pane.current_chart() if self.pane is not None and self.has_chart() else None

    def save_image(self, path: str) -> None:
        """Save the drawn chart as .png or .svg by suffix (ValueError when none is drawn)."""
        if self.pane is None:
            raise ValueError("There is no chart to save.")
        self.pane.export_image(path)

    def copy_image(self) -> None:
        """Put the drawn chart's image on the clipboard (nothing when none is drawn)."""
        if self.pane is not None:
            self.pane.copy_image()

    def show(self) -> bool:
        """Bring the chart tab forward; False when there is none."""
        if self.pane is None:
            return False
        self._tabs.setCurrentWidget(self.pane)
        return True
