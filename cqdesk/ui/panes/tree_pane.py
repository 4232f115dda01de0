"""A tree view of one filter (categories or places) that reports the chosen id."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from cqdesk.models.tree_model import COL_COUNT, COL_NAME, ID_ROLE
from cqdesk.ui.panes.cell_width import text_cells_width

NO_PARENT = QModelIndex()  # the invalid index: a default argument built once


class FilterTree(QTreeView):
    """Single-selection tree; emits ``chosen(id)`` ("" for a root meaning "no filter")."""

    chosen = Signal(str)

    def __init__(self, name: str, accessible: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        # A park sits two levels deep: a narrower step leaves its long name more room.
        self.setIndentation(min(self.indentation(), 14))
        self._quiet = False
        self._absent: str | None = None  # an id the tree did not hold when last looked for
        self._refit = QTimer(self)  # once per turn of the event loop, however many changes
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_counts)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        for changed in (model.modelReset, model.layoutChanged, model.rowsInserted):
            changed.connect(self._forget_absent)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Sized by fit_counts: Qt's ResizeToContents measured every row shown at each recount
        # (80 ms of choosing a category on the bundled report, its parks all open).
        header.setSectionResizeMode(COL_COUNT, QHeaderView.ResizeMode.Fixed)
        for changed in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            changed.connect(self._refit.start)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.fit_counts()

    def fit_counts(self) -> None:
        """Make the count column as wide as its header and its widest count: a node counts
        every fact of the nodes inside it, so the widest is among the top two levels."""
        model = self.model()
        if model is None:
            return
        top = [model.index(row, COL_COUNT) for row in range(model.rowCount())]
        inside = [
            model.index(row, COL_COUNT, index.siblingAtColumn(COL_NAME))
            for index in top
            for row in range(model.rowCount(index.siblingAtColumn(COL_NAME)))
        ]
        widest = text_cells_width(self, top + inside)
        header = self.header()
        header.resizeSection(COL_COUNT, max(widest, header.sectionSizeHint(COL_COUNT)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit.start()  # the numbers take another width

    def content_height(self) -> int:
        """The height that shows every row now visible (expanded), header and frame included."""
        rows, index = 0, self.model().index(0, COL_NAME) if self.model() else QModelIndex()
        while index.isValid():
            rows += 1
            index = self.indexBelow(index)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height())
        return self.header().sizeHint().height() + rows * row_height + 2 * self.frameWidth() + 4

    def _forget_absent(self, *_args) -> None:
        self._absent = None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.chosen.emit(current.data(ID_ROLE) or "")

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes of the current row inside this block choose nothing (e.g. while filtering)."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def show_id(self, item_id: str) -> None:
        """Make ``item_id`` current without emitting ``chosen`` (the filter changed elsewhere)."""
        current = self.currentIndex()
        if current.isValid() and (current.data(ID_ROLE) or "") == item_id:
            # Already there (the usual case: this tree chose it). Walking a gazetteer of
            # thousands of places to find it again would cost a tenth of a second.
            return
        if not current.isValid() and item_id == self._absent:
            return  # looked for in this very tree before, and not in it: nothing to show
        index = self._find(item_id)
        self._absent = None if index.isValid() else item_id
        with self.quietly():
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.scrollTo(index)
            else:
                self.selectionModel().clear()

    def _find(self, item_id: str, parent: QModelIndex = NO_PARENT) -> QModelIndex:
        model = self.model()
        for row in range(model.rowCount(parent)):
            child = model.index(row, COL_NAME, parent)
            if (child.data(ID_ROLE) or "") == item_id:
                return child
            found = self._find(item_id, child)
            if found.isValid():
                return found
        return QModelIndex()
