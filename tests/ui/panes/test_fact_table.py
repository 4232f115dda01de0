"""The facts table: what a big selection costs the model, and scrolling any order to any depth."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from cqdesk.models.fact_table_model import HEADERS, FactTableModel
from cqdesk.settings import Settings
from cqdesk.store import Catalog, FactQuery
from cqdesk.ui.window.main_window import MainWindow


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """Each call of the model's rowCount and columnCount, once ``calls.append("on")`` runs.
    Replaced before the window exists: PySide looks a Python override up when it wraps it."""
    made: list[str] = []
    for name in ("rowCount", "columnCount"):
        counted = getattr(FactTableModel, name)

        def count(self, *args, counted=counted, name=name):
            if made:
                made.append(name)
            return counted(self, *args)

        monkeypatch.setattr(FactTableModel, name, count)
    return made


@pytest.fixture
def window(qtbot, generated_db_path, calls):
    with Catalog.open(generated_db_path) as catalog:
        win = MainWindow(catalog, Settings())
        qtbot.addWidget(win)
        win.resize(1100, 700)
        win.start()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: not win.pending_work(), timeout=20_000)
        yield win
        win.close()


def _calls_to_select(qtbot, window, calls: list[str], rows: int) -> int:
    """How often rowCount and columnCount run while ``rows`` rows are selected and the window
    is drawn with them."""
    table, model = window.fact_table, window.fact_table.model_
    table.clearSelection()
    window.grab()
    calls[:] = ["on"]
    selection = QItemSelection(model.index(0, 0), model.index(rows - 1, len(HEADERS) - 1))
    table.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.grab()  # every widget drawn with the selection: the table, its headers, the bars
    qtbot.waitUntil(lambda: not window.pending_work(), timeout=20_000)
    counted = len(calls) - 1
    calls.clear()
    return counted


def test_a_big_selection_costs_the_model_what_a_small_one_does(qtbot, window, calls):
    # The header asked its selection model whether each column was selected, which checked
    # every selected row: seven index() calls per row, each calling rowCount and columnCount.
    rows = window.fact_table.model_.rowCount()
    assert rows > 3000
    small = _calls_to_select(qtbot, window, calls, 10)
    big = _calls_to_select(qtbot, window, calls, rows)
    assert big <= small + 50, (small, big)


@pytest.fixture
def paged(qtbot, generated_db_path):
    """A window whose every page comes from the query worker, and its catalog."""
    with Catalog.open(generated_db_path) as catalog:
        win = MainWindow(catalog, Settings())
        qtbot.addWidget(win)
        win.fact_table.queries.inline_budget = None
        win.resize(1100, 700)
        win.start()
        qtbot.waitExposed(win)
        _drawn(qtbot, win)
        yield win, catalog
        win.close()


def _drawn(qtbot, window) -> None:
    """Draw the table and wait until every page it asked for is in."""
    for _ in range(2):  # a page that arrives is drawn, which may ask for the next one
        window.fact_table.viewport().repaint()
        qtbot.waitUntil(lambda: not window.pending_work(), timeout=20_000)


def _visible(table) -> tuple[int, list[str]]:
    """The first row shown and the facts of every row shown, as the model holds them now."""
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = table.model_.rowCount() - 1 if last < 0 else last
    return first, [table.model_.fact_row(row).id for row in range(first, last + 1)]


def _expected(catalog, sort, first: int, shown: list[str]) -> list[str]:
    return [row.id for row in catalog.rows(FactQuery(), sort, first, len(shown))]


def test_every_order_scrolls_to_its_end_back_to_the_top_and_to_the_middle(qtbot, paged):
    window, catalog = paged
    table, model = window.fact_table, window.fact_table.model_
    total = catalog.count(FactQuery())
    for column in range(len(HEADERS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            table.sortByColumn(column, order)
            _drawn(qtbot, window)
            sort = model.sort_order
            for move in (
                table.scrollToBottom,
                table.scrollToTop,
                lambda: table.verticalScrollBar().setValue(
                    table.verticalScrollBar().maximum() // 2
                ),
            ):
                move()
                _drawn(qtbot, window)
                first, shown = _visible(table)
                assert shown == _expected(catalog, sort, first, shown), (sort, move)
            assert model.rowCount() == total  # a sort never recounts
            table.scrollToBottom()
            _drawn(qtbot, window)
            assert _visible(table)[1][-1] == _expected(catalog, sort, total - 1, ["last"])[0]
