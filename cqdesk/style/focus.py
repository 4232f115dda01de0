"""The focus ring's colours and a palette whose text, selections and marks all read (WCAG 2.2 AA).

Text needs 4.5:1 against what it is drawn on; a focus indicator and other marks need 3:1
against what is next to them. The platform palette is kept wherever it already meets these
(a high-contrast theme does); only what falls short is darkened or lightened, hue kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

from cqdesk.style.highlights import contrast, mix

TEXT_CONTRAST = 4.5  # WCAG 1.4.3, body text
MARK_CONTRAST = 3.0  # WCAG 1.4.11 and 2.4.13: focus indicators, chart marks, large text
FOCUS_WIDTH = 2  # logical pixels: WCAG 2.4.13 asks for at least a 2 px perimeter
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
_BLACK, _WHITE = QColor(0, 0, 0), QColor(255, 255, 255)
Role = QPalette.ColorRole


@dataclass(frozen=True)
class FocusColours:
    """The ring (3:1 on the window and on the page) and a thin edge inside it in the page colour."""

    ring: QColor
    edge: QColor


def _reads(colour: QColor, against: list[QColor], least: float) -> bool:
    return min(contrast(colour, other) for other in against) >= least


def _toward_contrast(colour: QColor, against: list[QColor], least: float) -> QColor:
    """``colour`` moved the least way toward black or white until it reads on all ``against``."""
    if _reads(colour, against, least):
        return colour
    for step in range(1, 21):
        for target in (_BLACK, _WHITE):
            moved = mix(colour, target, step / 20)
            if _reads(moved, against, least):
                return moved
    return max((_BLACK, _WHITE), key=lambda end: min(contrast(end, c) for c in against))


def focus_colours(palette: QPalette) -> FocusColours:
    """The highlight colour when it stands out 3:1 from window and page; else the text colour."""
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    ring = palette.color(Role.Highlight)
    if min(contrast(ring, window), contrast(ring, base)) < MARK_CONTRAST:
        ring = _toward_contrast(ring, [window, base], MARK_CONTRAST)
    return FocusColours(ring=ring, edge=base)


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with selections, links and placeholder text at 4.5:1, everything else kept."""
    result = QPalette(palette)
    for group in _GROUPS:
        base = palette.color(group, Role.Base)
        text = palette.color(group, Role.HighlightedText)
        highlight = palette.color(group, Role.Highlight)
        # A selection's text must read on it; move the selection colour, never the text.
        result.setColor(group, Role.Highlight, _toward_contrast(highlight, [text], TEXT_CONTRAST))
        for link in (Role.Link, Role.LinkVisited):  # the detail pane's links
            colour = palette.color(group, link)
            result.setColor(group, link, _toward_contrast(colour, [base], TEXT_CONTRAST))
        placeholder = palette.color(group, Role.PlaceholderText)
        opaque = mix(base, QColor(placeholder.rgb()), placeholder.alphaF())
        result.setColor(
            group, Role.PlaceholderText, _toward_contrast(opaque, [base], TEXT_CONTRAST)
        )
    return result


def muted_text(palette: QPalette) -> QColor:
    """Softer text for what matters less (a place without facts), still at 4.5:1 on the page.

    A palette's disabled text is often 2:1 or less; a place without facts is still a choice.
    """
    return QColor.fromRgba(
        _muted_rgba(palette.color(Role.Base).rgba(), palette.color(Role.Text).rgba())
    )


@lru_cache(maxsize=8)
def _muted_rgba(base_rgba: int, text_rgba: int) -> int:
    # Asked for every row a tree draws (thousands of places at a million facts): worked out
    # once per pair of colours.
    base, text = QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    softest = text
    for step in range(1, 11):
        softer = mix(text, base, step / 20)
        if contrast(softer, base) < TEXT_CONTRAST:
            break
        softest = softer
    return softest.rgba()
