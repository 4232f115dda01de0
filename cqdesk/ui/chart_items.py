"""The graphics items of a bar chart: clickable bars, a value axis without exponents, legend swatches."""

from __future__ import annotations

import html
import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsTextItem

from cqdesk.store.records import ChartBar
from cqdesk.ui.chart_style import DIMMED_OPACITY, BarLook, ChartColours, paint_bar
from cqdesk.ui.chart_text import bar_tooltip_lines

BAR_THICKNESS = 0.6  # of the space between two bar centres


class BarItem(QGraphicsRectItem):
    """One horizontal bar, in data coordinates: hover tells its value, a click selects its fact."""

    def __init__(
        self,
        bar: ChartBar,
        row: int,
        length: float,
        colours: ChartColours,
        on_click: Callable[[str], None],
    ):
        top = row - BAR_THICKNESS / 2
        super().__init__(QRectF(min(0.0, length), top, abs(length), BAR_THICKNESS))
        self.bar = bar
        self.row = row
        self.length = length
        self.colours = colours
        self._on_click = on_click
        self.look = BarLook(
            derived=bar.kind == "derived", lower_bound=bar.qualifier == "lower_bound"
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # QToolTip guesses rich text; escaping and wrapping it makes the data's text literal.
        self.setToolTip(
            "<qt>" + "<br>".join(html.escape(line) for line in bar_tooltip_lines(bar)) + "</qt>"
        )

    def set_current(self, current: bool) -> None:
        """Mark (or unmark) this bar as the selected fact's."""
        self.look = BarLook(self.look.derived, self.look.lower_bound, current)
        self.setZValue(1 if current else 0)
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Fade a bar whose fact the filters hide; it stays in place so the chart keeps its shape."""
        self.setOpacity(DIMMED_OPACITY if dimmed else 1.0)

    def is_dimmed(self) -> bool:
        """Whether the filters hide this bar's fact."""
        return self.opacity() < 1.0

    def paint(self, painter, option, widget=None) -> None:
        paint_bar(painter, self.rect(), self.look, self.colours)

    def mouseClickEvent(self, event) -> None:  # pyqtgraph's click, sent on release without a drag
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.bar.fact_id)


class ValueAxis(pg.AxisItem):
    """A value axis whose ticks read as grouped decimals (12,500 or 0.5), never as exponents."""

    def tickStrings(self, values, scale, spacing):
        decimals = max(0, -math.floor(math.log10(spacing))) if spacing > 0 else 0
        return [f"{value * scale:,.{decimals}f}" for value in values]


class LegendSwatch(pg.GraphicsWidget):
    """A small bar sample for the legend, painted exactly as the bars are."""

    def __init__(self, look: BarLook, colours: ChartColours, size: QSizeF):
        super().__init__()
        self.look = look
        self.colours = colours
        self.setFixedWidth(size.width())
        self.setFixedHeight(size.height())

    def paint(self, painter, option, widget=None) -> None:
        inset = 2.0
        rect = QRectF(inset, inset, self.width() - 2 * inset, self.height() - 2 * inset)
        paint_bar(painter, rect, self.look, self.colours)


class TextBlock(pg.GraphicsWidget):
    """Plain text that wraps to the width the layout gives it (titles, legend entries, source)."""

    def __init__(self, text: str, font: QFont, colour: QColor, min_width: float = 80.0):
        super().__init__()
        self._item = QGraphicsTextItem(self)
        self._item.setFont(font)
        self._item.setDefaultTextColor(colour)
        self._item.setPlainText(text)  # never rich text: the words come from the data
        natural = self._item.boundingRect().width()
        self.setMinimumWidth(min(min_width, natural))
        self.setPreferredWidth(natural)
        self._fit_height()

    def text(self) -> str:
        """The text shown."""
        return self._item.toPlainText()

    def resizeEvent(self, event) -> None:
        self._item.setTextWidth(max(self.size().width(), 1.0))
        self._fit_height()

    def _fit_height(self) -> None:
        height = self._item.boundingRect().height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
