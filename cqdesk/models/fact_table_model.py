"""The facts table: a paged, SQL-sorted view of one query, fetched through injected functions."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cqdesk.store.records import FactQuery, FactRow, FactSort
from cqdesk.style.fact_styles import kind_brush, kind_font, kind_tooltip

NO_PARENT = QModelIndex()  # the invalid index: a default argument built once

COL_LABEL, COL_VALUE, COL_UNIT, COL_CHANGE, COL_PLACE, COL_CATEGORY = range(6)
# The sort key of each column, in column order (the store names every ordering).
COLUMN_SORT_KEYS = ("label", "value", "unit", "change", "place", "category")
HEADERS = ("Label", "Value", "Unit", "Change", "Place", "Category")
FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FACT_ROW_ROLE = Qt.ItemDataRole.UserRole + 2

CountFn = Callable[[FactQuery], int]
PageFn = Callable[[FactQuery, FactSort, int, int], list[FactRow]]
LocateFn = Callable[[FactQuery, FactSort, str], "int | None"]
Index = QModelIndex | QPersistentModelIndex
_NUMERIC = (COL_VALUE, COL_CHANGE)


def value_text(row: FactRow) -> str:
    """The value as the report prints it, with its qualifier ("over 650,000"); "" for statements."""
    return row.value_display or ""


def _cell(row: FactRow, column: int) -> str:
    texts = (
        row.label,
        value_text(row),
        row.unit or "",
        row.change or "",
        row.place_label or "",
        row.category_name,
    )
    return texts[column]


class Pending:
    """The answer is on its way: the source calls ``deliver`` with it later (or never, when a
    newer request made it stale)."""


PENDING = Pending()


class ViewSource(Protocol):
    """Answers the model's questions about a view, at once or later through ``deliver``."""

    def count(self, query: FactQuery, deliver: Callable[[int], None]) -> int | Pending: ...

    def page(
        self,
        query: FactQuery,
        sort: FactSort,
        offset: int,
        limit: int,
        total: int | None,
        deliver: Callable[[list[FactRow]], None],
    ) -> list[FactRow] | Pending: ...

    def locate(
        self, query: FactQuery, sort: FactSort, fact_id: str, deliver: Callable[[int | None], None]
    ) -> int | None | Pending: ...

    def forget(self) -> None:
        """Every answer asked for so far is stale (a new view): drop it, stop the running one."""


class CallSource:
    """A ViewSource over three plain functions that answer at once (tests, small databases)."""

    def __init__(self, count: CountFn, page: PageFn, locate: LocateFn) -> None:
        self._count, self._page, self._locate = count, page, locate

    def count(self, query: FactQuery, deliver: Callable[[int], None]) -> int:
        return self._count(query)

    def page(self, query, sort, offset, limit, total, deliver) -> list[FactRow]:
        return self._page(query, sort, offset, limit)

    def locate(self, query, sort, fact_id, deliver) -> int | None:
        return self._locate(query, sort, fact_id)

    def forget(self) -> None:
        pass


