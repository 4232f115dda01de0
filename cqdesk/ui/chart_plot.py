"""The drawing of one bar chart: title, horizontal bars with their printed values, legend, source."""

from __future__ import annotations

import html
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSizeF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from cqdesk.store.records import Chart
from cqdesk.ui.chart_items import BarItem, LegendSwatch, TextBlock, ValueAxis
from cqdesk.ui.chart_style import DIMMED_OPACITY, BarLook, ChartColours
from cqdesk.ui.chart_text import axis_scale, bar_value_text, tr

LABEL_GAP_PX = 6.0  # between a bar's end and its value
ARROW_PX = 10.0  # the "and more" arrow after a lower bound
MAX_LEFT_AXIS_PX = 320.0


class ChartView(pg.GraphicsLayoutWidget):
    """Draws one chart; the pane decides which chart, which fact is current and which are hidden."""

    def __init__(self, on_bar_clicked: Callable[[str], None], parent=None):
        super().__init__(parent)
        self._on_bar_clicked = on_bar_clicked
        self._bars: list[BarItem] = []
        self._labels: list[pg.TextItem] = []
        self._arrows: dict[str, pg.ArrowItem] = {}
        self._plot: pg.PlotItem | None = None
        self._title = ""
        self._legend: list[str] = []
        self.setAccessibleName(tr("Chart"))

    def bars(self) -> list[BarItem]:
        """The bars drawn, top to bottom."""
        return list(self._bars)

    def value_labels(self) -> list[pg.TextItem]:
        """The value labels at the bar ends, top to bottom."""
        return list(self._labels)

    def legend_texts(self) -> list[str]:
        """The legend's entries, in order."""
        return list(self._legend)

    def plot_item(self) -> pg.PlotItem | None:
        """The plot holding the bars, or None when nothing is drawn."""
        return self._plot

    def clear_chart(self) -> None:
        """Draw nothing."""
        self.ci.clear()
        self._bars, self._labels, self._arrows, self._plot = [], [], {}, None
        self._legend = []

    def draw(self, chart: Chart, source_text: str, colours: ChartColours) -> None:
        """Draw ``chart`` (already checked to be drawable) in ``colours``."""
        self.clear_chart()
        self._title = chart.title
        self.setBackground(colours.background)
        font = self.font()
        self.ci.addItem(
            TextBlock(chart.title, _scaled_font(font, 1.25, bold=True), colours.text), row=0, col=0
        )
        factor, axis_title = axis_scale(chart.unit, [bar.value for bar in chart.bars])
        self._plot = self._add_plot(chart, factor, axis_title, colours)
        self._add_legend(chart, colours, font)
        self.ci.addItem(
            TextBlock(source_text, _scaled_font(font, 0.9), colours.muted_text), row=3, col=0
        )
        self.ci.layout.setRowStretchFactor(1, 1)  # the bars take the height the text does not need
        # Refilled, the layout shrinks to its preferred size; the view only restores it on a resize.
        self.ci.setGeometry(self.range)
        self._fit()

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
        box.sigResized.connect(self._fit)
        self._style_axes(plot, chart, axis_title, colours)
        for row, bar in enumerate(chart.bars):
            self._add_bar(plot, bar, row, bar.value / factor, colours)
        plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(colours.text, width=1)))
        return plot

    def _style_axes(
        self, plot: pg.PlotItem, chart: Chart, axis_title: str, colours: ChartColours
    ) -> None:
        left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
        for axis in (left, bottom):
            axis.setPen(colours.text)
            axis.setTextPen(colours.text)
            axis.setTickFont(self.font())
        left.setTicks([[(row, bar.label) for row, bar in enumerate(chart.bars)], []])
        left.setStyle(tickLength=0)
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(bar.label) for bar in chart.bars)
        left.setWidth(int(min(widest + 16, MAX_LEFT_AXIS_PX)))
        bottom.enableAutoSIPrefix(False)
        bottom.setStyle(maxTickLevel=0)  # grid lines only at labelled ticks
        bottom.setZValue(-1)  # and under the bars, not across them
        bottom.setLabel(html.escape(axis_title), color=colours.text.name())

    def _add_bar(
        self, plot: pg.PlotItem, bar, row: int, length: float, colours: ChartColours
    ) -> None:
        item = BarItem(bar, row, length, colours, self._on_bar_clicked)
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

    def _add_legend(self, chart: Chart, colours: ChartColours, font: QFont) -> None:
        entries = []
        if any(bar.kind != "derived" and bar.qualifier != "lower_bound" for bar in chart.bars):
            entries.append((BarLook(), tr("Reported in the source")))
        if any(bar.kind == "derived" for bar in chart.bars):
            entries.append((BarLook(derived=True), tr("Derived: computed from reported figures")))
        if any(bar.qualifier == "lower_bound" for bar in chart.bars):
            entries.append((BarLook(lower_bound=True), tr("≥ Lower bound: at least this much")))
        legend = self.ci.addLayout(row=2, col=0)
        side = QFontMetricsF(font).height()
        for look, text in entries:
            legend.addItem(LegendSwatch(look, colours, QSizeF(side * 1.8, side)))
            legend.addItem(TextBlock(text, font, colours.text, min_width=60.0))
            self._legend.append(text)
        legend.layout.setColumnStretchFactor(
            2 * len(entries) - 1, 1
        )  # entries close up on the left

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
        box.setYRange(-0.5, len(self._bars) - 0.5, padding=0)
        self._place_labels(span / pixels)

    def _place_labels(self, per_px: float) -> None:
        for item, label in zip(self._bars, self._labels, strict=True):
            sign = 1.0 if item.length >= 0 else -1.0
            offset = LABEL_GAP_PX
            arrow = self._arrows.get(item.bar.fact_id)
            if arrow is not None:
                arrow.setPos(item.length + sign * (LABEL_GAP_PX + ARROW_PX) * per_px, item.row)
                offset += ARROW_PX + LABEL_GAP_PX
            label.setPos(item.length + sign * offset * per_px, item.row)

    def set_current(self, fact_id: str | None) -> None:
        """Highlight the bar of ``fact_id`` (none when None or not in this chart)."""
        for item, label in zip(self._bars, self._labels, strict=True):
            current = item.bar.fact_id == fact_id
            item.set_current(current)
            font = QFont(self.font())
            font.setBold(current)
            label.setFont(font)
        self._fit()

    def set_visible(self, fact_ids: set[str] | None) -> None:
        """Dim the bars whose facts are not in ``fact_ids``; None dims none."""
        for item, label in zip(self._bars, self._labels, strict=True):
            dimmed = fact_ids is not None and item.bar.fact_id not in fact_ids
            item.set_dimmed(dimmed)
            label.setOpacity(DIMMED_OPACITY if dimmed else 1.0)
            arrow = self._arrows.get(item.bar.fact_id)
            if arrow is not None:
                arrow.setOpacity(DIMMED_OPACITY if dimmed else 1.0)

    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole chart (title and source line included) as an image, ``scale`` times its size."""
        source = self.ci.sceneBoundingRect()
        image = QImage((source.size() * scale).toSize(), QImage.Format.Format_ARGB32)
        # Scaled as a high-dpi screen is, so pixel-sized marks (arrows, hatching) scale too.
        image.setDevicePixelRatio(scale)
        image.fill(self.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        return image

    def svg_bytes(self) -> bytes:
        """The whole chart (title and source line included) as an SVG document."""
        # Rendered with Qt's own generator: pyqtgraph 0.14's SVG exporter fails on the closed
        # paths Qt 6.11 writes for clipped views ("... Z").
        source = self.ci.sceneBoundingRect()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(self._title)
        # pyqtgraph's axes replay recorded pictures, which Qt rescales to a device of another dpi.
        generator.setResolution(round(self.logicalDpiX()))
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), self.backgroundBrush())
        self.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        return buffer.data().data()


def _scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * factor)
    scaled.setBold(bold)
    return scaled
