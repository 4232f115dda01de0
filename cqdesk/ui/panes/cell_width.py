"""The width an item view's text cells need, measured from their text and font alone."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView


def text_cells_width(view: QAbstractItemView, indexes: Iterable[QModelIndex]) -> int:
    """The widest of ``indexes``' texts, in each cell's own font, with the delegate's margins.

    What the item delegate's size hint says for a plain text cell: Qt's ``sizeHintForColumn``
    and ``sizeHintForIndex`` ask the model a dozen roles per cell through Python (a fifth of
    the window's first paint for the facts table); this asks two, and the delegate itself once,
    for the margins it puts around a text. 0 when every cell is empty.
    """
    metrics: dict[str, QFontMetricsF] = {}
    widest, widest_index, margin = 0, None, 0
    for index in indexes:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or text == "":
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else view.font()
        key = font.key()
        if key not in metrics:
            metrics[key] = QFontMetricsF(font)
        width = _text_width(metrics[key], str(text))
        if widest_index is None:
            # The delegate's width for one cell, less its text: the margins, as this style draws.
            margin = view.sizeHintForIndex(index).width() - width
        if width > widest:
            widest, widest_index = width, index
    return widest + margin if widest_index is not None else 0


def _text_width(metrics: QFontMetricsF, text: str) -> int:
    # The larger of the advance and the inked width, rounded up as the delegate's layout does.
    return math.ceil(max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width()))
