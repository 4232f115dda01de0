"""The facts table: a paged, SQL-sorted view of one query, fetched through injected functions."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from cqdesk.export.values import as_printed
from cqdesk.store.records import Anchor, FactPage, FactQuery, FactRow, FactSort
from cqdesk.style.fact_styles import (
    kind_brush,
    kind_explanation,
    kind_font,
    kind_tooltip,
    qualifier_name,
)
from cqdesk.text import language
from cqdesk.text.formatting import fill, plain_number, unit_name
from cqdesk.text.readings import UNRESOLVED, reading_label, reading_meaning
from cqdesk.text.safe_text import line

NO_PARENT = QModelIndex()  # the invalid index: a default argument built once

COL_LABEL, COL_VALUE, COL_UNIT, COL_CHANGE, COL_READING, COL_PLACE, COL_CATEGORY = range(7)
# The sort key of each column, in column order (the store names every ordering).
COLUMN_SORT_KEYS = ("label", "value", "unit", "change", "reading", "place", "category")
# Marked for lupdate; headerData translates them when asked, so a language switch shows at once.
HEADERS = (
    QT_TRANSLATE_NOOP("FactTableModel", "Label"),
    QT_TRANSLATE_NOOP("FactTableModel", "Value"),
    QT_TRANSLATE_NOOP("FactTableModel", "Unit"),
    QT_TRANSLATE_NOOP("FactTableModel", "Change"),
    QT_TRANSLATE_NOOP("FactTableModel", "Reading"),
    QT_TRANSLATE_NOOP("FactTableModel", "Place"),
    QT_TRANSLATE_NOOP("FactTableModel", "Category"),
)
FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FACT_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles data() answers (see there); every other role is None at once.
_ANSWERED_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        FACT_ID_ROLE,
        FACT_ROW_ROLE,
    )
)

CountFn = Callable[[FactQuery], int]
PageFn = Callable[[FactQuery, FactSort, int, int], list[FactRow]]
LocateFn = Callable[[FactQuery, FactSort, str], "int | None"]
Index = QModelIndex | QPersistentModelIndex
_NUMERIC = (COL_VALUE, COL_CHANGE)


def value_text(row: FactRow) -> str:
    """The value as the report prints it, with its qualifier ("over 650,000"); "" for statements."""
    return row.value_display or ""


def _english(row: FactRow, column: int) -> str:
    texts = (
        row.label,
        value_text(row),
        row.unit or "",
        row.change or "",
        reading_label(row.reading, _tr),
        row.place_label or "",
        row.category_name,
    )
    return line(texts[column])  # a cell shows one line: laying out more only costs time


def _chinese(row: FactRow, column: int) -> str | None:
    texts = (
        row.label_zh,
        row.value_display_zh,
        row.unit_zh,
        row.change_zh,
        None,  # the reading: its English name goes through the translation
        row.place_label_zh,
        row.category_name_zh,
    )
    return texts[column]


def _cell(row: FactRow, column: int) -> str:
    """A cell in the window's language: the Chinese form in Chinese mode where there is one."""
    return language.shown(_english(row, column), _chinese(row, column))


def _hover(row: FactRow, column: int) -> str:
    """What a hover adds in Chinese mode: the English form, and a value's plain number."""
    english = language.other(_english(row, column), _chinese(row, column))
    if column == COL_VALUE and language.chinese() and row.value is not None:
        return " · ".join(filter(None, (english, plain_number(row.value))))
    return english


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def accessible_text(row: FactRow, column: int) -> str:
    """What a screen reader reads for a cell: the value as printed with qualifier and unit."""
    if column == COL_VALUE:
        printed = language.shown(as_printed(row), row.value_display_zh)
        return printed or _tr("no figure (a statement)")
    return _cell(row, column)


def accessible_description(row: FactRow, column: int) -> str:
    """What a cell means beyond its text: its column, and for a value its qualifier and unit."""
    parts = [QCoreApplication.translate("FactTableModel", str(HEADERS[column]))]
    if column == COL_VALUE and row.value is not None:
        parts.append(fill(_tr("qualifier: %1"), qualifier_name(row.qualifier)))
        if row.unit:
            parts.append(fill(_tr("unit: %1"), _unit_words(row)))
    parts.append(kind_explanation(row.kind))
    if row.reading:  # how far a derived figure can be trusted, said as the table shows it
        parts.append(reading_meaning(row.reading, _tr))
    return "; ".join(part for part in parts if part)


def _unit_words(row: FactRow) -> str:
    """The unit as a screen reader says it: 元 in Chinese, "yuan (CNY)" in English."""
    if language.chinese() and row.unit_zh:
        return row.unit_zh
    unit = row.unit or ""
    name = unit_name(unit)
    return unit if name == unit else f"{name} ({unit})"


def _unresolved(row: FactRow, column: int) -> bool:
    return column == COL_READING and row.reading == UNRESOLVED


def _reading_font() -> QFont:
    """An unresolved reading in bold: the one a reader must not pass over."""
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setItalic(True)
    return font


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
        anchor: Anchor | None,
        deliver: Callable[[FactPage], None],
    ) -> FactPage | Pending:
        """Rows ``offset`` … of the view; ``anchor``, a row next to them whose key is known,
        lets them be read from there instead of from an end."""

    def locate(
        self,
        query: FactQuery,
        sort: FactSort,
        fact_id: str,
        total: int | None,
        deliver: Callable[[int | None], None],
    ) -> int | None | Pending: ...

    def forget(self) -> None:
        """Every answer asked for so far is stale (a new view): drop it, stop the running one."""


