"""The colours and fonts one drawing of the map uses, taken from the widget's palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette

from cqdesk.ui.map.scale import fill, is_dark, neutral

SELECTED_OUTLINE = 4.0  # the current filter's tile: a thick frame, not a colour
THIN_OUTLINE = 1.0


@dataclass(frozen=True)
class MapLook:
    """Background, text, the no-facts fill and the selection colour for one palette."""

    palette: QPalette
    background: QColor
    text: QColor
    muted: QColor
    empty: QColor
    selection: QColor
    hatch: QColor

    def step_fill(self, index: int, steps: int) -> QColor:
        return fill(index, steps, self.palette)


def map_look(palette: QPalette) -> MapLook:
    """The look for ``palette`` (light or dark)."""
    text = palette.color(QPalette.ColorRole.Text)
    background = palette.color(QPalette.ColorRole.Base)
    muted = QColor(text)
    muted.setAlphaF(0.55)
    # Orange on dark, vermillion on light (Okabe–Ito), as the charts mark their selection.
    selection = QColor("#E69F00" if is_dark(palette) else "#D55E00")
    hatch = QColor(text)
    hatch.setAlphaF(0.3)
    return MapLook(palette, background, text, muted, neutral(palette), selection, hatch)


def scene_font(pixels: int, bold: bool = False) -> QFont:
    """A font sized in scene units, so the map scales as one picture."""
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
