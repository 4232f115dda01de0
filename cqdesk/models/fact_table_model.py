"""The facts table: a paged, SQL-sorted view of one query, fetched through injected functions."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from cqdesk.export.values import as_printed
from cqdesk.store.records import FactQuery, FactRow, FactSort
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


class FactTableModel(QAbstractTableModel):
    """Rows of a FactQuery in a FactSort order; keeps only a few pages in memory."""

    def __init__(
        self,
        count: CountFn,
        page: PageFn,
        locate: LocateFn,
        page_size: int = 200,
        max_pages: int = 40,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._count, self._page, self._locate = count, page, locate
        self._page_size, self._max_pages = page_size, max_pages
        self._pages: OrderedDict[int, list[FactRow]] = OrderedDict()
        self.query, self.sort_order = FactQuery(), FactSort()
        self._rows = 0

    def set_query(self, query: FactQuery) -> None:
        """Show the facts ``query`` selects."""
        self.query = query
        self._reload()

    def set_sort(self, sort: FactSort) -> None:
        """Order the rows by ``sort`` (the store sorts)."""
        self.sort_order = sort
        self._reload()

    def _reload(self) -> None:
        # Counted before the reset begins: if the store fails, the rows shown stay as they were
        # instead of a view left between beginResetModel and endResetModel.
        rows = self._count(self.query)
        self.beginResetModel()
        self._pages.clear()
        self._rows = rows
        self.endResetModel()

    def fact_row(self, row: int) -> FactRow | None:
        """The record at ``row`` (fetching its page when needed), or None out of range."""
        if not 0 <= row < self._rows:
            return None
        number = row // self._page_size
        if number not in self._pages:
            self._pages[number] = self._page(
                self.query, self.sort_order, number * self._page_size, self._page_size
            )
            if len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        self._pages.move_to_end(number)
        page = self._pages[number]
        offset = row - number * self._page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, fact_id: str) -> int | None:
        """The row of ``fact_id`` in this view, or None when the query hides it."""
        return self._locate(self.query, self.sort_order, fact_id)

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
