"""Export view from the window: each format parses back to the view's rows, filters and order."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cqdesk.export import COLUMNS
from cqdesk.models.fact_table_model import COL_VALUE
from cqdesk.ui import messages
from cqdesk.ui.window.main_window import MainWindow
from tests.ui_helpers import shown_ids


def answer(win: MainWindow, path: Path | str) -> list[tuple[str, str, str]]:
    """Make the file dialog answer ``path``; returns the (caption, suggested, filter) it was asked."""
    asked = []

    def choose(_parent, caption, suggested, name_filter):
        asked.append((caption, suggested, name_filter))
        return str(path)

    win.exporter.choose = choose
    return asked


@pytest.fixture
def banan_by_value(qtbot, window):
    """The view filtered by Banan District (and its park), sorted by value, smallest first."""
    window.browser.set_place("banan")
    window.fact_table.sortByColumn(COL_VALUE, Qt.SortOrder.AscendingOrder)
    ids = shown_ids(window)
    assert ids == ["shops-per-firm", "lakeside-shops", "banan-firms"]
    return ids


def test_csv_export_holds_the_filtered_sorted_view(qtbot, window, banan_by_value, tmp_path):
    target = tmp_path / "view.csv"
    asked = answer(window, target)
    window.actions_.export_csv.trigger()
    assert asked[0][0] == "Export view as CSV" and asked[0][1].endswith("cqdesk-facts.csv")
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    records = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert list(records[0]) == list(COLUMNS)
    assert [r["id"] for r in records] == banan_by_value
    assert window.note_label.text() == (
        f"Exported 3 facts as CSV, filtered by place Banan District, sorted by value, to {target}"
    )


def test_csv_for_excel_starts_with_a_byte_order_mark(qtbot, window, banan_by_value, tmp_path):
    target = tmp_path / "excel.csv"
    answer(window, target)
    window.actions_.export_csv_bom.trigger()
    text = target.read_bytes().decode("utf-8-sig")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [r["id"] for r in csv.DictReader(io.StringIO(text, newline=""))] == banan_by_value
    assert window.note_label.text().startswith("Exported 3 facts as CSV for Excel, filtered by")


def test_json_export_holds_details_in_view_order(qtbot, window, banan_by_value, tmp_path):
    window.fact_table.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "view.json"
    answer(window, target)
    window.actions_.export_json.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [fact["id"] for fact in document["facts"]] == list(reversed(banan_by_value))
    assert document["count"] == 3
    firms = document["facts"][0]
    assert (firms["value"], firms["qualifier"], firms["places"][0]["name_zh"]) == (
        300,
        "over",
        "巴南区",
    )
    assert document["source"]["statement_by"] == "Test Commission"
    assert "sorted by value, descending" in window.note_label.text()


def test_markdown_export_lists_the_rows_in_order(qtbot, window, banan_by_value, tmp_path):
    target = tmp_path / "view.md"
    answer(window, target)
    window.actions_.export_markdown.trigger()
    rows = [line for line in target.read_text(encoding="utf-8").splitlines() if line[:2] == "| "]
    assert [row.split(" | ")[0][2:] for row in rows[1:]] == banan_by_value
    assert "[^source]: Statement by Test Commission" in target.read_text(encoding="utf-8")


def test_search_and_category_filters_reach_the_export_and_its_summary(qtbot, window, tmp_path):
    window.browser.set_category("overview")
    window.browser.set_search("sales")
    target = tmp_path / "overview"
    answer(window, target)
    window.actions_.export_csv.trigger()
    written = target.with_suffix(".csv")  # a name typed without an extension gets the format's
    ids = [r["id"] for r in csv.DictReader(io.StringIO(written.read_text("utf-8"), newline=""))]
    assert ids == shown_ids(window) and ids
    assert "filtered by category Overview, search “sales”, in the report order" in (
        window.note_label.text()
    )


def test_cancelling_the_dialog_writes_nothing(qtbot, window, tmp_path):
    answer(window, "")
    assert not window.exporter.export("csv")
    assert list(tmp_path.iterdir()) == [] or all(p.is_dir() for p in tmp_path.iterdir())
    assert window.note_label.text() == ""


@pytest.mark.parametrize("where", ["missing folder", "parent is a file", "a folder"])
def test_a_failed_write_says_why_in_a_message_box(qtbot, window, tmp_path, monkeypatch, where):
    (tmp_path / "plain.txt").write_text("keep me", encoding="utf-8")
    (tmp_path / "taken.csv").mkdir()
    target = {
        "missing folder": tmp_path / "missing" / "view.csv",
        "parent is a file": tmp_path / "plain.txt" / "view.csv",
        "a folder": tmp_path / "taken.csv",
    }[where]
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda parent, _icon, title, text: shown.append((parent, title, text))
    )
    answer(window, target)
    assert not window.exporter.export("csv")
    ((parent, title, text),) = shown
    assert parent is window and title == "Export failed"
    assert text.startswith(f"Could not write “{target}”: ")
    assert "Nothing was exported" in text
    assert window.note_label.text() == ""
    assert (tmp_path / "plain.txt").read_text(encoding="utf-8") == "keep me"
