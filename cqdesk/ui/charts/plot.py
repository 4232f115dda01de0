"""The drawing of one bar chart: title, horizontal bars with their printed values, legend, source."""

from __future__ import annotations

import html
import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from cqdesk.store.records import Chart, ChartBar
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import line
from cqdesk.ui.charts.items import BarItem, LegendBlock, TextBlock, ValueAxis
from cqdesk.ui.charts.style import BarLook, ChartColours, bar_colour, legend_entries
from cqdesk.ui.charts.text import (
    axis_scale,
    bar_label,
    bar_tooltip_lines,
    bar_value_text,
    chart_summary,
    chart_title,
    tr,
)

LABEL_GAP_PX = 6.0  # between a bar's end and its value
ARROW_PX = 10.0  # the "and more" arrow after a lower bound
MAX_LEFT_AXIS_PX = 320.0
LEFT_AXIS_SHARE = 0.45  # of the view's width at most, so a narrow pane keeps room for bars
MIN_ROW_PX = 18.0  # the least height of one bar's row, so labels never overlap

_PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
_NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)


class ChartView(pg.GraphicsLayoutWidget):
    """Draws one chart; the pane decides which chart, which fact is current and which are hidden.

    It asks for the height its bars need (a scroll area around it scrolls), lets the keyboard walk
    the bars, and asks for a context menu at a point (global coordinates) with ``contextMenuWanted``.
    """

    contextMenuWanted = Signal(QPoint)
    cursorMoved = Signal(QRectF)  # the keyboard's bar, in view coordinates, to scroll into sight

    def __init__(self, on_bar_clicked: Callable[[str], None], parent=None):
        super().__init__(parent)
        self._on_bar_clicked = on_bar_clicked
        self._bars: list[BarItem] = []
        self._labels: list[pg.TextItem] = []
        self._arrows: dict[str, pg.ArrowItem] = {}
        self._plot: pg.PlotItem | None = None
        self._legend: LegendBlock | None = None
        self._legend_entries: list[tuple[BarLook, str]] = []
        self._colours: ChartColours | None = None
        self._visible_ids: set[str] | None = None
        self._marker: QGraphicsRectItem | None = None
        self._cursor = -1
        self._axis_width = 0.0
        self._title = ""
        self._summary = ""
        self._tick_labels: list[str] = []
        self.setAccessibleName(tr("Chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._height_timer = QTimer(self)
        self._height_timer.setSingleShot(True)
        self._height_timer.setInterval(0)
        self._height_timer.timeout.connect(self._apply_height)

    def bars(self) -> list[BarItem]:
        """The bars drawn, top to bottom."""
        return list(self._bars)

    def value_labels(self) -> list[pg.TextItem]:
        """The value labels at the bar ends, top to bottom."""
        return list(self._labels)

    def tick_labels(self) -> list[str]:
        """The words beside the bars, top to bottom (a comparison chart's "group: series")."""
        return list(self._tick_labels)

    def legend_texts(self) -> list[str]:
        """The legend's entries, in order."""
        return self._legend.texts() if self._legend is not None else []

    def visible_facts(self) -> set[str] | None:
        """The facts last given to ``set_visible`` (None: nothing greyed)."""
        return self._visible_ids

    def plot_item(self) -> pg.PlotItem | None:
        """The plot holding the bars, or None when nothing is drawn."""
        return self._plot

    def title(self) -> str:
        """The drawn chart's title."""
        return self._title

    def focus_marker(self) -> QGraphicsRectItem | None:
        """The dotted frame around the keyboard's bar, or None when nothing is drawn."""
        return self._marker

    def cursor_bar(self) -> BarItem | None:
        """The bar the keyboard is on, or None."""
        return self._bars[self._cursor] if 0 <= self._cursor < len(self._bars) else None

    # How this kind of chart lays out its bars; a drawing of another kind overrides these.

    def bar_rows(self, chart: Chart) -> list[float]:
        """Where each bar sits on the category axis (0 at the top): one row each, in order."""
        return [float(row) for row in range(len(chart.bars))]

    def bar_labels(self, chart: Chart) -> list[str]:
        """The words beside each bar: its own label."""
        return [bar_label(bar) for bar in chart.bars]

    def bar_series(self, chart: Chart, bar: ChartBar) -> int:
        """Which colour series a bar is drawn in (0: the palette's bar colour)."""
        return 0

    def legend(self, chart: Chart) -> list[tuple[BarLook, str]]:
        """The legend's entries: each look the chart uses, with the words that explain it."""
        return legend_entries(chart)

    def clear_chart(self) -> None:
        """Draw nothing."""
        self.ci.clear()
        self._title = self._summary = ""
        self.setAccessibleName(tr("Chart"))
        self.setAccessibleDescription(tr("No chart is drawn."))
        self._bars, self._labels, self._arrows, self._plot = [], [], {}, None
        self._legend, self._legend_entries, self._marker, self._cursor = None, [], None, -1
        self.setMinimumHeight(0)

    def describe(self, chart: Chart, source_text: str) -> None:
        """Name and describe ``chart`` for a screen reader, as a sighted reader would see it.

        Cheap, so a hidden pane whose drawing waits until it is shown still tells a screen
        reader which chart it holds."""
        self._title = chart_title(chart)
        self._summary = chart_summary(chart, source_text)
        self.setAccessibleName(line(self._title))
        self.setAccessibleDescription(self._summary)

    def draw(self, chart: Chart, source_text: str, colours: ChartColours) -> None:
        """Draw ``chart`` (already checked to be drawable) in ``colours``."""
        self.clear_chart()
        self._colours = colours
        self.describe(chart, source_text)
        self._tick_labels = self.bar_labels(chart)
        self.setBackground(colours.background)
        font = self.font()
        self._add_text(
            0, TextBlock(line(self._title), _scaled_font(font, 1.25, bold=True), colours.text)
        )
        values = [bar.value for bar in chart.bars]
        factor, axis_title = axis_scale(chart.unit, values, chart.unit_zh)
        self._plot = self._add_plot(chart, factor, axis_title, colours)
        self._axis_width = 0.0
        self._fit_label_axis()
        self._legend = LegendBlock(font, colours)
        self._legend_entries = self.legend(chart)
        self._legend.set_entries(self._legend_entries)
        self._add_text(2, self._legend)
        self._add_text(3, TextBlock(source_text, _scaled_font(font, 0.9), colours.muted_text))
        self.ci.layout.setRowStretchFactor(1, 1)  # the bars take the height the text does not need
        # Refilled, the layout shrinks to its preferred size; the view only restores it on a resize.
        self.ci.setGeometry(self.range)
        self._fit()

    def _add_text(self, row: int, block: TextBlock | LegendBlock) -> None:
        self.ci.addItem(block, row=row, col=0)
        # Rewrapped to a new width, the words may need more or fewer lines: ask again.
        block.heightChanged.connect(self._ask_for_height)

    def _add_plot(
        self, chart: Chart, factor: float, axis_title: str, colours: ChartColours
    ) -> pg.PlotItem:
        plot = self.ci.addPlot(row=1, col=0, axisItems={"bottom": ValueAxis("bottom")})
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=True, y=False, alpha=0.25)
        box = plot.getViewBox()
        box.invertY(True)
        rows = self.bar_rows(chart)
        box.setMinimumHeight((max(rows) + 1) * self._row_px())
        box.sigResized.connect(self._fit)
        self._style_axes(plot, axis_title, colours)
        for row, bar in zip(rows, chart.bars, strict=True):
            series = self.bar_series(chart, bar)
            self._add_bar(plot, bar, row, bar.value / factor, colours, series)
        plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(colours.text, width=1)))
        self._marker = self._add_marker(plot, colours)
        return plot

    def _row_px(self) -> float:
        return max(MIN_ROW_PX, QFontMetricsF(self.font()).height() * 1.2)

    def _style_axes(self, plot: pg.PlotItem, axis_title: str, colours: ChartColours) -> None:
        left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
        for axis in (left, bottom):
            axis.setPen(colours.text)
            axis.setTextPen(colours.text)
            axis.setTickFont(self.font())
        left.setStyle(tickLength=0)
        bottom.enableAutoSIPrefix(False)
        bottom.setStyle(maxTickLevel=0)  # grid lines only at labelled ticks
        bottom.setZValue(-1)  # and under the bars, not across them
        bottom.setLabel(html.escape(axis_title), color=colours.text.name())

    def _fit_label_axis(self) -> None:
        """Give the bar labels the room they need, up to a share of the view; elide the rest."""
        if self._plot is None:
            return
        metrics = QFontMetricsF(self.font())
        labels = [line(label) for label in self._tick_labels]
        widest = math.ceil(max(metrics.horizontalAdvance(label) for label in labels)) + 16
        width = float(min(widest, MAX_LEFT_AXIS_PX, max(int(self.width() * LEFT_AXIS_SHARE), 60)))
        if width == self._axis_width:
            return
        self._axis_width = width
        # A bar's tooltip tells the whole label.
        shown = [
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 16) for label in labels
        ]
        left = self._plot.getAxis("left")
        left.setTicks(
            [[(item.row, text) for item, text in zip(self._bars, shown, strict=True)], []]
        )
        left.setWidth(int(width))

    def _add_bar(
        self,
        plot: pg.PlotItem,
        bar,
        row: float,
        length: float,
        colours: ChartColours,
        series: int = 0,
    ) -> None:
        item = BarItem(bar, row, length, colours, self._on_bar_clicked, series)
        plot.addItem(item)
        self._bars.append(item)
        label = pg.TextItem(
            bar_value_text(bar), color=colours.text, anchor=(0 if length >= 0 else 1, 0.5)
        )
        label.setFont(self.font())
        plot.addItem(label)
        self._labels.append(label)
        if item.look.lower_bound:
            # The arrow points on past the bar's end: the true value is at least this long.
            arrow = pg.ArrowItem(
                angle=180 if length >= 0 else 0,
                headLen=ARROW_PX,
                tailLen=None,
                pen=pg.mkPen(colours.bar),
                brush=colours.bar,
            )
            plot.addItem(arrow)
            self._arrows[bar.fact_id] = arrow

    def _add_marker(self, plot: pg.PlotItem, colours: ChartColours) -> QGraphicsRectItem:
        """The dotted frame around the keyboard's bar, shown while the view has focus."""
        marker = QGraphicsRectItem()
        pen = QPen(colours.text, 1.5, Qt.PenStyle.DotLine)
        pen.setCosmetic(True)
        marker.setPen(pen)
        marker.setZValue(2)
        marker.setVisible(False)
        plot.addItem(marker, ignoreBounds=True)
        return marker

    def _label_width(self, label: pg.TextItem, lower_bound: bool) -> float:
        width = label.textItem.boundingRect().width() + LABEL_GAP_PX
        return width + (ARROW_PX + LABEL_GAP_PX if lower_bound else 0.0)

    def _fit(self) -> None:
        """Set the value range so every value label fits beside its bar, then place the labels."""
        if self._plot is None:
            return
        box = self._plot.getViewBox()
        pixels = max(box.width(), 1.0)
        needs = [
            (item.length, self._label_width(label, item.look.lower_bound))
            for item, label in zip(self._bars, self._labels, strict=True)
        ]
        low = min(0.0, *(length for length, _ in needs))
        high = max(0.0, *(length for length, _ in needs))
        span = (high - low) or 1.0
        for _ in range(10):  # a fixed point: the labels' room depends on the scale they set
            per_px = span / pixels
            high_end = max([0.0] + [n + w * per_px for n, w in needs if n >= 0])
            low_end = min([0.0] + [n - w * per_px for n, w in needs if n < 0])
            span = max(high_end - low_end, (high - low) * 1.05, 1e-12)
        box.setXRange(low_end, high_end, padding=0)
        rows = [item.row for item in self._bars]
        box.setYRange(min(rows) - 0.5, max(rows) + 0.5, padding=0)
        self._place_labels(span / pixels)
        self._place_marker()
        self._ask_for_height()

    def _ask_for_height(self) -> None:
        """Soon ask for the height the texts and the bars' least rows need; a scroll area gives it."""
        # Not at once: this runs inside layouts and paints, and a new least height resizes the view.
        self._height_timer.start()

    def least_height(self) -> int:
        """The height the chart needs at its width: its texts and the least rows of its bars."""
        return math.ceil(self.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).height())

    def _apply_height(self) -> None:
        least = self.least_height()
        if least != self.minimumHeight():
            self.setMinimumHeight(least)
        # The layout was held at its old least height when the view last resized: refit it.
        if self.ci.geometry() != self.range:
            self.ci.setGeometry(self.range)

    def _place_labels(self, per_px: float) -> None:
        for item, label in zip(self._bars, self._labels, strict=True):
            sign = 1.0 if item.length >= 0 else -1.0
            offset = LABEL_GAP_PX
            arrow = self._arrows.get(item.bar.fact_id)
            if arrow is not None:
                arrow.setPos(item.length + sign * (LABEL_GAP_PX + ARROW_PX) * per_px, item.row)
                offset += ARROW_PX + LABEL_GAP_PX
            label.setPos(item.length + sign * offset * per_px, item.row)

    def _place_marker(self) -> None:
        bar = self.cursor_bar()
        if self._marker is None or bar is None:
            return
        (left, right), _ = self._plot.getViewBox().viewRange()
        self._marker.setRect(QRectF(left, bar.row - 0.5, right - left, 1.0))
        self._marker.setVisible(self.hasFocus())

    def set_current(self, fact_id: str | None) -> None:
        """Highlight the bar of ``fact_id`` (none when None or not in this chart)."""
        for row, (item, label) in enumerate(zip(self._bars, self._labels, strict=True)):
            current = item.bar.fact_id == fact_id
            item.set_current(current)
            self._style_label(item, label)
            if current:
                self._cursor = row  # the keyboard goes on from the selected bar
        self._fit()

    def set_visible(self, fact_ids: set[str] | None) -> None:
        """Grey the bars whose facts are not in ``fact_ids``, and say so in the legend; None: none."""
        self._visible_ids = fact_ids
        if self._colours is None:
            return
        for item, label in zip(self._bars, self._labels, strict=True):
            dimmed = fact_ids is not None and item.bar.fact_id not in fact_ids
            item.set_dimmed(dimmed)
            label.setColor(self._colours.dimmed_text if dimmed else self._colours.text)
            self._style_label(item, label)
            arrow = self._arrows.get(item.bar.fact_id)
            if arrow is not None:
                colour = bar_colour(item.look, self._colours)
                arrow.setStyle(pen=pg.mkPen(colour), brush=colour)
        entries = list(self._legend_entries)
        if any(item.is_dimmed() for item in self._bars):
            entries.append((BarLook(dimmed=True), tr("Outside the current filters")))
        if self._legend is not None and self._legend.texts() != [text for _, text in entries]:
            self._legend.set_entries(entries)

    def _style_label(self, item: BarItem, label: pg.TextItem) -> None:
        """Bold for the selected bar's value, italic for one outside the filters: not colour alone."""
        font = QFont(self.font())
        font.setBold(item.look.current)
        font.setItalic(item.is_dimmed())
        label.setFont(font)

    # The keyboard: arrows walk the bars, Enter or Space selects the bar's fact.

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self._bars and key in (*_PREVIOUS_KEYS, *_NEXT_KEYS, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move_cursor(key)
            event.accept()
        elif self.cursor_bar() is not None and key in _ACTIVATE_KEYS:
            self._on_bar_clicked(self.cursor_bar().bar.fact_id)
            event.accept()
        else:
            event.ignore()  # the scroll area and the window have their own keys

    def _move_cursor(self, key: Qt.Key) -> None:
        last = len(self._bars) - 1
        if key == Qt.Key.Key_Home:
            row = 0
        elif key == Qt.Key.Key_End:
            row = last
        elif self._cursor < 0:
            row = 0
        else:
            row = self._cursor + (-1 if key in _PREVIOUS_KEYS else 1)
        self._set_cursor(min(max(row, 0), last))

    def _set_cursor(self, row: int) -> None:
        self._cursor = row
        self._place_marker()
        bar = self.cursor_bar()
        if bar is None:
            return
        # The bar under the keyboard first, then what the whole chart shows.
        place = fill(tr("Bar %1 of %2."), str(row + 1), str(len(self._bars)))
        if bar.is_dimmed():
            place = f"{tr('Outside the current filters')}. {place}"
        self.setAccessibleDescription(
            f"{', '.join(bar_tooltip_lines(bar.bar))}. {place} {self._summary}"
        )
        band = QRectF(bar.rect().left(), bar.row - 0.5, bar.rect().width(), 1.0)
        self.cursorMoved.emit(QRectF(self.mapFromScene(bar.mapToScene(band)).boundingRect()))

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._bars:
            self._set_cursor(max(self._cursor, 0))
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self._marker is not None:
            self._marker.setVisible(False)
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus() and self._colours is not None:
            # A frame in the highlight colour says where the keys go.
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self._colours.highlight, 2.0))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
            painter.end()

    def contextMenuEvent(self, event) -> None:
        bar = self.cursor_bar()
        if event.reason() == event.Reason.Keyboard and bar is not None:
            point = self.mapFromScene(bar.mapToScene(bar.rect().center()))
        else:
            point = event.pos()
        self.contextMenuWanted.emit(self.viewport().mapToGlobal(point))
        event.accept()

    def resizeEvent(self, event) -> None:
        if hasattr(self, "_plot"):  # pyqtgraph resizes the view while it is being constructed
            self._fit_label_axis()
        super().resizeEvent(event)

    def wheelEvent(self, event) -> None:
        event.ignore()  # nothing here zooms; the scroll area around the view scrolls


def _scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:  # a platform font given in pixels keeps its unit
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    scaled.setBold(bold)
    return scaled