class CallSource:
    """A ViewSource over three plain functions that answer at once (tests, small databases)."""

    def __init__(self, count: CountFn, page: PageFn, locate: LocateFn) -> None:
        self._count, self._page, self._locate = count, page, locate

    def count(self, query: FactQuery, deliver: Callable[[int], None]) -> int:
        return self._count(query)

    def page(self, query, sort, offset, limit, total, anchor, deliver) -> FactPage:
        return FactPage(self._page(query, sort, offset, limit))

    def locate(self, query, sort, fact_id, total, deliver) -> int | None:
        return self._locate(query, sort, fact_id)

    def forget(self) -> None:
        pass


class FactTableModel(QAbstractTableModel):
    """Rows of a FactQuery in a FactSort order; keeps only a few pages in memory.

    Pages and the count come from a ViewSource, at once or later: until the count is known
    the model holds the rows it has (``counted`` is False, the window says "counting…") and
    grows by inserted rows when it arrives; a page not yet here reads as empty cells and
    fills in by ``dataChanged``. Answers for an older view are ignored (``generation``). A page
    is asked with the key of the nearest row it holds (keyset paging: scrolling on from a page
    costs one page at any depth).
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
        self._pages: OrderedDict[int, FactPage] = OrderedDict()
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
        total = self.total
        if recount or total is None:
            # Asked before the reset begins: if the store fails, the rows shown stay as they
            # were instead of a view left between beginResetModel and endResetModel.
            found = self._source.count(self.query, lambda n: self._counted(generation, n))
            total = None if isinstance(found, Pending) else found
        self.beginResetModel()
        self._pages.clear()
        self._asked.clear()
        self.total = total
        self._rows = total or 0
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
        try:
            found = self._source.page(
                self.query,
                self.sort_order,
                number * self._page_size,
                self._page_size,
                self.total,
                self._anchor(number),
                lambda page: self._arrived(generation, number, page),
            )
        except Exception:
            self._asked.discard(number)  # a failed read is asked again, not waited for forever
            raise
        if not isinstance(found, Pending):
            self._asked.discard(number)
            self._store(number, found)

    def _anchor(self, number: int) -> Anchor | None:
        """The held row nearest page ``number`` whose key is known: the last row of a page
        before it or the first of a page after it (None when no page held has keys)."""
        best: tuple[int, Anchor] | None = None
        start, end = number * self._page_size, (number + 1) * self._page_size
        for held, page in self._pages.items():
            if held < number and page.last is not None:
                row = held * self._page_size + len(page.rows) - 1
                found = (start - row, Anchor(row, page.last))
            elif held > number and page.first is not None:
                row = held * self._page_size
                found = (row - end, Anchor(row, page.first))
            else:
                continue
            if best is None or found[0] < best[0]:
                best = found
        return best[1] if best else None

    def _store(self, number: int, page: FactPage) -> None:
        self._pages[number] = page
        self._pages.move_to_end(number)
        if len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)

    def _arrived(self, generation: int, number: int, page: FactPage) -> None:
        if generation != self.generation:
            return
        self._asked.discard(number)
        self._store(number, page)
        rows = page.rows
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
        return self._loaded_row(row)

    def first_rows_here(self) -> bool:
        """Whether the view has rows and its first page is here (what a fit measures)."""
        return self._rows > 0 and 0 in self._pages

    def _loaded_row(self, row: int) -> FactRow | None:
        page = self._pages.get(row // self._page_size) if 0 <= row < self._rows else None
        offset = row % self._page_size
        return page.rows[offset] if page is not None and offset < len(page.rows) else None

    def shown_cells(
        self, column: int, rows: int, ask: bool = True
    ) -> list[tuple[str | None, QFont | None]]:
        """The display text and font (None: the view's) of ``column`` in the first ``rows``
        rows, as ``data`` gives them: what fitting the column measures, without two calls
        through Qt per cell. A row whose page is not here has no text (its page is asked for
        unless ``ask`` is False: a refit after a change of language reads nothing)."""
        cells: list[tuple[str | None, QFont | None]] = []
        for number in range(rows):
            row = self.fact_row(number) if ask else self._loaded_row(number)
            if row is None:
                cells.append((None, None))
                continue
            font = _reading_font() if _unresolved(row, column) else kind_font(row.kind)
            cells.append((_cell(row, column), font))
        return cells

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

        return self._source.locate(self.query, self.sort_order, fact_id, self.total, arrived)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED_ROLES:
            # Qt's delegate asks a dozen roles of every cell it paints; most have no answer.
            return None
        row = self.fact_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(row, index.column())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return accessible_description(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_tooltip(row, _cell(row, index.column()), _hover(row, index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return _reading_font() if _unresolved(row, index.column()) else kind_font(row.kind)
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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(HEADERS):
                return QCoreApplication.translate("FactTableModel", str(HEADERS[section]))
            return None
        return str(section + 1)

    def language_changed(self) -> None:
        """Redraw every cell and header in the language now shown (no reload, selection kept)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            last = self.index(self._rows - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (by the report's order when ``column`` is -1), in SQL."""
        key = COLUMN_SORT_KEYS[column] if 0 <= column < len(COLUMN_SORT_KEYS) else "position"
        self.set_sort(FactSort(key, order == Qt.SortOrder.DescendingOrder))
