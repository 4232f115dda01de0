"""The facts table: what a big selection costs the model, counted in its Python calls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel

from cqdesk.models.fact_table_model import HEADERS, FactTableModel
from cqdesk.settings import Settings
from cqdesk.store import Catalog
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
