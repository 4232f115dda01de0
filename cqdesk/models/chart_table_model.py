"""A chart's bars as a table: label, value as printed, qualifier, unit and kind, one row a bar."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cqdesk.store.records import Chart, ChartBar
from cqdesk.style.fact_styles import kind_explanation, kind_name, qualifier_name
from cqdesk.text import language
from cqdesk.text.chinese_numbers import UNIT_ZH
from cqdesk.text.formatting import fill, unit_name

NO_PARENT = QModelIndex()  # the invalid index: a default argument built once

COL_LABEL, COL_VALUE, COL_QUALIFIER, COL_UNIT, COL_KIND = range(5)
# Marked for lupdate; headerData translates them when asked, so a language switch shows at once.
HEADERS = (
    QT_TRANSLATE_NOOP("ChartTableModel", "Bar"),
    QT_TRANSLATE_NOOP("ChartTableModel", "Value as printed"),
    QT_TRANSLATE_NOOP("ChartTableModel", "Qualifier"),
    QT_TRANSLATE_NOOP("ChartTableModel", "Unit"),
    QT_TRANSLATE_NOOP("ChartTableModel", "Kind"),
)
BAR_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _header(column: int) -> str:
    return QCoreApplication.translate("ChartTableModel", str(HEADERS[column]))


def _unit(chart: Chart) -> str:
    """The chart's unit in the window's language: 件 or packages, 元 or yuan."""
    if chart.unit == "count":  # counts of different things (firms, merchants) on one axis
        return _tr("number")
    chinese = chart.unit_zh or UNIT_ZH.get(chart.unit)
    if language.chinese() and chinese:
        return chinese
    return unit_name(chart.unit) or chart.unit


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
        texts = (
            language.shown(bar.label, bar.label_zh),
            language.shown(bar.value_display, bar.value_display_zh),
            qualifier_text(bar),
            _unit(self._chart) if self._chart is not None else "",
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
        return fill(
            _tr("%1: %2. %3. %4"),
            _header(column),
            self._text(bar, column),
            language.shown(bar.label, bar.label_zh),
            kind_explanation(bar.kind),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _header(section) if 0 <= section < len(HEADERS) else None
        return str(section + 1)
