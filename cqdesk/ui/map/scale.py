"""The map's sequential scale: classes of fact counts and their fills in a light or dark palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# ColorBrewer's sequential "Blues" (light windows), and the same hue stepping from dark to
# bright for dark windows: more facts is always further from the background.
LIGHT_RAMP = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b")
DARK_RAMP = ("#1d3b5c", "#24578a", "#2f75b5", "#4a94d4", "#7db5e8", "#b9d8f5")
MAX_STEPS = len(LIGHT_RAMP)  # one hue per step, never two steps alike


@dataclass(frozen=True)
class CountClass:
    """One step of the scale: the counts from ``low`` to ``high`` (inclusive)."""

    low: int
    high: int

    def label(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def count_classes(largest: int) -> tuple[CountClass, ...]:
    """Steps that grow by a factor (1, 2–3, 4–7, … for 2) up to ``largest``; one per count below 4.

    The factor is the smallest power of two that keeps the steps within the ramp's hues.
    """
    if largest <= 0:
        return ()
    if largest <= 3:
        return tuple(CountClass(n, n) for n in range(1, largest + 1))
    factor = 2
    while True:
        classes, low = [], 1
        while low <= largest:
            classes.append(CountClass(low, min(factor * low - 1, largest)))
            low *= factor
        if len(classes) <= MAX_STEPS:
            return tuple(classes)
        factor *= 2


def class_of(count: int, classes: tuple[CountClass, ...]) -> int | None:
    """The index of the step holding ``count``, or None for no facts."""
    for index, step in enumerate(classes):
        if step.low <= count <= step.high:
            return index
    return None


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


# Which hues of the ramp a scale of few steps uses: spread out, so each step reads apart.
_FEW_STEPS = {1: (2,), 2: (1, 4), 3: (1, 3, 5)}


def fill(index: int, steps: int, palette: QPalette) -> QColor:
    """The fill of step ``index`` of ``steps``, spread over the ramp from its first to last hue."""
    ramp = DARK_RAMP if is_dark(palette) else LIGHT_RAMP
    if steps in _FEW_STEPS:
        return QColor(ramp[_FEW_STEPS[steps][index]])
    return QColor(ramp[round(index * (len(ramp) - 1) / (steps - 1))])


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    return QColor("#000000") if luminance > 0.179 else QColor("#ffffff")


def neutral(palette: QPalette) -> QColor:
    """The fill of a division with no facts: the background, a shade towards the text."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    share = 0.1
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * share,
        base.greenF() + (text.greenF() - base.greenF()) * share,
        base.blueF() + (text.blueF() - base.blueF()) * share,
    )
