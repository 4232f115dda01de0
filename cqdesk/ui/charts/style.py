"""Chart colours from the Okabe–Ito palette, chosen for a light or dark window, and the bar look."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen

from cqdesk.store.records import Chart
from cqdesk.ui.charts.text import tr

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency. Blue reads on white, sky blue on black; orange and vermillion mark the selection.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

DERIVED_FILL_SHARE = 0.3
# A bar outside the filters turns neutral grey, as the tree greys places without facts: a
# different hue from every live bar, so it cannot be read as a derived (pale blue) one.
DIMMED_GREY_SHARE = 0.45  # of the text colour over the background
DIMMED_FILL_SHARE = 0.35  # of that grey in a dimmed reported bar's fill
MIN_TEXT_CONTRAST = 4.5  # WCAG 2 AA for body text


@dataclass(frozen=True)
class ChartColours:
    """The colours of one chart drawing, all taken from the widget's current palette."""

    background: QColor
    text: QColor
    muted_text: QColor
    bar: QColor
    second: QColor  # the second series of a comparison chart
    highlight: QColor
    dark: bool
    dimmed: QColor
    dimmed_text: QColor


def chart_colours(palette: QPalette) -> ChartColours:
    """Colours for ``palette``: a dark window gets the lighter hues of the same palette."""
    background = palette.color(QPalette.ColorRole.Base)
    dark = background.lightness() < 128
    text = palette.color(QPalette.ColorRole.Text)
    return ChartColours(
        background=background,
        text=text,
        muted_text=readable_muted(palette.color(QPalette.ColorRole.PlaceholderText), background),
        bar=QColor(OKABE_ITO["sky_blue" if dark else "blue"]),
        second=QColor(OKABE_ITO["reddish_purple" if dark else "bluish_green"]),
        highlight=QColor(OKABE_ITO["orange" if dark else "vermillion"]),
        dark=dark,
        dimmed=_blend(text, background, DIMMED_GREY_SHARE),
        dimmed_text=readable_muted(_blend(text, background, 0.6), background, text),
    )


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of ``colour`` (0 black, 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in colour.getRgbF()[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_muted(colour: QColor, background: QColor, toward: QColor | None = None) -> QColor:
    """``colour``, moved toward ``toward`` (black or white by default) until it reads on ``background``."""
    if toward is None:
        toward = QColor("white" if background.lightness() < 128 else "black")
    share = 0.0
    readable = colour
    while contrast_ratio(readable, background) < MIN_TEXT_CONTRAST and share < 1.0:
        share += 0.05
        readable = _blend(toward, colour, share)
    return readable


@dataclass(frozen=True)
class BarLook:
    """How one bar is drawn: the honest marks and the interaction state."""

    derived: bool = False
    lower_bound: bool = False
    current: bool = False
    dimmed: bool = False
    series: int = 0  # a comparison chart's second series (China beside Chongqing) is 1


def bar_colour(look: BarLook, colours: ChartColours) -> QColor:
    """The hue of a bar: its series', or grey when the filters leave its fact out."""
    if look.dimmed:
        return colours.dimmed
    return colours.second if look.series else colours.bar


def bar_pen(look: BarLook, colours: ChartColours) -> QPen:
    """The outline: dashed for a derived value, thick and in the highlight colour when selected."""
    colour = colours.highlight if look.current else bar_colour(look, colours)
    pen = QPen(colour, 3.0 if look.current else 1.5)
    pen.setCosmetic(True)  # bars live in data coordinates; the outline must stay in pixels
    if look.derived:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def bar_fill(look: BarLook, colours: ChartColours) -> QBrush:
    """The fill: solid for a reported value, faint for a derived one (its outline carries it)."""
    colour = bar_colour(look, colours)
    if look.derived:
        return QBrush(_blend(colour, colours.background, DERIVED_FILL_SHARE))
    if look.dimmed:
        return QBrush(_blend(colour, colours.background, DIMMED_FILL_SHARE))
    return QBrush(colour)


def _blend(colour: QColor, under: QColor, share: float) -> QColor:
    """``colour`` laid over ``under`` at ``share`` opacity, as an opaque colour (no grid shows through)."""
    return QColor.fromRgbF(
        *(
            share * a + (1 - share) * b
            for a, b in zip(colour.getRgbF()[:3], under.getRgbF()[:3], strict=True)
        )
    )


HATCH_SPACING_PX = 7.0


def hatch_lines(device_rect: QRectF, spacing: float = HATCH_SPACING_PX) -> list[QLineF]:
    """Diagonal lines (/) filling ``device_rect``, ``spacing`` pixels apart, in device pixels."""
    lines = []
    left, top, right, bottom = (
        device_rect.left(),
        device_rect.top(),
        device_rect.right(),
        device_rect.bottom(),
    )
    offset = left + top + spacing / 2
    while offset < right + bottom:
        x1, x2 = max(left, offset - bottom), min(right, offset - top)
        if x1 < x2:
            lines.append(QLineF(QPointF(x1, offset - x1), QPointF(x2, offset - x2)))
        offset += spacing
    return lines


def _paint_hatching(painter: QPainter, rect: QRectF, look: BarLook, colours: ChartColours) -> None:
    # Laid out in device pixels so the lines stay at 45 degrees in a stretched data view, and
    # drawn as lines rather than a pattern brush, which SVG would stretch with the view.
    to_device = painter.transform()
    to_item, invertible = to_device.inverted()
    if not invertible:
        return
    pen = QPen(bar_colour(look, colours) if look.derived else colours.background, 1.5)
    pen.setCosmetic(True)
    painter.setPen(pen)
    for line in hatch_lines(to_device.mapRect(rect)):
        painter.drawLine(to_item.map(line))


def paint_bar(painter: QPainter, rect: QRectF, look: BarLook, colours: ChartColours) -> None:
    """Paint a bar (or a legend sample) in ``rect``, in whatever coordinates the painter uses."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bar_fill(look, colours))
    painter.drawRect(rect)
    if look.lower_bound:
        _paint_hatching(painter, rect, look, colours)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(bar_pen(look, colours))
    painter.drawRect(rect)


def legend_entries(chart: Chart) -> list[tuple[BarLook, str]]:
    """The looks ``chart`` uses, each with the words that explain it."""
    entries = []
    if any(
        bar.kind in ("reported", "statement") and bar.qualifier != "lower_bound"
        for bar in chart.bars
    ):
        entries.append((BarLook(), tr("Reported in the source")))
    elif any(bar.kind == "reference" for bar in chart.bars):
        entries.append((BarLook(), tr("Published figure, cited")))
    if any(bar.kind == "derived" for bar in chart.bars):
        entries.append((BarLook(derived=True), tr("Derived: computed from reported figures")))
    if any(bar.qualifier == "lower_bound" for bar in chart.bars):
        entries.append((BarLook(lower_bound=True), tr("≥ Lower bound: at least this much")))
    return entries