class FactTableModel(QAbstractTableModel):
    """Rows of a FactQuery in a FactSort order; keeps only a few pages in memory.

    Pages and the count come from a ViewSource, at once or later: until the count is known
    the model holds the rows it has (``counted`` is False, the window says "counting…") and
    grows by inserted rows when it arrives; a page not yet here reads as empty cells and
    fills in by ``dataChanged``. Answers for an older view are ignored (``generation``).
    """

    countChanged = Signal()  # the count became known (or the view changed)

    def __init__(
        self,
        count: CountFn | None = None,
        page: PageFn | None = None,
        locate: LocateFn | None = None,
        page_size: int = 200,
        max_pages: int = 40,
        parent=None,
        source: ViewSource | None = None,
    ) -> None:
        super().__init__(parent)
        if source is None:
            assert count is not None and page is not None and locate is not None
            source = CallSource(count, page, locate)
        self._source = source
        self._page_size, self._max_pages = page_size, max_pages
        self._pages: OrderedDict[int, list[FactRow]] = OrderedDict()
        self._asked: set[int] = set()  # pages requested and not yet here
        self.query, self.sort_order = FactQuery(), FactSort()
        self._rows = 0
        self.total: int | None = 0  # the view's size, None while it is being counted
        self.generation = 0

    @property
    def counted(self) -> bool:
        """Whether the view's size is known (rowCount is then all of it)."""
        return self.total is not None

    def waiting(self) -> bool:
        """Whether a page or the count of this view is still on its way."""
        return bool(self._asked) or self.total is None

    def set_query(self, query: FactQuery) -> None:
        """Show the facts ``query`` selects."""
        self.query = query
        self._reload(recount=True)

    def set_sort(self, sort: FactSort) -> None:
        """Order the rows by ``sort`` (the store sorts; the count stays: a sort never recounts)."""
        self.sort_order = sort
        self._reload(recount=False)

    def _reload(self, recount: bool) -> None:
        self._source.forget()
        self.generation += 1
        generation = self.generation
        self.beginResetModel()
        self._pages.clear()
        self._asked.clear()
        if recount or self.total is None:
            found = self._source.count(self.query, lambda n: self._counted(generation, n))
            self.total = None if isinstance(found, Pending) else found
        self._rows = self.total or 0
        self.endResetModel()
        if self.total is None:
            self._ask(0)  # rows to show while counting
        self.countChanged.emit()

    def _counted(self, generation: int, total: int) -> None:
        if generation != self.generation:
            return
        self.total = total
        self._resize(total)
        self.countChanged.emit()

    def _resize(self, rows: int) -> None:
        if rows > self._rows:
            self.beginInsertRows(NO_PARENT, self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(NO_PARENT, rows, self._rows - 1)
            self._rows = rows
            self.endRemoveRows()

    def _ask(self, number: int) -> None:
        """Request page ``number``; stores it at once when the source answers at once."""
        if number in self._asked:
            return
        generation = self.generation
        self._asked.add(number)
        found = self._source.page(
            self.query,
            self.sort_order,
            number * self._page_size,
            self._page_size,
            self.total,
            lambda rows: self._arrived(generation, number, rows),
        )
        if not isinstance(found, Pending):
            self._asked.discard(number)
            self._store(number, found)

    def _store(self, number: int, rows: list[FactRow]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        if len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)

    def _arrived(self, generation: int, number: int, rows: list[FactRow]) -> None:
        if generation != self.generation:
            return
        self._asked.discard(number)
        self._store(number, rows)
        first = number * self._page_size
        if self.total is None:
            # Still counting: show what has arrived (a short last page is the count itself).
            end = first + len(rows)
            self._resize(max(self._rows, end))
            if len(rows) < self._page_size and number == 0:
                self._counted(generation, len(rows))
        last = min(first + len(rows), self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

    def fact_row(self, row: int) -> FactRow | None:
        """The record at ``row``, or None out of range or while its page is on its way (the
        page is then asked for, and ``dataChanged`` says when it is here)."""
        if not 0 <= row < self._rows:
            return None
        number = row // self._page_size
        if number not in self._pages:
            self._ask(number)
            if number not in self._pages:
                return None
        self._pages.move_to_end(number)
        page = self._pages[number]
        offset = row - number * self._page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, fact_id: str) -> int | None:
        """The row of ``fact_id`` in this view, or None when the query hides it (asked at once;
        ``locate`` is the form that may answer later)."""
        found = self.locate(fact_id, lambda _row: None)
        return None if isinstance(found, Pending) else found

    def locate(self, fact_id: str, deliver: Callable[[int | None], None]) -> int | None | Pending:
        """The row of ``fact_id``, now or later through ``deliver`` (not called when the view
        changed meanwhile)."""
        generation = self.generation

        def arrived(row: int | None) -> None:
            if generation == self.generation:
                deliver(row)

        return self._source.locate(self.query, self.sort_order, fact_id, arrived)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.fact_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_tooltip(row, _cell(row, index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return kind_font(row.kind)
        if role == Qt.ItemDataRole.BackgroundRole:
            return kind_brush(row.kind)
        if role == FACT_ID_ROLE:
            return row.id
        if role == FACT_ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(HEADERS):
                return QCoreApplication.translate("FactTableModel", HEADERS[section])
            return None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (by the report's order when ``column`` is -1), in SQL."""
        key = COLUMN_SORT_KEYS[column] if 0 <= column < len(COLUMN_SORT_KEYS) else "position"
        self.set_sort(FactSort(key, order == Qt.SortOrder.DescendingOrder))
