"""Highlight colours for quotes and values, drawn from the palette so text stays readable (≥ 4.5:1)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

MIN_CONTRAST = 4.5  # WCAG AA for body text
QUOTE_ACCENT = QColor(255, 193, 7)  # amber: every quoted stretch of the source
SUMMARY_ACCENT = QColor(66, 133, 244)  # blue: a summary bullet repeating a figure
CURRENT_ACCENT = QColor(255, 143, 0)  # orange: the current fact's quote, and its value
# How far each band leans from the page colour towards its accent, before the contrast check.
_STRENGTHS = {"quote": 0.35, "summary": 0.25, "current": 0.6}
CAPTION_FADE = 0.25  # how far a caption's text leans from the body text towards the page
_BLACK, _WHITE = QColor(0, 0, 0), QColor(255, 255, 255)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """The WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in (color.red(), color.green(), color.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def mix(base: QColor, accent: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way to ``accent``, opaque."""
    return QColor(
        *(round(b + (a - b) * amount) for b, a in zip(_rgb(base), _rgb(accent), strict=True))
    )


def band(base: QColor, texts: list[QColor], accent: QColor, strength: float) -> QColor:
    """The strongest tint of ``accent`` over ``base``, up to ``strength``, that every text reads on."""
    amount = strength
    while amount > 0 and min(contrast(t, mix(base, accent, amount)) for t in texts) < MIN_CONTRAST:
        amount = round(amount - 0.05, 2)
    return mix(base, accent, max(amount, 0))


def readable_text(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    return max((_BLACK, _WHITE), key=lambda text: contrast(text, background))


@dataclass(frozen=True)
class Highlights:
    """The band colours behind quoted text, and the colours of a highlighted value."""

    text: QColor
    caption: QColor  # a photo caption's text: softer than the body text, still readable on a band
    quote: QColor
    summary: QColor
    current: QColor
    value_background: QColor
    value_text: QColor


def highlights(palette: QPalette) -> Highlights:
    """The highlight colours for ``palette`` (light or dark): bands tinted from its base colour."""
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    caption = mix(text, base, CAPTION_FADE)
    return Highlights(
        text=text,
        caption=caption,
        quote=band(base, [text, caption], QUOTE_ACCENT, _STRENGTHS["quote"]),
        summary=band(base, [text, caption], SUMMARY_ACCENT, _STRENGTHS["summary"]),
        # The current quote is drawn in the body colour, captions too: only that must read.
        current=band(base, [text], CURRENT_ACCENT, _STRENGTHS["current"]),
        value_background=CURRENT_ACCENT,
        value_text=readable_text(CURRENT_ACCENT),
    )
