"""Highlighted quotes and values stay readable (contrast ≥ 4.5:1) in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from cqdesk.store import Catalog
from cqdesk.store.source import sources, spans
from cqdesk.style.highlights import MIN_CONTRAST, contrast, highlights, luminance
from cqdesk.ui.panes.detail_pane import DetailPane
from cqdesk.ui.panes.source_view import SourceView
from cqdesk.ui.window.browser import Browser


def palette(base: QColor, text: QColor) -> QPalette:
    result = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Base, base)
        result.setColor(group, QPalette.ColorRole.Text, text)
    return result


LIGHT = palette(QColor("#ffffff"), QColor("#000000"))
DARK = palette(QColor(30, 30, 30), QColor("#ffffff"))  # the reviewer's dark Fusion palette
PALETTES = pytest.mark.parametrize("pal", [LIGHT, DARK], ids=["light", "dark"])


def test_contrast_matches_the_wcag_reference_values():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert luminance(QColor("#ffffff")) == pytest.approx(1)
    # The review's complaint: white on the old bright orange.
    assert contrast(QColor("#ffffff"), QColor(255, 143, 0)) < 2.5


@PALETTES
def test_every_band_and_the_value_read_at_least_4_5_to_1(pal):
    colours = highlights(pal)
    assert contrast(colours.value_text, colours.value_background) >= MIN_CONTRAST
    for band in (colours.quote, colours.summary):
        assert contrast(colours.text, band) >= MIN_CONTRAST
        assert contrast(colours.caption, band) >= MIN_CONTRAST
    assert contrast(colours.text, colours.current) >= MIN_CONTRAST


@PALETTES
def test_bands_are_visible_not_the_page_colour(pal):
    colours = highlights(pal)
    base = pal.color(QPalette.ColorRole.Base)
    for band in (colours.quote, colours.summary, colours.current):
        assert band != base
    # The current quote stands out from the other quotes.
    assert colours.current != colours.quote


@PALETTES
def test_the_source_view_paints_the_current_value_readably(qtbot, tiny_db, pal):
    view = SourceView(sources(tiny_db).report.text, spans(tiny_db))
    qtbot.addWidget(view)
    view.setPalette(pal)
    view.show_fact("banan-firms")
    band, value = view.extraSelections()
    assert value.cursor.selectedText() == "300"
    fg, bg = value.format.foreground().color(), value.format.background().color()
    assert contrast(fg, bg) >= MIN_CONTRAST
    band_fg, band_bg = band.format.foreground().color(), band.format.background().color()
    assert contrast(band_fg, band_bg) >= MIN_CONTRAST
    assert band_bg == highlights(pal).current  # the palette change re-tinted the bands


@PALETTES
def test_the_detail_pane_marks_the_value_readably(qtbot, tiny_db, pal):
    pane = DetailPane(Browser(Catalog(tiny_db)), sources(tiny_db))
    qtbot.addWidget(pane)
    pane.setPalette(pal)
    pane.show_fact("banan-firms")
    quote = pane.document().find("“Over").selectionEnd()
    fmt = pane.document().find("300", quote).charFormat()
    assert contrast(fmt.foreground().color(), fmt.background().color()) >= MIN_CONTRAST


@pytest.mark.parametrize(
    ("fact_id", "printed", "unit"),
    [
        ("online-sales-growth", "12.5%", "%"),
        ("online-sales", "10.5 billion yuan", "CNY"),
        ("banan-firms", "over 300 firms", "firms"),
    ],
)
def test_the_detail_heading_writes_the_unit_once(qtbot, window, fact_id, printed, unit):
    window.fact_table.select_fact(fact_id)
    text = window.detail_pane.toPlainText()
    assert printed in text
    assert f"{printed} {unit}" not in text and f"{printed}\xa0\xa0{unit}" not in text
