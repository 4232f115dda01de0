"""The facts table pane: the paged table view, its empty-state note, and fact selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTableView

from cqdesk.models.fact_table_model import (
    COL_CATEGORY,
    COL_CHANGE,
    COL_LABEL,
    COL_PLACE,
    COL_READING,
    COL_UNIT,
    COL_VALUE,
    FACT_ID_ROLE,
    FactTableModel,
    Pending,
)
from cqdesk.store.records import FactRow
from cqdesk.ui.actions import menus
from cqdesk.ui.actions.clipboard import row_spans, selected_rows
from cqdesk.ui.panes.table_columns import ColumnSizer
from cqdesk.ui.window.browser import Browser

# Each column but Label fits its content within these widths (pixels); Label takes the rest.
COLUMN_LIMITS = {
    COL_VALUE: (70, 200),
    COL_UNIT: (50, 120),
    COL_CHANGE: (76, 110),  # "+13.05%" and "+31 pp" whole, even when columns give way
    COL_READING: (36, 140),  # gives way first: its tooltip and the detail pane say it in full
    COL_PLACE: (90, 210),
    COL_CATEGORY: (90, 180),
}
# The other columns narrow first (down to their lower limits) to keep Label this wide.
LABEL_MIN_WIDTH, LABEL_MIN_SHARE = 180, 0.35
# Rows read to fit the columns: enough to be typical (the whole bundled report, where a long
# printed value comes late), few enough to stay fast (every distinct text of each column is
# measured, and Qt's own size hints, which a header double-click uses, read as many rows).
FIT_ROWS = 100


class FactTable(QTableView):
    """Rows of the current query; the current row is the browser's current fact."""

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factTable")
        self._name_for_readers()
        self._browser = browser
        self._menu_actions: list[QAction | None] = []
        self._refit_due = False  # the language changed since the columns were last fitted
        self._choosing: str | None = None
        self.queries = browser.queries
        self.queries.message.connect(browser.message)
        self.model_ = FactTableModel(source=self.queries, parent=self)
        self.model_.set_query(browser.query)
        self.setModel(self.model_)
        self._configure()
        self.empty_note = self._make_note()
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model_.modelReset.connect(self._after_reset)
        self.model_.countChanged.connect(self._show_empty_note)  # a count that came later
        self.model_.dataChanged.connect(self._page_arrived)
        browser.queryChanged.connect(self.model_.set_query)
        browser.revealRequested.connect(self.select_fact)
        self._after_reset()

    def _configure(self) -> None:
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        # The header draws each column's section as selected or not, asking its selection
        # model, which checks every selected row of the column (Qt's isColumnSelected): seven
        # Python index() calls, each asking rowCount and columnCount, per selected row, so
        # selecting 100,000 rows cost 1.4 million calls. Row selections never select a column
        # the header should mark, so it keeps a selection model of its own, never selected.
        header.setSelectionModel(QItemSelectionModel(self.model_, header))
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the report's own order first
        header.setSectionsMovable(True)
        header.setResizeContentsPrecision(FIT_ROWS)
        # Sorting (enabled below) shows the indicator; shown first, each header's width has its
        # room, as every later fit's has (a short header such as Reading was otherwise cut off).
        header.setSortIndicatorShown(True)
        self.columns = ColumnSizer(self, COL_LABEL, COLUMN_LIMITS, LABEL_MIN_WIDTH, LABEL_MIN_SHARE)
        self.columns.fit()
        self.setSortingEnabled(True)

    def restore_header(self, state) -> bool:
        """The column widths and order saved earlier; Label still takes the spare width."""
        return self.columns.restore(state)

    def _show_empty_note(self) -> None:
        """Say why the view is empty once it is known to be (not while its rows are counted)."""
        empty = self.model_.counted and self.model_.rowCount() == 0
        if empty:
            self.empty_note.setText(self._browser.names.empty_reason(self.model_.query))
            self.empty_note.setGeometry(self.viewport().rect().adjusted(24, 24, -24, -24))
        self.empty_note.setVisible(empty)

    def _make_note(self) -> QLabel:
        note = QLabel(self.viewport())
        note.setObjectName("factTableEmptyNote")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.hide()
        return note

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.empty_note.setGeometry(self.viewport().rect().adjusted(24, 24, -24, -24))

    def _name_for_readers(self) -> None:
        # What a screen reader says of the table, in the language now loaded.
        self.setAccessibleName(QCoreApplication.translate("FactTable", "Facts"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "FactTable",
                "The facts the filters and the search leave, one a row: label, value as printed, "
                "unit, change, place and category. Ctrl+C copies the selected rows; the Menu key "
                "opens more ways to copy and export.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_for_readers()
            self.model_.language_changed()
            self._refit_due = True  # numbers and names take other widths in the other language
            self._refit_columns()
            if self.model_.rowCount() == 0:
                self.empty_note.setText(self._browser.names.empty_reason(self.model_.query))
        super().changeEvent(event)

    def _after_reset(self) -> None:
        """After a new query or sort: say why when empty, and keep the current fact if shown."""
        self._show_empty_note()
        if self._refit_due:
            self.model_.fact_row(0)  # asked as a paint asks it: the fit waits for these rows
            self._refit_columns()
        current = self._browser.current_fact
        if current is None or not self.select_fact(current):
            self._browser.set_current_fact(None)

    def select_fact(self, fact_id: str) -> bool:
        """Make ``fact_id`` the current row and scroll to it; False if this view hides it.
        True too while its row is being found: it is selected when found (or dropped then)."""
        row = self.model_.locate(fact_id, lambda found: self._located(fact_id, found))
        if isinstance(row, Pending):
            return True
        return self._select_row(row, fact_id)

    def _located(self, fact_id: str, row: int | None) -> None:
        if not self._select_row(row, fact_id) and self._browser.current_fact == fact_id:
            self._browser.set_current_fact(None)

    def _select_row(self, row: int | None, fact_id: str) -> bool:
        if row is None:
            return False
        index = self.model_.index(row, COL_LABEL)
        self._choosing = fact_id  # its row's page may still be on its way
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._choosing = None
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selectionCommand(self, index: QModelIndex, event=None):  # noqa: N802 - Qt override
        # Qt reads Ctrl as "move without selecting", so Ctrl+Home and Ctrl+End would leave the
        # old selection behind the new current row and a copy would copy that: select the row.
        if (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            return (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        return super().selectionCommand(index, event)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._browser.set_current_fact(None)
            return
        fact_id = self._choosing or current.data(FACT_ID_ROLE)
        if fact_id is not None:  # else its page is on its way: _page_arrived says it then
            self._browser.set_current_fact(fact_id)

    def _refit_columns(self) -> None:
        # Measured on the first rows, once they are here: measured on none (an empty view, a
        # first page on its way, a view scrolled far from it), every column would shrink to
        # its header.
        if self._refit_due and self.model_.first_rows_here():
            self._refit_due = False
            self.columns.refit()

    def _page_arrived(self, first: QModelIndex, last: QModelIndex) -> None:
        self._refit_columns()
        current = self.currentIndex()
        if current.isValid() and first.row() <= current.row() <= last.row():
            self._browser.set_current_fact(current.data(FACT_ID_ROLE))

    def selection_spans(self) -> list[tuple[int, int]]:
        """The selected rows as sorted ``(first, count)`` spans."""
        return row_spans(self.selectionModel().selection())

    def selected_fact_rows(self) -> list[FactRow]:
        """The selected facts in view order, read from the store span by span, not cell by cell."""
        model = self.model_
        catalog, query, sort = self._browser.catalog, model.query, model.sort_order
        return selected_rows(
            self.selectionModel().selection(),
            lambda offset, limit: catalog.rows(query, sort, offset, limit),
        )

    def set_menu_actions(self, actions: list[QAction | None]) -> None:
        """The context menu's actions (None is a separator); their shortcuts work in the table."""
        self._menu_actions = list(actions)
        self.addActions([action for action in actions if action is not None])

    def context_menu(self) -> QMenu:
        """A new context menu holding the menu actions."""
        menu = QMenu(self)
        menu.setObjectName("factTableMenu")
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        if not self._menu_actions:
            return
        position = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # The menu key opens the menu at the current row, not wherever the mouse is.
            rect = self.visualRect(self.currentIndex())
            position = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        menus.popup(self.context_menu(), self.viewport().mapToGlobal(position))
