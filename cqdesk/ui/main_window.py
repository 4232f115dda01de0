"""The main window: composes the panes, lays them out in splitters and wires their signals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cqdesk import settings
from cqdesk.settings import Settings
from cqdesk.store import source as store_source
from cqdesk.store.records import FactQuery
from cqdesk.ui import window_state
from cqdesk.ui.actions import Actions
from cqdesk.ui.browser import Browser
from cqdesk.ui.category_pane import CategoryPane
from cqdesk.ui.chart_slot import ChartSlot
from cqdesk.ui.copy_controller import CopyController
from cqdesk.ui.detail_pane import DetailPane
from cqdesk.ui.fact_table import FactTable
from cqdesk.ui.filter_bar import FilterBar
from cqdesk.ui.place_pane import PlacePane
from cqdesk.ui.search_box import SearchBox
from cqdesk.ui.source_view import SourceView
from cqdesk.ui.view_export import ViewExporter

MESSAGE_MS = 10000


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Filters on the left; search, the facts table, and detail beside source and charts."""

    def __init__(self, db, store: Settings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._store = store
        self.browser = Browser(db, self)
        source = store_source.source(db)
        self.setWindowTitle(_tr("cqdesk — %1").replace("%1", source.title))
        self.category_pane = CategoryPane(self.browser)
        self.place_pane = PlacePane(self.browser)
        self.search_box = SearchBox(self.browser)
        self.filter_bar = FilterBar(self.browser)
        self.fact_table = FactTable(self.browser)
        self.detail_pane = DetailPane(self.browser, source)
        self.source_view = SourceView(source.text, store_source.spans(db))
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.source_view, _tr("Source"))
        self.charts = ChartSlot(self.browser, self.lower_tabs, source, self)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label = QLabel()
        self.note_label.setObjectName("statusNote")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self._note_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._note_timer.timeout.connect(self.note_label.clear)
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.note_label)
        # An explicit minimum keeps layouts from resizing the native window's limits later.
        self.setMinimumSize(640, 420)
        self.actions_ = Actions(self)
        self.actions_.build_menus(self.menuBar())
        self.copier = CopyController(self.browser, self.fact_table, source, self.actions_, self)
        self.exporter = ViewExporter(self.browser, self.fact_table, source, self.actions_, self)
        self.fact_table.set_menu_actions(self.actions_.table_menu())
        self.detail_pane.set_copy_actions(self.actions_.fact_menu())
        self._lay_out()
        self._wire()
        self._show_status()

    def _lay_out(self) -> None:
        self.filter_splitter = self._splitter(
            Qt.Orientation.Vertical, "filterSplitter", [self.category_pane, self.place_pane], [1, 1]
        )
        search_row = QWidget()
        row = QHBoxLayout(search_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_box, 2)
        row.addWidget(self.filter_bar, 3)
        self.lower_splitter = self._splitter(
            Qt.Orientation.Horizontal, "lowerSplitter", [self.detail_pane, self.lower_tabs], [2, 3]
        )
        self.center_splitter = self._splitter(
            Qt.Orientation.Vertical,
            "centerSplitter",
            [self.fact_table, self.lower_splitter],
            [1, 1],
        )
        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(search_row)
        column.addWidget(self.center_splitter, 1)
        self.main_splitter = self._splitter(
            Qt.Orientation.Horizontal, "mainSplitter", [self.filter_splitter, center], [0, 1]
        )
        self.main_splitter.setSizes([280, 1000])
        self.setCentralWidget(self.main_splitter)

    def _splitter(
        self, orientation: Qt.Orientation, name: str, widgets: list[QWidget], stretches: list[int]
    ) -> QSplitter:
        splitter = QSplitter(orientation)
        splitter.setObjectName(name)
        splitter.setChildrenCollapsible(False)
        for widget, stretch in zip(widgets, stretches, strict=True):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        return splitter

    def splitter_keys(self) -> list[tuple[QSplitter, settings.Key]]:
        """Each splitter with the setting that keeps its sizes."""
        return [
            (self.main_splitter, settings.MAIN_SPLITTER),
            (self.filter_splitter, settings.FILTER_SPLITTER),
            (self.center_splitter, settings.CENTER_SPLITTER),
            (self.lower_splitter, settings.LOWER_SPLITTER),
        ]

    def _wire(self) -> None:
        actions, browser = self.actions_, self.browser
        actions.quit.triggered.connect(self.close)
        actions.find.triggered.connect(lambda: self._focus(self.search_box))
        actions.filter_places.triggered.connect(lambda: self._focus(self.place_pane.box))
        actions.clear_filters.triggered.connect(self.clear_filters)
        for action, pane in zip(actions.pane_actions(), self.panes(), strict=True):
            action.triggered.connect(lambda _checked=False, pane=pane: self._focus(pane))
        actions.next_pane.triggered.connect(lambda: self._cycle(1))
        actions.previous_pane.triggered.connect(lambda: self._cycle(-1))
        browser.currentFactChanged.connect(self.source_view.show_fact)
        self.source_view.factClicked.connect(browser.reveal_fact)
        self.fact_table.model_.modelReset.connect(self._show_status)
        browser.message.connect(self._note)

    def panes(self) -> list[QWidget]:
        """The panes in keyboard order (the chart tab stands in for the chart pane until loaded)."""
        return [
            self.category_pane,
            self.place_pane.tree,
            self.fact_table,
            self.detail_pane,
            self.source_view,
            self.lower_tabs,
        ]

    def _focus(self, widget: QWidget) -> None:
        if widget is self.source_view:
            self.lower_tabs.setCurrentWidget(self.source_view)
        elif widget is self.lower_tabs and self.charts.show():
            widget = self.charts.pane
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if widget in (self.search_box, self.place_pane.box):
            widget.selectAll()

    def _cycle(self, step: int) -> None:
        panes = self.panes()
        here = next(
            (
                n
                for n, pane in enumerate(panes)
                if pane.isAncestorOf(self.focusWidget()) or pane is self.focusWidget()
            ),
            -1,
        )
        self._focus(panes[(here + step) % len(panes)])

    def clear_filters(self) -> None:
        """Remove every filter, and the text of the place finder."""
        self.place_pane.box.clear()
        self.browser.clear_filters()

    def _show_status(self) -> None:
        shown = self.fact_table.model_.rowCount()
        self.status_label.setText(
            self.browser.names.status(self.browser.query, shown, self.browser.total)
        )

    def _note(self, text: str) -> None:
        """A passing note beside the counts (e.g. which filters a click cleared)."""
        self.note_label.setText(text)
        self._note_timer.start()

    def apply_state(
        self,
        category: str | None,
        place: str | None,
        search: str,
        fact: str | None,
        quiet: bool = False,
    ) -> None:
        """Put the window in a given state (restored selection, or the screenshot command's)."""
        self.browser.set_query(FactQuery(category, place, search.strip()))
        self.search_box.setText(search.strip())
        if fact:
            self.browser.reveal_fact(fact)
        if quiet:
            self.note_label.clear()

    def start(self) -> None:
        """Restore the saved layout and selection, show, and load charts after the first paint."""
        if self._store is not None:
            window_state.restore_layout(self, self._store)
            window_state.restore_selection(self, self._store)
        self.show()
        QTimer.singleShot(0, self.charts.load)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._store is not None:
            window_state.save_state(self, self._store)
        super().closeEvent(event)
