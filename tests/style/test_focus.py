"""Contrast, computed: text at 4.5:1 and marks and the focus ring at 3:1, in light, dark and
high-contrast palettes, after cqdesk's readable palette; plus the focus colours themselves."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from cqdesk.style.fact_styles import DERIVED, STATEMENT, kind_brush
from cqdesk.style.focus import (
    MARK_CONTRAST,
    TEXT_CONTRAST,
    focus_colours,
    muted_text,
    readable_palette,
)
from cqdesk.style.highlights import contrast, highlights, mix
from cqdesk.ui.charts.style import BarLook, bar_pen, chart_colours

Role = QPalette.ColorRole


def _palette(colours: dict) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in colours.items():
            palette.setColor(group, role, QColor(colour))
    return palette


DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1e1e1e",
    Role.Text: "#e6e6e6",
    Role.Button: "#353535",
    Role.ButtonText: "#e6e6e6",
    Role.Highlight: "#2a82da",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#7f7f7f",
    Role.Link: "#0000ff",
}
HIGH_CONTRAST_DARK = {  # as Windows' "High Contrast Black" sets it
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.Highlight: "#1aebff",
    Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#ffffff",
    Role.Link: "#ffff00",
}
HIGH_CONTRAST_LIGHT = {
    Role.Window: "#ffffff",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.Text: "#000000",
    Role.Button: "#ffffff",
    Role.ButtonText: "#000000",
    Role.Highlight: "#37006e",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#000000",
    Role.Link: "#00009f",
}


def palettes() -> dict[str, QPalette]:
    return {
        "light (Fusion)": QStyleFactory.create("Fusion").standardPalette(),
        "dark": _palette(DARK),
        "high contrast dark": _palette(HIGH_CONTRAST_DARK),
        "high contrast light": _palette(HIGH_CONTRAST_LIGHT),
    }


def figures(palette: QPalette) -> list[tuple[str, float, float]]:
    """(what, contrast, least allowed) for everything cqdesk draws in ``palette``."""
    pal = readable_palette(palette)
    base, window = pal.color(Role.Base), pal.color(Role.Window)
    ring = focus_colours(pal).ring
    chart = chart_colours(pal)
    marks = highlights(pal)
    rows = [
        ("text on page", contrast(pal.color(Role.Text), base), TEXT_CONTRAST),
        ("window text", contrast(pal.color(Role.WindowText), window), TEXT_CONTRAST),
        (
            "button text",
            contrast(pal.color(Role.ButtonText), pal.color(Role.Button)),
            TEXT_CONTRAST,
        ),
        (
            "selected text",
            contrast(pal.color(Role.HighlightedText), pal.color(Role.Highlight)),
            TEXT_CONTRAST,
        ),
        ("placeholder", contrast(pal.color(Role.PlaceholderText), base), TEXT_CONTRAST),
        ("link", contrast(pal.color(Role.Link), base), TEXT_CONTRAST),
        ("place without facts", contrast(muted_text(pal), base), TEXT_CONTRAST),
        ("detail kind line", contrast(marks.caption, base), TEXT_CONTRAST),
        ("focus ring on window", contrast(ring, window), MARK_CONTRAST),
        ("focus ring on page", contrast(ring, base), MARK_CONTRAST),
        ("chart text", contrast(chart.text, chart.background), TEXT_CONTRAST),
        ("chart source line", contrast(chart.muted_text, chart.background), TEXT_CONTRAST),
        ("chart bar", contrast(chart.bar, chart.background), MARK_CONTRAST),
        (
            "derived bar outline",
            contrast(bar_pen(BarLook(derived=True), chart).color(), chart.background),
            MARK_CONTRAST,
        ),
        ("selected bar outline", contrast(chart.highlight, chart.background), MARK_CONTRAST),
        ("dimmed bar label", contrast(chart.dimmed_text, chart.background), TEXT_CONTRAST),
    ]
    for kind in (DERIVED, STATEMENT):
        tint = kind_brush(kind).color()
        row = mix(base, QColor(tint.rgb()), tint.alphaF())
        rows.append((f"{kind} row text", contrast(pal.color(Role.Text), row), TEXT_CONTRAST))
    return rows


@pytest.mark.parametrize("name", list(palettes()))
def test_text_reads_at_4_5_and_marks_and_focus_at_3(name):
    table = figures(palettes()[name])
    print(f"\n{name}:")
    for what, ratio, least in table:
        print(f"  {what:<22} {ratio:5.2f}:1 (≥ {least})")
    assert [what for what, ratio, least in table if ratio < least] == []


def test_a_palette_that_already_reads_is_left_as_it_is():
    palette = _palette(HIGH_CONTRAST_DARK)
    assert readable_palette(palette) == palette


def test_only_what_falls_short_moves_and_its_hue_stays():
    light = QStyleFactory.create("Fusion").standardPalette()
    readable = readable_palette(light)
    before, after = light.color(Role.Highlight), readable.color(Role.Highlight)
    assert contrast(light.color(Role.HighlightedText), before) < TEXT_CONTRAST  # Fusion's 3.6:1
    assert after != before and abs(after.hueF() - before.hueF()) < 0.02
    assert readable.color(Role.Text) == light.color(Role.Text)


def test_the_ring_is_the_highlight_where_it_stands_out_and_text_coloured_where_not():
    light = _palette(HIGH_CONTRAST_LIGHT)
    assert focus_colours(light).ring == light.color(Role.Highlight)
    faint = _palette({**HIGH_CONTRAST_LIGHT, Role.Highlight: "#e0e0ff"})
    ring = focus_colours(faint).ring
    assert contrast(ring, faint.color(Role.Window)) >= MARK_CONTRAST
