"""Loads the chart pane after the window's first paint and wires it to the browser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from cqdesk.store.records import Source
from cqdesk.ui.browser import Browser


class ChartSlot(QObject):
    """Owns the chart tab: created on ``load()``; follows the category, filters and current fact."""

    def __init__(self, browser: Browser, tabs: QTabWidget, source: Source, parent=None) -> None:
        super().__init__(parent)
        self._browser, self._tabs, self._source = browser, tabs, source
        self.pane: QWidget | None = None
        self._bar_ids: list[str] = []
        self._category: object = ()

    def load(self) -> None:
        """Import pyqtgraph's pane now (slow to import, so not before the first paint)."""
        if self.pane is not None:
            return
        try:
            from cqdesk.ui.chart_pane import ChartPane
        except ImportError:
            # The chart pane ships separately; without it the window works without charts.
            return
        self.pane = ChartPane(self._tabs)
        if hasattr(self.pane, "set_source"):  # the citation for exported and copied charts
            self.pane.set_source(self._source)
        self._tabs.addTab(self.pane, QCoreApplication.translate("MainWindow", "Charts"))
        self.pane.factActivated.connect(self._browser.reveal_fact)
        self._browser.queryChanged.connect(self._follow_query)
        self._browser.currentFactChanged.connect(self.pane.set_current_fact)
        self._follow_query(self._browser.query)
        self.pane.set_current_fact(self._browser.current_fact)

    def _follow_query(self, query) -> None:
        if query.category_id != self._category:
            self._category = query.category_id
            charts = self._browser.charts_for_category()
            self._bar_ids = [bar.fact_id for chart in charts for bar in chart.bars]
            self.pane.set_charts(charts)
        self.pane.set_visible_facts(self._browser.visible_among(self._bar_ids))

    def show(self) -> bool:
        """Bring the chart tab forward; False when there is none."""
        if self.pane is None:
            return False
        self._tabs.setCurrentWidget(self.pane)
        return True
