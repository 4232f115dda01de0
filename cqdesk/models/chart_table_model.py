"""A chart's bars as a table: label, value as printed, qualifier, unit and kind, one row a bar."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cqdesk.store.records import Chart, ChartBar
from cqdesk.style.fact_styles import kind_explanation, kind_name, qualifier_name
from cqdesk.text.formatting import unit_name

NO_PARENT = QModelIndex()  # the invalid index: a default argument built once

COL_LABEL, COL_VALUE, COL_QUALIFIER, COL_UNIT, COL_KIND = range(5)
HEADERS = ("Bar", "Value as printed", "Qualifier", "Unit", "Kind")
BAR_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def qualifier_text(bar: ChartBar) -> str:
    """The bar's qualifier in words."""
    return qualifier_name(bar.qualifier)


class ChartTableModel(QAbstractTableModel):
    """The bars of one chart, in the chart's order; empty until ``set_chart``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None

    def set_chart(self, chart: Chart | None) -> None:
        """Show the bars of ``chart`` (none for None)."""
        self.beginResetModel()
        self._chart = chart
        self.endResetModel()

    def chart(self) -> Chart | None:
        """The chart shown, or None."""
        return self._chart

    def bar(self, row: int) -> ChartBar | None:
        """The bar at ``row``, or None out of range."""
        bars = self._chart.bars if self._chart is not None else ()
        return bars[row] if 0 <= row < len(bars) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() or self._chart is None else len(self._chart.bars)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def _text(self, bar: ChartBar, column: int) -> str:
        unit = self._chart.unit if self._chart is not None else ""
        texts = (
            bar.label,
            bar.value_display,
            qualifier_text(bar),
            unit_name(unit) or unit,
            kind_name(bar.kind),
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        bar = self.bar(index.row()) if index.isValid() else None
        if bar is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(bar, index.column())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._description(bar, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BAR_ROLE:
            return bar
        return None

    def _description(self, bar: ChartBar, column: int) -> str:
        """What a cell means beyond its text: the column, the bar, and the kind."""
        header = _tr(HEADERS[column])
        return f"{header}: {self._text(bar, column)}. {bar.label}. {kind_explanation(bar.kind)}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1)
