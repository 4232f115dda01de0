"""The list of charts a category offers, for the chart selector."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from cqdesk.store.records import Chart
from cqdesk.text import language
from cqdesk.text.formatting import literal_tooltip
from cqdesk.text.safe_text import line

CHART_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class ChartListModel(QAbstractListModel):
    """One row per chart, showing its title; ``set_charts`` replaces them all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._charts: list[Chart] = []

    def set_charts(self, charts: list[Chart]) -> None:
        """Show ``charts`` in their order."""
        self.beginResetModel()
        self._charts = list(charts)
        self.endResetModel()

    def language_changed(self) -> None:
        """Show the titles in the language now shown."""
        if self._charts:
            self.dataChanged.emit(self.index(0), self.index(len(self._charts) - 1))

    def chart(self, row: int) -> Chart | None:
        """The chart of ``row``, or None when there is no such row."""
        return self._charts[row] if 0 <= row < len(self._charts) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._charts)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        chart = self.chart(index.row()) if index.isValid() else None
        if chart is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return line(language.shown(chart.title, chart.title_zh))
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole title, and in Chinese mode the English one under it.
            titles = (
                language.shown(chart.title, chart.title_zh),
                language.other(chart.title, chart.title_zh),
            )
            return literal_tooltip("\n".join(filter(None, titles)))
        if role == CHART_ID_ROLE:
            return chart.id
        return None
