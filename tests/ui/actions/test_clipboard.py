"""Tests for cqdesk.ui.actions.clipboard offscreen: the mime formats, the clipboard, and selections as row spans."""

from __future__ import annotations

import csv
import io
import time

import pytest
from PySide6.QtCore import QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QApplication

from cqdesk.export import COLUMNS
from cqdesk.store.details import fact_detail
from cqdesk.store.facts import fact_rows, fact_rows_by_id
from cqdesk.store.records import FactQuery
from cqdesk.store.source import sources
from cqdesk.ui.actions.clipboard import (
    copy_rows,
    copy_text,
    row_spans,
    rows_mime,
    selected_rows,
)
from tests.export.test_tables import parse_html

IDS = ["online-sales", "banan-firms", "shops-per-firm"]


class CountModel(QAbstractTableModel):
    """A table of ``rows`` empty rows: enough for selections, with no data to walk."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=0):
        return None


def _tsv(mime) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(mime.text(), newline=""), delimiter="\t"))


@pytest.mark.parametrize("ids", [IDS[1:2], IDS, IDS[2:]], ids=["one", "several", "derived"])
def test_rows_mime_holds_tsv_and_html(qapp, tiny_db, ids):
    mime = rows_mime(fact_rows_by_id(tiny_db, ids), sources(tiny_db))
    assert mime.hasText() and mime.hasHtml()
    assert [record["id"] for record in _tsv(mime)] == ids
    parsed = parse_html(mime.html())
    assert parsed.header == list(COLUMNS)
    assert [row[0] for row in parsed.rows] == ids
    assert "Test Commission" in parsed.paragraphs[-1]
    assert '<meta charset="utf-8">' in mime.html()


def test_copy_rows_reaches_the_clipboard_with_qualifiers(qapp, tiny_db):
    copy_rows(fact_rows_by_id(tiny_db, IDS), sources(tiny_db))
    mime = QApplication.clipboard().mimeData()
    records = {record["id"]: record for record in _tsv(mime)}
    assert records["banan-firms"]["qualifier"] == "over"
    assert records["shops-per-firm"]["qualifier"] == "about"
    html = bytes(mime.data("text/html")).decode("utf-8")
    rows = {row[0]: row for row in parse_html(html).rows}
    assert rows["banan-firms"][COLUMNS.index("value_as_printed")] == "over 300 firms"


def test_copy_text_plain_and_html(qapp, tiny_db):
    from cqdesk.export import citation_html, citation_text

    detail = fact_detail(tiny_db, "shops-per-firm")
    copy_text(citation_text(detail, sources(tiny_db)), citation_html(detail, sources(tiny_db)))
    mime = QApplication.clipboard().mimeData()
    assert mime.text().startswith("Shops per firm: about 0.07 shops per firm (derived")
    assert "lakeside-shops / banan-firms" in mime.html()
    copy_text("135050000000")
    assert QApplication.clipboard().text() == "135050000000"
    assert not QApplication.clipboard().mimeData().hasHtml()


def _select(model: CountModel, *spans: tuple[int, int]) -> QItemSelection:
    selection = QItemSelection()
    for first, last in spans:
        selection.select(model.index(first, 0), model.index(last, len(COLUMNS) - 1))
    return selection


def test_row_spans_merge_sort_and_join_ranges(qapp):
    model = CountModel(100)
    selection = _select(model, (40, 49), (0, 4), (5, 9), (45, 60), (90, 90))
    assert row_spans(selection) == [(0, 10), (40, 21), (90, 1)]
    assert row_spans(QItemSelection()) == []


def test_a_row_of_single_cells_counts_once(qapp):
    model = CountModel(10)
    selection = QItemSelection()
    for column in range(3):
        selection.select(model.index(4, column), model.index(4, column))
    assert row_spans(selection) == [(4, 1)]


def test_selected_rows_come_from_the_store_by_span(qapp, tiny_db):
    model = CountModel(8)
    calls = []

    def fetch(offset, limit):
        calls.append((offset, limit))
        return fact_rows(tiny_db, FactQuery(), offset=offset, limit=limit)

    rows = selected_rows(_select(model, (5, 6), (0, 1)), fetch)
    everything = fact_rows(tiny_db, FactQuery())
    assert rows == everything[0:2] + everything[5:7]
    assert calls == [(0, 2), (5, 2)]


def test_a_hundred_thousand_selected_rows_are_read_from_ranges(qapp):
    model = CountModel(100_000)
    selections = QItemSelectionModel(model)
    selections.select(_select(model, (0, 99_999)), QItemSelectionModel.SelectionFlag.Select)
    started = time.perf_counter()
    spans = row_spans(selections.selection())
    assert spans == [(0, 100_000)]
    assert time.perf_counter() - started < 0.5


def test_copy_menu_helpers(qapp, tiny_db):
    from cqdesk.ui.actions.clipboard import (
        copy_as_printed,
        copy_citation,
        copy_markdown,
        copy_numbers,
    )

    clipboard = QApplication.clipboard()
    rows = fact_rows_by_id(tiny_db, IDS)
    copy_numbers(rows)
    # 1/15, to the 15 significant digits plain numbers keep.
    assert clipboard.text() == "10500000000\n300\n0.0666666666666667"
    copy_as_printed(rows[1:2])
    assert clipboard.text() == "over 300 firms"
    copy_citation(fact_detail(tiny_db, "banan-firms"), sources(tiny_db))
    assert clipboard.text().startswith(
        "Firms opened in Banan: over 300 firms\n\u201cOver 300 firms opened in Banan District\u201d\n"
    )
    assert clipboard.text().endswith("\ncqdesk fact: banan-firms")
    assert "<blockquote>" in clipboard.mimeData().html()
    copy_markdown(rows, sources(tiny_db))
    assert "| banan-firms | Firms opened in Banan | 300 | over | firms |" in clipboard.text()


def test_packed_text_comes_back_whole_when_pasted(qapp):
    from cqdesk.ui.actions.clipboard import PackedText, copy_packed

    plain, html = PackedText(), PackedText()
    for piece in ("id\tlabel\n", "a\t网络零售额 — over 300\n", "b\tcafé\n"):
        plain.add(piece)
    html.add('<html><head><meta charset="utf-8"></head><body>\n<p>网络 &amp; é</p>')
    html.add("</body></html>\n")
    copy_packed(plain.finish(), html.finish())
    mime = QApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    assert mime.text() == "id\tlabel\na\t网络零售额 — over 300\nb\tcafé\n"
    assert "<p>网络 &amp; é</p>" in mime.html()
    assert QApplication.clipboard().text() == mime.text()
    QApplication.clipboard().clear()
