"""Sort the facts by the keyboard: a menu with one entry per column, as clicking a header sorts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cqdesk.models.fact_table_model import HEADERS
from cqdesk.ui.panes.fact_table import FactTable

REPORT_ORDER = -1  # the header's "no column": the report's own order


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class SortMenu(QObject):
    """“Sort facts by”: the report's order or a column; choosing the sorted column again reverses it."""

    def __init__(self, table: FactTable, parent: QWidget) -> None:
        super().__init__(parent)
        self._table = table
        self.menu = QMenu(parent)
        self.menu.setObjectName("sortMenu")
        self._group = QActionGroup(self)
        self.actions_: dict[int, QAction] = {}
        self._add(REPORT_ORDER)
        self.menu.addSeparator()
        for column in range(len(HEADERS)):
            self._add(column)
        self.retranslate()
        table.horizontalHeader().sortIndicatorChanged.connect(self._show_current)
        self._show_current()

    def retranslate(self) -> None:
        """The menu's title and entries in the language now loaded."""
        self.menu.setTitle(_tr("S&ort facts by"))
        for column, action in self.actions_.items():
            if column == REPORT_ORDER:
                action.setText(_tr("The &report's order"))
            else:
                action.setText(QCoreApplication.translate("FactTableModel", str(HEADERS[column])))

    def _add(self, column: int) -> None:
        action = QAction(self.menu)
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False, column=column: self.sort(column))
        self._group.addAction(action)
        self.menu.addAction(action)
        self.actions_[column] = action

    def sort(self, column: int) -> None:
        """Sort by ``column`` ascending, or descending when it is already sorted ascending."""
        header = self._table.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        again = column != REPORT_ORDER and header.sortIndicatorSection() == column
        order = (
            Qt.SortOrder.DescendingOrder
            if again and header.sortIndicatorOrder() == ascending
            else ascending
        )
        self._table.sortByColumn(column, order)

    def _show_current(self, *_args) -> None:
        section = self._table.horizontalHeader().sortIndicatorSection()
        self.actions_.get(section, self.actions_[REPORT_ORDER]).setChecked(True)
