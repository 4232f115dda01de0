"""Show as table: a chart's bars in a table a screen reader reads cell by cell, copyable as TSV and HTML."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cqdesk.export.chart_data import chart_html, chart_tsv
from cqdesk.models.chart_table_model import COL_LABEL, ChartTableModel
from cqdesk.store.records import Chart, ChartBar, Sources
from cqdesk.text.formatting import fill
from cqdesk.ui.actions import clipboard
from cqdesk.ui.charts.text import chart_in_language, chart_source_line, chart_title
from cqdesk.ui.window.focus_ring import FocusRing
from cqdesk.ui.words import window_words

MIN_SIZE = QSize(360, 220)


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _label(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and citations come from the data
    label.setWordWrap(True)
    label.setText(text)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ChartTableView(QTableView):
    """The bars of one chart; Ctrl+C copies the selected bars (all, when none is selected)."""

    def __init__(self, chart: Chart, sources: Sources, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chartTable")
        self._sources = sources
        self.model_ = ChartTableModel(self)
        self.model_.set_chart(chart)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # The keyboard starts on the first bar with nothing selected: Ctrl+C copies every bar.
        self.selectionModel().setCurrentIndex(
            self.model_.index(0, COL_LABEL), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.retranslate()

    def retranslate(self) -> None:
        """Name the table and its Copy in the window's language; redraw its cells in it."""
        chart = self.model_.chart()
        self.setAccessibleName(
            fill(_tr("Table of the chart “%1”"), chart_title(chart) if chart else "")
        )
        self.setAccessibleDescription(
            _tr("One row a bar: its label, value as printed, qualifier, unit and kind.")
        )
        self.copy_action.setText(_tr("&Copy"))
        self.model_.set_chart(chart)  # the cells read the language when they are drawn

    def selected_bars(self) -> list[ChartBar]:
        """The selected bars in the chart's order; every bar when none is selected."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows:
            rows = list(range(self.model_.rowCount()))
        return [bar for bar in (self.model_.bar(row) for row in rows) if bar is not None]

    def copy(self) -> None:
        """Put the selected bars on the clipboard as TSV and as an HTML table with the citation."""
        chart = self.model_.chart()
        if chart is None:
            return
        # What the table shows, as it shows it: the bars' Chinese forms in Chinese mode.
        shown, ids = chart_in_language(chart), {bar.fact_id for bar in self.selected_bars()}
        bars = [bar for bar in shown.bars if bar.fact_id in ids]
        words = window_words()
        clipboard.copy_text(
            chart_tsv(shown, bars, words), chart_html(shown, self._sources, bars, words)
        )


class ChartTableDialog(QDialog):
    """The chart's title, its table, its source, and buttons to copy, export or close."""

    def __init__(
        self,
        chart: Chart,
        sources: Sources,
        export: Callable[[], object],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartTableDialog")
        self.chart, self._sources = chart, sources
        self.title = _label("", "", self)
        heading = self.title.font()
        heading.setBold(True)  # the platform's size, bold: a heading without a fixed size
        self.title.setFont(heading)
        self.table = ChartTableView(chart, sources, self)
        self.source_label = _label("", "", self)
        self.buttons = self._buttons(export)
        self._retranslate()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.source_label)
        layout.addWidget(self.buttons)
        # Limits set once, before the window exists, not by the layout on every change (which
        # the native window would have to follow, and some platforms cannot).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MIN_SIZE)
        self.focus_ring = FocusRing(self)
        self.resize(640, 360)
        self.table.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the dialog in the window's language (the chart's title and bars too)."""
        title = chart_title(self.chart)
        self.setWindowTitle(fill(_tr("Chart as table — %1"), title))
        self.setAccessibleName(fill(_tr("Chart as table: %1"), title))
        self.title.setText(title)
        self.title.setAccessibleName(_tr("Chart title"))
        self.source_label.setText(chart_source_line(self.chart, self._sources))
        self.source_label.setAccessibleName(_tr("Source"))
        self._copy.setText(_tr("&Copy table"))
        self._copy.setAccessibleDescription(
            _tr("Copy the bars as a table with the citation (Ctrl+C)")
        )
        self._save.setText(_tr("&Export as CSV…"))
        self._save.setAccessibleDescription(
            _tr("Save the bars as CSV, with the title and the source")
        )
        self.table.retranslate()

    def _buttons(self, export: Callable[[], object]) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = self._copy = QPushButton(self)
        copy.setObjectName("chartTableCopy")
        copy.clicked.connect(self.table.copy)
        save = self._save = QPushButton(self)
        save.setObjectName("chartTableExport")
        save.clicked.connect(export)
        box.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        for button in box.buttons():
            button.setAutoDefault(False)  # Enter in the table does not press a button
        return box
