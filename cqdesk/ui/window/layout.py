"""The window's splitters: filters on the left; search, table, and detail beside source and charts."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

# Narrowest useful widths: the filter trees still show a district's name and its count, and the
# text panes still wrap by words. Below them the window gets a scroll bar, not letter-wide text.
FILTER_MIN_WIDTH = 170
TABS_MIN_WIDTH = 220
TABLE_MIN_HEIGHT = 120
SEARCH_MIN_WIDTH = 240
# First-start width of the filter column: a fifth of the window, within these bounds.
FILTER_SHARE, FILTER_WIDTHS = 0.2, (200, 300)
CATEGORY_MAX_SHARE = 0.5  # of the filter column's height, on the first start


def filter_width(window_width: int) -> int:
    """The filter column's first-start width in a window ``window_width`` pixels wide."""
    least, most = FILTER_WIDTHS
    return max(least, min(most, int(window_width * FILTER_SHARE)))


def splitter(
    orientation: Qt.Orientation, name: str, widgets: list[QWidget], stretches: list[int]
) -> QSplitter:
    """A splitter over ``widgets`` whose panes never collapse to nothing."""
    split = QSplitter(orientation)
    split.setObjectName(name)
    split.setChildrenCollapsible(False)
    for widget, stretch in zip(widgets, stretches, strict=True):
        split.addWidget(widget)
        split.setStretchFactor(split.count() - 1, stretch)
    return split


def search_row(search_box: QWidget, filter_bar: QWidget) -> QWidget:
    """The search box with the filter labels beside it; the box keeps most of the row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    search_box.setMinimumWidth(SEARCH_MIN_WIDTH)
    layout.addWidget(search_box, 3)
    layout.addWidget(filter_bar, 2)
    return row


class WindowLayout(QObject):
    """Builds the window's splitters from its panes and keeps them.

    Until sizes are restored (``first_start`` False), the first resize gives the filter column
    its share of the window.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.first_start = True
        self._category_pane = window.category_pane
        self._fitted_top: int | None = None  # the category pane's height as last fitted
        self.filter_splitter = splitter(
            Qt.Orientation.Vertical,
            "filterSplitter",
            [window.category_pane, window.place_pane],
            [1, 1],
        )
        self.filter_splitter.setMinimumWidth(FILTER_MIN_WIDTH)
        window.lower_tabs.setMinimumWidth(TABS_MIN_WIDTH)
        window.fact_table.setMinimumHeight(TABLE_MIN_HEIGHT)
        self.lower_splitter = splitter(
            Qt.Orientation.Horizontal,
            "lowerSplitter",
            [window.detail_pane, window.lower_tabs],
            [2, 3],
        )
        self.center_splitter = splitter(
            Qt.Orientation.Vertical,
            "centerSplitter",
            [window.fact_table, self.lower_splitter],
            [1, 1],
        )
        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(search_row(window.search_box, window.filter_bar))
        column.addWidget(self.center_splitter, 1)
        # Resizing the window later resizes the centre most, the filter column a little.
        self.main_splitter = splitter(
            Qt.Orientation.Horizontal, "mainSplitter", [self.filter_splitter, center], [1, 6]
        )
        self.main_splitter.installEventFilter(self)
        self._category_pane.installEventFilter(self)  # for a change of language

    def restore_splitter(self, splitter: QSplitter, state: QByteArray) -> bool:
        """Give ``splitter`` its saved sizes; saved widths of the main splitter replace the
        first-start ones. False when the state does not fit."""
        restored = splitter.restoreState(state)
        if restored and splitter is self.main_splitter:
            self.first_start = False
        return restored

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.main_splitter
            and event.type() == QEvent.Type.Resize
            and self.first_start
        ):
            self.first_start = False
            width = self.main_splitter.width()
            left = filter_width(width)
            self.main_splitter.setSizes([left, width - left])
            self._fit_category_pane()
        elif (
            watched is self._category_pane
            and event.type() == QEvent.Type.LanguageChange
            and self._fitted_top == self._category_pane.height()
        ):
            # Chinese rows are taller than English ones: a pane fitted to one language's rows
            # is fitted again to the other's (after the pane has redrawn its names), unless its
            # height changed since (the person dragged the handle, or resized the window).
            QTimer.singleShot(0, self, self._fit_category_pane)  # none once the window is gone
        return False

    def _fit_category_pane(self) -> None:
        """The category pane as tall as its sections (at most half the column): the place tree,
        with its many districts and parks, gets the rest rather than the category pane's blank."""
        column = self.filter_splitter.height()
        if column <= 0:
            return
        top = min(self._category_pane.content_height(), int(column * CATEGORY_MAX_SHARE))
        self.filter_splitter.setSizes([top, column - top])
        self._fitted_top = self.filter_splitter.sizes()[0]

    def splitters(self) -> list[QSplitter]:
        """main, filter, center, lower: the order of ``MainWindow.splitter_keys``."""
        return [
            self.main_splitter,
            self.filter_splitter,
            self.center_splitter,
            self.lower_splitter,
        ]
