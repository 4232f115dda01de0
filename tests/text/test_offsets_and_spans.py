"""Offset conversion, the source's line structure, and finding the fact at a position."""

from __future__ import annotations

from cqdesk.store.records import Span
from cqdesk.text.offsets import TextOffsets
from cqdesk.text.source_spans import fact_at, own_span
from cqdesk.text.source_structure import BULLET, CAPTION, HEADING, source_lines
from tests.locations import REPO

REPORT = REPO / "resources" / "source" / "chongqing-ecommerce-2020.txt"


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_offsets_round_trip_with_astral_characters():
    text = "a😀b’c𝄞𝄞d"
    offsets = TextOffsets(text)
    for position in range(len(text) + 1):
        units = _utf16_length(text[:position])
        assert offsets.to_utf16(position) == units
        assert offsets.to_code_point(units) == position
    # Inside a surrogate pair: the character the pair encodes.
    assert offsets.to_code_point(2) == 1


def test_headings_bullets_and_captions_of_the_report():
    text = REPORT.read_text(encoding="utf-8")
    kinds = {number: line.kind for number, line in enumerate(source_lines(text), start=1)}
    assert [n for n, kind in kinds.items() if kind == HEADING] == [9, 13, 19, 24, 29, 35]
    assert [n for n, kind in kinds.items() if kind == BULLET] == [1, 2, 3, 4, 5, 6]
    assert [n for n, kind in kinds.items() if kind == CAPTION] == [8, 12]


SPANS = [
    Span("statement", 0, 40, None, None, "quote"),
    Span("level", 0, 40, 10, 15, "quote"),
    Span("growth", 0, 40, 20, 25, "quote"),
    Span("level", 50, 60, 52, 55, "summary"),
]


def test_a_click_in_a_value_selects_that_value():
    assert fact_at(SPANS, 21) == "growth"
    assert fact_at(SPANS, 12) == "level"


def test_a_click_elsewhere_in_a_shared_quote_selects_the_first_figure():
    assert fact_at(SPANS, 2) == "level"
    assert fact_at(SPANS, 45) is None


def test_summary_spans_select_their_fact_and_own_span_prefers_the_body():
    assert fact_at(SPANS, 51) == "level"
    assert own_span(SPANS, "level").role == "quote"
    assert own_span(SPANS, "missing") is None


def test_offsets_follow_a_document_with_crlf_line_ends(qapp):
    from PySide6.QtGui import QTextDocument

    text = "In 2020\r\nsales 😀 were\r\n10 billion\nyuan"
    document = QTextDocument()
    document.setPlainText(text)
    shown = document.toPlainText()
    offsets = TextOffsets(text)
    for word in ("sales", "were", "10 billion", "yuan"):
        start = text.index(word)
        position = offsets.to_utf16(start)
        assert shown.encode("utf-16-le")[2 * position :].decode("utf-16-le").startswith(word)
        assert offsets.to_code_point(position) == start
