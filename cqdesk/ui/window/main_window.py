"""The main window: composes the panes, lays them out in splitters and wires their signals."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileSystemWatcher,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

from cqdesk import settings
from cqdesk.settings import Settings
from cqdesk.store import Catalog, DatabaseUnavailable
from cqdesk.store.records import FactQuery, Sources
from cqdesk.text.formatting import fill
from cqdesk.text.language import CHINESE, ENGLISH
from cqdesk.text.safe_text import line
from cqdesk.ui.actions.background import BackgroundJob
from cqdesk.ui.actions.copy_controller import CopyController
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.printing import PrintController
from cqdesk.ui.actions.sort_menu import SortMenu
from cqdesk.ui.actions.view_export import ViewExporter
from cqdesk.ui.actions.window_actions import Actions
from cqdesk.ui.charts.data_export import ChartDataExporter
from cqdesk.ui.charts.image_export import ChartImageExporter
from cqdesk.ui.charts.slot import ChartSlot
from cqdesk.ui.map.image_export import MapImageExporter
from cqdesk.ui.map.slot import MapTab
from cqdesk.ui.panes.category_pane import CategoryPane
from cqdesk.ui.panes.detail_pane import DetailPane
from cqdesk.ui.panes.fact_table import FactTable
from cqdesk.ui.panes.filter_bar import FilterBar
from cqdesk.ui.panes.place_pane import PlacePane
from cqdesk.ui.panes.search_box import SearchBox
from cqdesk.ui.panes.source_view import SourceView
from cqdesk.ui.window import about, focus_order, pane_sizes
from cqdesk.ui.window import state as window_state
from cqdesk.ui.window.browser import Browser
from cqdesk.ui.window.database_notice import DatabaseNotice
from cqdesk.ui.window.focus_ring import FocusRing
from cqdesk.ui.window.history import MouseNavigation, Navigator
from cqdesk.ui.window.integrity import IntegrityCheck
from cqdesk.ui.window.language import (
    LanguageSwitch,
    retranslate_tab_scrolling,
    system_language,
)
from cqdesk.ui.window.layout import WindowLayout
from cqdesk.ui.window.selection_summary import SelectionSummary
from cqdesk.ui.window.status_line import StatusLine

if TYPE_CHECKING:
    from cqdesk.ui.map.pane import MapPane


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


@contextmanager
def built_to_last() -> Iterator[None]:
    """Build without the cyclic garbage collector, then set what was built aside from it.

    A window makes tens of thousands of objects that live as long as it does (a gazetteer's
    tree, the records, Qt's wrappers): the collector traversed them again and again while
    they were made (75 ms before the first paint at a million facts, 40 ms of it one full
    pass). Frozen (gc.freeze), later passes skip them; a window unfreezes them as it closes,
    so that its cycles can be collected once it is gone.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


class AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop turn after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, then) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    """Filters on the left; search, the facts table, and detail beside source and charts."""

    reopenRequested = Signal()  # the person asked to read the database file again

    def __init__(
        self,
        catalog: Catalog,
        store: Settings | None = None,
        parent=None,
        languages: LanguageSwitch | None = None,
    ) -> None:
        super().__init__(parent)
        with built_to_last():
            self._build(catalog, store, languages)

    def _build(
        self, catalog: Catalog, store: Settings | None, languages: LanguageSwitch | None
    ) -> None:
        self.setObjectName("mainWindow")
        self._tab_at_start: QWidget | None = None
        self._store = store
        self.languages = languages or LanguageSwitch(self)
        self.browser = Browser(catalog, self)
        self.sources = sources = catalog.sources()
        self.category_pane = CategoryPane(self.browser)
        self.place_pane = PlacePane(self.browser)
        self.search_box = SearchBox(self.browser)
        self.filter_bar = FilterBar(self.browser)
        self.fact_table = FactTable(self.browser)
        self.detail_pane = DetailPane(self.browser, sources)
        self.source_view = SourceView(sources.report.text, catalog.spans(sources.report.id))
        self.source_view.set_reports(catalog, sources.report.id)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.source_view, "")
        self.map_tab = MapTab(self.browser)
        self.lower_tabs.addTab(self.map_tab, "")  # the Charts tab goes between, later
        self.charts = ChartSlot(self.browser, self.lower_tabs, sources, self)
        self.status_line = StatusLine(self.statusBar())
        self.status_label, self.note_label = self.status_line.counts, self.status_line.note
        self.selection_summary = SelectionSummary(
            self.fact_table, self._ask_statistics, self.status_line.show_selection
        )
        # An explicit minimum keeps layouts from resizing the native window's limits later.
        self.setMinimumSize(640, 420)
        self.actions_ = Actions(self)
        # After the panes, so a jump reaches the table before the history records where it landed.
        self.navigator = Navigator(self.browser, self)
        self.mouse_navigation = MouseNavigation(self, self.navigator)
        self.menus = self.actions_.build_menus(self.menuBar())
        self._add_commands(sources, store)
        self.layout_ = WindowLayout(self)
        self.main_splitter = self.layout_.main_splitter
        self.setCentralWidget(self.main_splitter)
        focus_order.chain(focus_order.visual_order(self))
        self.focus_ring = FocusRing(self)
        self.lower_tabs.setAccessibleName(_tr("Source, charts and map"))
        self._wire()
        self._retranslate()
        self.database_notice = DatabaseNotice(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.database_notice)
        self.database_notice.reopenRequested.connect(self.reopenRequested)
        self._watcher: QFileSystemWatcher | None = None  # made after the first paint
        self.started = False  # True once what follows the first paint is in place

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The window's own texts in the language now loaded; each pane does its own."""
        # Qt appends the application's display name ("… — cqdesk"): the title must not say it too.
        self.setWindowTitle(line(self.sources.report.title))
        self.lower_tabs.setTabText(self.lower_tabs.indexOf(self.source_view), _tr("Source"))
        self.lower_tabs.setTabText(self.lower_tabs.indexOf(self.map_tab), _tr("Map"))
        if self.charts.pane is not None:
            charts_tab = self.lower_tabs.indexOf(self.charts.pane)
            self.lower_tabs.setTabText(
                charts_tab, QCoreApplication.translate("MainWindow", "Charts")
            )
        self.actions_.retranslate(self.menus)
        self.sort_menu.retranslate()
        self.lower_tabs.setAccessibleName(_tr("Source, charts and map"))
        self.status_line.retranslate()
        retranslate_tab_scrolling(self.lower_tabs)
        self._show_status()
        self.selection_summary.refresh()  # its figures in the new language

    def choose_language(self, code: str) -> None:
        """The Language menu: switch now, and remember the choice ("" follows the system)."""
        if not self.languages.apply(code or system_language()):
            self.browser.message.emit(
                _tr(
                    "The Chinese translation is missing from this installation; cqdesk stays in English."
                )
            )
        if self._store is not None:
            self._store.set(settings.LANGUAGE, code)
        self._check_language(code)

    def _check_language(self, code: str) -> None:
        for action in self.actions_.language_actions():
            action.setChecked(action.data() == code)

    def splitter_keys(self) -> list[tuple[QSplitter, settings.Key]]:
        """Each splitter with the setting that keeps its sizes."""
        keys = [
            settings.MAIN_SPLITTER,
            settings.FILTER_SPLITTER,
            settings.CENTER_SPLITTER,
            settings.LOWER_SPLITTER,
        ]
        return list(zip(self.layout_.splitters(), keys, strict=True))

    def _ask_statistics(self, query, sort, spans, deliver):
        # Summing a selection costs what the selection holds: 100,000 rows go to the worker,
        # where a newer selection makes this one stale.
        return self.browser.queries.ask_latest(
            "selection statistics",
            lambda catalog: catalog.selection_statistics(query, sort, spans),
            deliver,
        )

    def _add_commands(self, sources: Sources, store: Settings | None) -> None:
        """The controllers behind the copy, export and chart actions."""
        actions, browser, table = self.actions_, self.browser, self.fact_table
        folder = ExportFolder(store)
        self.copier = CopyController(browser, table, sources, actions, self)
        self.exporter = ViewExporter(browser, table, sources, actions, self, folder)
        self.printer = PrintController(browser, table, sources, actions, self, folder)
        self.chart_exporter = ChartImageExporter(self.charts, actions, browser, folder, self)
        self.map_exporter = MapImageExporter(self.map_tab, actions, browser, folder, self)
        self.chart_data = ChartDataExporter(self.charts, actions, browser, sources, folder, self)
        # Sorting without the mouse: the table's menu and the Find menu, as a header click sorts.
        self.sort_menu = SortMenu(table, self)
        table.set_menu_actions([*actions.table_menu(), None, self.sort_menu.menu.menuAction()])
        self.detail_pane.set_copy_actions(actions.fact_menu())
        find_menu = self.menus[2]
        find_menu.addSeparator()
        find_menu.addMenu(self.sort_menu.menu)
        for menu in self.menus:  # a chart may have appeared or gone since the last look
            menu.aboutToShow.connect(self.chart_exporter.update_actions)

    def _wire(self) -> None:
        actions, browser = self.actions_, self.browser
        actions.quit.triggered.connect(self.close)
        actions.reopen.triggered.connect(self.reopenRequested)
        actions.about.triggered.connect(lambda: self.about_box().exec())
        self.integrity = IntegrityCheck(browser.catalog, self)
        actions.check_database.triggered.connect(self.integrity.run)
        self.integrity.lost.connect(self.database_lost)
        browser.databaseLost.connect(self.database_lost)  # found by a worker's connection
        actions.shortcuts.triggered.connect(
            lambda: about.shortcuts_box(self, self.menuBar()).exec()
        )
        actions.find.triggered.connect(lambda: self._focus(self.search_box))
        actions.filter_places.triggered.connect(lambda: self._focus(self.place_pane.box))
        actions.clear_filters.triggered.connect(self.clear_filters)
        for action, pane in zip(actions.pane_actions(), self.panes(), strict=True):
            action.triggered.connect(lambda _checked=False, pane=pane: self._focus(pane))
        actions.back.triggered.connect(self.navigator.go_back)
        actions.forward.triggered.connect(self.navigator.go_forward)
        self.navigator.changed.connect(self._update_history_actions)
        actions.grow_pane.triggered.connect(lambda: pane_sizes.resize_focused(1))
        actions.shrink_pane.triggered.connect(lambda: pane_sizes.resize_focused(-1))
        for action in actions.language_actions():
            action.triggered.connect(
                lambda _checked=False, a=action: self.choose_language(a.data())
            )
        saved = self._store.get(settings.LANGUAGE) if self._store is not None else ""
        self._check_language(saved if saved in (ENGLISH, CHINESE) else "")
        actions.next_pane.triggered.connect(lambda: self._cycle(1))
        actions.previous_pane.triggered.connect(lambda: self._cycle(-1))
        browser.currentFactChanged.connect(self.source_view.show_fact)
        self.source_view.factClicked.connect(browser.reveal_fact)
        self.fact_table.model_.modelReset.connect(self._show_status)
        self.fact_table.model_.countChanged.connect(self._show_status)
        browser.message.connect(self.status_line.show_note)

    def _update_history_actions(self) -> None:
        self.actions_.back.setEnabled(self.navigator.can_go_back())
        self.actions_.forward.setEnabled(self.navigator.can_go_forward())

    def about_box(self):
        """The About box for this window's database (not yet shown)."""
        catalog = self.browser.catalog
        return about.about_box(self, self.sources, catalog.kind_counts(), catalog.path)

    @property
    def map_pane(self) -> MapPane:
        """The map tab's pane (made now if the window has not made it yet)."""
        return self.map_tab.pane()

    def panes(self) -> list[QWidget]:
        """The panes in keyboard order (the chart tab stands in for the chart pane until loaded)."""
        return [
            self.category_pane,
            self.place_pane.tree,
            self.fact_table,
            self.detail_pane,
            self.source_view,
            self.map_tab,
            self.lower_tabs,
        ]

    def _focus(self, widget: QWidget) -> None:
        if widget in (self.source_view, self.map_tab):
            self.lower_tabs.setCurrentWidget(widget)
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

    def pending_work(self) -> set[str]:
        """What the window still waits for from the database ("page", "count", "position",
        the topics of the counts beside the table ("category facets", "place facets", "map
        counts"), and "job" while a big copy or export runs)."""
        jobs = any(job.running() for job in self.findChildren(BackgroundJob))
        return self.fact_table.queries.pending_kinds() | ({"job"} if jobs else set())

    def _show_status(self) -> None:
        model = self.fact_table.model_
        shown = model.rowCount() if model.counted else None
        self.status_line.show_counts(
            self.browser.names.status(self.browser.query, shown, self.browser.total)
        )

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
            self.status_line.clear_note()

    def continue_from(self, earlier: MainWindow) -> None:
        """Take up ``earlier``'s view where it was: every filter (the organisation's too), the
        current fact, and Back and Forward through what it showed (a reopened file's window)."""
        query, fact = earlier.browser.query, earlier.browser.current_fact
        self.browser.set_query(query)
        self.search_box.setText(query.search)
        if fact:
            self.browser.reveal_fact(fact)
        self.status_line.clear_note()
        self.navigator.take_over(earlier.navigator.history)

    def start(self) -> None:
        """Restore the saved layout and selection, show, and load charts after the first paint."""
        if self._store is not None:
            window_state.restore_layout(self, self._store)
            window_state.restore_selection(self, self._store)
        self.navigator.restart()  # the restored view is where Back stops
        self.show()
        # After the table's first paint for real: a zero timer set here would fire before it,
        # and pyqtgraph's import (about 290 ms) would hold the first paint back.
        self._tab_at_start = self.lower_tabs.currentWidget()
        self._first_paint = AfterFirstPaint(self.fact_table.viewport(), self._after_first_paint)

    def _after_first_paint(self) -> None:
        # What the first paint does not need: each of these costs PySide tens of milliseconds
        # of type set-up the first time (file watching, an application-wide event filter).
        self._watch_database()
        self.mouse_navigation.listen()
        self.map_tab.pane()
        self._load_charts()
        self.started = True

    def _load_charts(self) -> None:
        self.charts.load()
        # The saved tab (perhaps Charts, only now there), unless a tab was chosen meanwhile.
        if self._store is not None and self.lower_tabs.currentWidget() is self._tab_at_start:
            window_state.restore_lower_tab(self, self._store)

    def _watch_database(self) -> None:
        """Hear at once when another program replaces, rewrites or deletes the file."""
        # After the first paint: the first file watcher of a process costs PySide some 30 ms
        # of type set-up. A change meanwhile is found by the check below (and by every read).
        self._watcher = QFileSystemWatcher(self)
        path = self.browser.database_file()
        if path and self._watcher.addPath(path):
            self._watcher.fileChanged.connect(self._database_file_changed)
        self._database_file_changed(path)

    def _database_file_changed(self, _path: str) -> None:
        try:
            self.browser.check_database()
        except DatabaseUnavailable as error:
            self.database_lost(error)

    def database_lost(self, error: DatabaseUnavailable) -> None:
        """Say once that the database stopped answering; keep what is shown; offer to reopen."""
        if error.path != self.browser.database_shown_path():
            return  # another window's database (one being replaced by a reopen)
        self.status_line.show_lasting_note(
            fill(_tr("The database can no longer be read: %1"), error.reason_in(_tr))
        )
        self.database_notice.show_loss(error)

    def save_window_state(self) -> None:
        """Keep the layout and selection in the settings (when the window has any)."""
        if self._store is not None:
            window_state.save_state(self, self._store)

    def discard(self) -> None:
        """Close without saving: a newer window on the same database took this one's place."""
        self._store = None
        watched = self._watcher.files() if self._watcher is not None else []
        if watched:  # an empty list makes Qt warn
            self._watcher.removePaths(watched)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        gc.unfreeze()  # what the window built may be collected once it is gone
        self.save_window_state()
        self.fact_table.queries.stop()  # no read runs on a connection about to be closed
        super().closeEvent(event)
