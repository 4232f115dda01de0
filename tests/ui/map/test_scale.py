"""The map's sequential scale: steps of counts, and fills readable in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from cqdesk.ui.map.look import map_look
from cqdesk.ui.map.scale import DARK_RAMP, LIGHT_RAMP, class_of, count_classes, ink_on


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(base: str, text: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Base, QColor(base))
    result.setColor(QPalette.ColorRole.Text, QColor(text))
    return result


LIGHT, DARK = palette("#ffffff", "#000000"), palette("#1e1e1e", "#e8e8e8")


@pytest.mark.parametrize(
    ("largest", "labels"),
    [
        (0, []),
        (1, ["1"]),
        (3, ["1", "2", "3"]),
        (4, ["1", "2–3", "4"]),
        (63, ["1", "2–3", "4–7", "8–15", "16–31", "32–63"]),
        (68, ["1–3", "4–15", "16–63", "64–68"]),  # seven doublings: steps of four instead
        (10**6, ["1–15", "16–255", "256–4095", "4096–65535", "65536–1000000"]),
    ],
)
def test_steps_double_up_to_the_largest_count(largest, labels):
    assert [step.label() for step in count_classes(largest)] == labels


def test_every_count_has_one_step_and_none_has_none():
    classes = count_classes(20)
    assert class_of(0, classes) is None
    assert [class_of(n, classes) for n in (1, 2, 3, 4, 7, 8, 20)] == [0, 1, 1, 2, 2, 3, 4]


@pytest.mark.parametrize("ramp", [LIGHT_RAMP, DARK_RAMP])
def test_the_number_on_each_fill_is_readable(ramp):
    for hue in ramp:
        fill = QColor(hue)
        assert contrast(ink_on(fill), fill) >= 4.5, hue


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_more_facts_is_further_from_the_background(colours):
    look = map_look(colours)
    for steps in range(1, 7):
        fills = [look.step_fill(index, steps) for index in range(steps)]
        distances = [contrast(fill, look.background) for fill in fills]
        assert distances == sorted(distances) and len(set(distances)) == steps
    assert contrast(look.text, look.background) >= 7  # the legend's words


def test_a_division_without_facts_is_neutral_not_a_step():
    for colours in (LIGHT, DARK):
        look = map_look(colours)
        assert look.empty.saturation() == 0
        assert look.empty.name() not in {look.step_fill(n, 6).name() for n in range(6)}
