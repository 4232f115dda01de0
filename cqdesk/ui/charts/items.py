"""The graphics items of a bar chart: clickable bars, a value axis without exponents, legend swatches."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsTextItem

from cqdesk.store.records import ChartBar
from cqdesk.ui.charts.style import BarLook, ChartColours, paint_bar
from cqdesk.ui.charts.text import bar_tooltip_lines

BAR_THICKNESS = 0.6  # of the space between two bar centres
ORIGIN_LABEL_PX = 30  # how far the value axis's "0" may reach left of the axis


class BarItem(QGraphicsRectItem):
    """One horizontal bar, in data coordinates: hover tells its value, a click selects its fact."""

    def __init__(
        self,
        bar: ChartBar,
        row: float,
        length: float,
        colours: ChartColours,
        on_click: Callable[[str], None],
        series: int = 0,
    ):
        top = row - BAR_THICKNESS / 2
        super().__init__(QRectF(min(0.0, length), top, abs(length), BAR_THICKNESS))
        self.bar = bar
        self.row = row
        self.length = length
        self.colours = colours
        self._on_click = on_click
        self.look = BarLook(
            derived=bar.kind == "derived",
            lower_bound=bar.qualifier == "lower_bound",
            series=series,
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # QToolTip guesses rich text; escaping and wrapping it makes the data's text literal.
        self.setToolTip(
            "<qt>" + "<br>".join(html.escape(line) for line in bar_tooltip_lines(bar)) + "</qt>"
        )

    def set_current(self, current: bool) -> None:
        """Mark (or unmark) this bar as the selected fact's."""
        self.look = replace(self.look, current=current)
        self.setZValue(1 if current else 0)
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Grey a bar whose fact the filters hide; it stays in place so the chart keeps its shape."""
        self.look = replace(self.look, dimmed=dimmed)
        self.update()

    def is_dimmed(self) -> bool:
        """Whether the filters hide this bar's fact."""
        return self.look.dimmed

    def paint(self, painter, option, widget=None) -> None:
        paint_bar(painter, self.rect(), self.look, self.colours)

    def mouseClickEvent(self, event) -> None:  # pyqtgraph's click, sent on release without a drag
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.bar.fact_id)


class ValueAxis(pg.AxisItem):
    """A value axis whose ticks read as grouped decimals (12,500 or 0.5), never as exponents."""

    def __init__(self, orientation: str):
        super().__init__(orientation)
        self.setStyle(hideOverlappingLabels=ORIGIN_LABEL_PX)

    def tickStrings(self, values, scale, spacing):
        decimals = max(0, -math.floor(math.log10(spacing))) if spacing > 0 else 0
        return [f"{value * scale:,.{decimals}f}" for value in values]

    def boundingRect(self) -> QRectF:
        # With a grid shown pyqtgraph clips the tick text to the axis and the plot: let the "0"
        # at the origin, centred on the axis's left end, reach out under the bar labels.
        return super().boundingRect().adjusted(-ORIGIN_LABEL_PX, 0, 0, 0)


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


class LegendBlock(pg.GraphicsWidget):
    """Legend entries (a swatch and its words) flowing into as many lines as the width needs."""

    heightChanged = Signal()  # the width changed how many lines the entries take

    def __init__(self, font: QFont, colours: ChartColours):
        super().__init__()
        self._font, self._colours = font, colours
        metrics = QFontMetricsF(font)
        self._swatch = QSizeF(metrics.height() * 1.8, metrics.height())
        self._gap = metrics.averageCharWidth()
        self._entries: list[tuple[LegendSwatch, QGraphicsTextItem]] = []

    def set_entries(self, entries: list[tuple[BarLook, str]]) -> None:
        """Show ``entries``, replacing those shown."""
        for swatch, text in self._entries:
            swatch.setParentItem(None)
            text.setParentItem(None)
            if self.scene() is not None:
                self.scene().removeItem(swatch)
                self.scene().removeItem(text)
        self._entries = [self._entry(look, words) for look, words in entries]
        self.setPreferredWidth(sum(self._entry_width(entry) for entry in self._entries))
        self.setMinimumWidth(1.0)
        self._flow()

    def texts(self) -> list[str]:
        """The entries' words, in order."""
        return [text.toPlainText() for _, text in self._entries]

    def _entry(self, look: BarLook, words: str) -> tuple[LegendSwatch, QGraphicsTextItem]:
        swatch = LegendSwatch(look, self._colours, self._swatch)
        swatch.setParentItem(self)
        text = QGraphicsTextItem(self)
        text.setFont(self._font)
        text.setDefaultTextColor(self._colours.text)
        text.setPlainText(words)  # never rich text
        return swatch, text

    def _entry_width(self, entry: tuple[LegendSwatch, QGraphicsTextItem]) -> float:
        _, text = entry
        text.setTextWidth(-1)
        return self._swatch.width() + text.boundingRect().width() + 2 * self._gap

    def resizeEvent(self, event) -> None:
        self._flow()

    def _flow(self) -> None:
        """Place the entries left to right, starting a new line when one would not fit."""
        width = max(self.size().width(), 1.0)
        x = y = line_height = 0.0
        for entry in self._entries:
            swatch, text = entry
            needed = self._entry_width(entry)
            if x > 0 and x + needed > width:
                x, y, line_height = 0.0, y + line_height, 0.0
            room = width - x - self._swatch.width() - self._gap
            if text.boundingRect().width() > room:
                text.setTextWidth(max(room, self._swatch.width()))
            text_height = text.boundingRect().height()
            swatch.setPos(x, y + (text_height - self._swatch.height()) / 2)
            text.setPos(x + self._swatch.width() + self._gap / 2, y)
            x += needed
            line_height = max(line_height, text_height)
        height = y + line_height
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.heightChanged.emit()


class TextBlock(pg.GraphicsWidget):
    """Plain text that wraps to the width the layout gives it (titles, legend entries, source)."""

    heightChanged = Signal()  # the width changed how many lines the text takes

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
            self.heightChanged.emit()
