"""Column widths of a table: one column takes the spare width, the others fit their content."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from cqdesk.ui.panes.cell_width import widest_cell


def content_width(view: QTableView, column: int, rows: int, ask: bool = True) -> int:
    """The width ``column``'s text needs in its first ``rows`` rows (as ``sizeHintForColumn``);
    with ``ask`` False, in the rows the model already holds (a model with ``shown_cells``)."""
    model = view.model()
    count = min(rows, model.rowCount())
    if hasattr(model, "shown_cells"):
        # The model's own texts and fonts, in one call: two Qt data() calls per cell were most
        # of the fit (1,200 of them, about 15 ms of the window's first paint).
        cells = model.shown_cells(column, count, ask)
    else:
        cells = [
            (index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.FontRole))
            for index in (model.index(row, column) for row in range(count))
        ]
    width = widest_cell(view, cells, lambda row: model.index(row, column))
    return width + (1 if view.showGrid() and width else 0)  # the grid line, as Qt counts it


class ColumnSizer(QObject):
    """Sizes ``view``'s columns: ``stretch`` fills the rest; the others fit content within limits.

    When the view is too narrow for all of them, the fitted columns give way (down to their lower
    limits) before the stretching one goes below ``stretch_min`` pixels or ``stretch_share`` of
    the view. A width the person drags a column to becomes that column's wanted width, and
    stays when the columns are fitted again (``refit``, after a change of language); widths
    restored from an earlier session fitted that session's texts, and are fitted again.
    """

    def __init__(
        self,
        view: QTableView,
        stretch: int,
        limits: dict[int, tuple[int, int]],
        stretch_min: int,
        stretch_share: float = 0.0,
    ) -> None:
        super().__init__(view)
        self._view, self._stretch, self._limits = view, stretch, limits
        self._stretch_min, self._stretch_share = stretch_min, stretch_share
        self._wanted: dict[int, int] = {}
        self._dragged: set[int] = set()  # columns the person sized since the last fit or restore
        self._applying = False
        self._set_modes()
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def _set_modes(self) -> None:
        header = self._view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)

    def fit(self) -> None:
        """Want each column's content width (header text included), within its limits."""
        self._dragged.clear()
        self._fit(self._limits, ask=True)

    def refit(self) -> None:
        """Fit again the columns the person has not sized: their texts changed (another
        language's numbers and names are wider or narrower, and would be cut off or leave gaps)."""
        # From the rows already here: a change of language reads nothing from the database.
        self._fit([column for column in self._limits if column not in self._dragged], ask=False)

    def _fit(self, columns: Iterable[int], ask: bool) -> None:
        header = self._view.horizontalHeader()
        rows = header.resizeContentsPrecision()
        for column in columns:
            least, most = self._limits[column]
            content = max(
                content_width(self._view, column, rows, ask), header.sectionSizeHint(column)
            )
            self._wanted[column] = max(least, min(most, content))
        self._apply()

    def restore(self, state: QByteArray) -> bool:
        """Widths and order saved earlier become the wanted ones; False when ``state`` is unusable."""
        header = self._view.horizontalHeader()
        if not header.restoreState(state):
            return False
        self._set_modes()  # a state saved by an older version may stretch another column
        self._wanted = {column: header.sectionSize(column) for column in self._limits}
        self._dragged.clear()  # saved widths fitted the texts of then: a new language refits
        self._apply()
        return True

    def wanted(self) -> dict[int, int]:
        """The width each fitted column has when there is room (fitted, dragged or restored)."""
        return dict(self._wanted)

    def widths(self, available: int) -> dict[int, int]:
        """The widths to give the fitted columns when the view is ``available`` pixels wide."""
        spare = available - max(self._stretch_min, int(available * self._stretch_share))
        wanted = sum(self._wanted.values())
        if wanted <= spare:
            return dict(self._wanted)
        least = {
            column: min(self._limits[column][0], width) for column, width in self._wanted.items()
        }
        give = wanted - sum(least.values())
        share = max(0.0, (spare - sum(least.values())) / give) if give else 0.0
        return {
            column: least[column] + int((width - least[column]) * share)
            for column, width in self._wanted.items()
        }

    def _apply(self) -> None:
        self._applying = True
        try:
            for column, width in self.widths(self._view.viewport().width()).items():
                self._view.setColumnWidth(column, width)
        finally:
            self._applying = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._applying and column in self._limits:
            self._wanted[column] = new  # the person dragged it (or a state was restored)
            self._dragged.add(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._apply()
        return False
