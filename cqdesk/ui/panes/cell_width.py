"""The width an item view's text cells need, measured from their text and font alone."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView


def text_cells_width(view: QAbstractItemView, indexes: Sequence[QModelIndex]) -> int:
    """The widest of ``indexes``' texts, in each cell's own font, with the delegate's margins.

    What the item delegate's size hint says for a plain text cell: Qt's ``sizeHintForColumn``
    and ``sizeHintForIndex`` ask the model a dozen roles per cell through Python (a fifth of
    the window's first paint for the facts table); this asks two, and the delegate itself once,
    for the margins it puts around a text. 0 when every cell is empty.
    """
    cells = [
        (index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.FontRole))
        for index in indexes
    ]
    return widest_cell(view, cells, indexes.__getitem__)


def widest_cell(
    view: QAbstractItemView,
    cells: Iterable[tuple[object, object]],
    index_at: Callable[[int], QModelIndex],
) -> int:
    """The width the widest of ``cells`` (each its display text and font, None for the view's)
    needs, with the delegate's margins, which it measures on the first cell with a text
    (``index_at(position)``). 0 when every cell is empty."""
    metrics: dict[str, QFontMetricsF] = {}
    known: dict[tuple[str, str], int] = {}  # a column repeats its units, places and readings
    widest, margin, measured = 0, 0, False
    view_font = view.font()
    for position, (text, font) in enumerate(cells):
        if text is None or text == "":
            continue
        font = font if isinstance(font, QFont) else view_font
        key = (font.key(), str(text))
        width = known.get(key)
        if width is None:
            if key[0] not in metrics:
                metrics[key[0]] = QFontMetricsF(font)
            width = known[key] = _text_width(metrics[key[0]], key[1])
        if not measured:
            # The delegate's width for one cell, less its text: the margins, as this style draws.
            margin = view.sizeHintForIndex(index_at(position)).width() - width
            measured = True
        widest = max(widest, width)
    return widest + margin if measured else 0


def _text_width(metrics: QFontMetricsF, text: str) -> int:
    # The larger of the advance and the inked width, rounded up as the delegate's layout does.
    return math.ceil(max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width()))
