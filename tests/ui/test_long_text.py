"""Text long enough to hang the window is capped before layout and never made into a pattern."""

from __future__ import annotations

import time

import pytest

from cqdesk.store import Catalog
from cqdesk.text.safe_text import BLOCK_LIMIT, LINE_LIMIT
from cqdesk.ui.window.main_window import MainWindow
from tests.factories import edited_copy

HUGE = "x" * 1_000_000
NESTED = "<b>" * 50_000 + "deep" + "</b>" * 50_000
SECONDS = 5.0  # generous: each step takes well under a second; the bugs took 2.6 s to 107 s


@pytest.fixture
def long_window(qtbot, tmp_path, tiny_db_path):
    path = edited_copy(
        tiny_db_path,
        tmp_path / "long.db",
        f"UPDATE facts SET label = '{HUGE}' WHERE id = 'online-sales'",
        f"UPDATE facts SET label = '{NESTED}', quote = '{NESTED}' WHERE id = 'banan-firms'",
        f"UPDATE categories SET name = '{'y' * 200_000}' WHERE id = 'overview'",
        f"UPDATE places SET name = '{'<i>' * 30_000}' WHERE id = 'banan'",
        f"UPDATE charts SET title = '{'t' * 300_000}' WHERE id = 'levels'",
    )
    db = Catalog.open(path)
    window = MainWindow(db)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()
    qtbot.wait(1)
    db.close()


def _timed(qtbot, step) -> float:
    started = time.monotonic()
    step()
    qtbot.wait(1)  # the paint that follows is part of it
    return time.monotonic() - started


def test_a_million_character_label_does_not_hang_the_detail_pane(qtbot, long_window):
    assert _timed(qtbot, lambda: long_window.browser.reveal_fact("online-sales")) < SECONDS
    shown = long_window.detail_pane.toPlainText()
    assert "x" * 1000 in shown and len(shown) < BLOCK_LIMIT * 3
    cell = long_window.fact_table.model_.index(0, 0).data()
    assert len(cell) == LINE_LIMIT and cell.endswith("…")


def test_fifty_thousand_nested_tags_stay_literal_and_fast(qtbot, long_window):
    assert _timed(qtbot, lambda: long_window.browser.reveal_fact("banan-firms")) < SECONDS
    assert "<b><b><b>" in long_window.detail_pane.toPlainText()  # shown, not applied


def test_long_names_in_trees_filters_and_charts(qtbot, long_window):
    assert _timed(qtbot, lambda: long_window.browser.set_category("overview")) < SECONDS
    assert _timed(qtbot, lambda: long_window.browser.set_place("banan")) < SECONDS
    assert len(long_window.status_label.text()) < 3 * LINE_LIMIT
    assert _timed(qtbot, long_window.charts.load) < SECONDS
    long_window.browser.set_place(None)
    for tab in range(long_window.lower_tabs.count()):  # source, charts and map
        assert _timed(qtbot, lambda tab=tab: long_window.lower_tabs.setCurrentIndex(tab)) < SECONDS


def test_a_hundred_kilobytes_in_the_place_finder(qtbot, long_window):
    pane = long_window.place_pane
    started = time.monotonic()
    pane.filter_model.set_text("z" * 100_000)  # the model itself, past the box's own limit
    assert pane.filter_model.rowCount() == 0
    pane.filter_model.set_text("")
    qtbot.keyClicks(pane.box, "(" * 300 + "[a-" * 300)  # regex syntax stays plain text
    assert len(pane.box.text()) == 1000
    assert pane.filter_model.rowCount() == 0
    pane.box.clear()
    qtbot.keyClicks(pane.box, "ban")
    assert pane.filter_model.rowCount() > 0  # the tree is back, with Banan's branch
    assert time.monotonic() - started < SECONDS


def test_a_hundred_kilobytes_typed_into_the_search(qtbot, long_window):
    box = long_window.search_box
    box.setText("q " * 50_000)
    started = time.monotonic()
    box._timer.timeout.emit()
    assert time.monotonic() - started < SECONDS
    assert len(long_window.browser.query.search) <= 1000
