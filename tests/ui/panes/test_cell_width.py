"""The columns' widths measured from their texts agree with Qt's own size hints, to the pixel."""

from __future__ import annotations

import pytest

from cqdesk.models.tree_model import COL_COUNT
from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.ui.panes.cell_width import text_cells_width
from cqdesk.ui.panes.fact_table import COLUMN_LIMITS, FIT_ROWS
from cqdesk.ui.panes.table_columns import content_width
from cqdesk.ui.window.main_window import MainWindow


@pytest.fixture
def real_window(qtbot, real_db_path):
    catalog = Catalog.open(real_db_path)
    window = MainWindow(catalog, Settings())
    qtbot.addWidget(window)
    yield window
    window.close()
    catalog.close()


def test_each_fitted_column_is_as_wide_as_qt_would_make_it(real_window):
    # The bundled report mixes plain, italic (derived) and tinted rows: every font it uses.
    table = real_window.fact_table
    for column in COLUMN_LIMITS:
        assert content_width(table, column, FIT_ROWS) == table.sizeHintForColumn(column), column


def test_each_tree_count_is_as_wide_as_qt_would_make_it(real_window):
    for tree in (real_window.category_pane, real_window.place_pane.tree):
        model = tree.model()
        for row in range(model.rowCount()):
            index = model.index(row, COL_COUNT)
            assert text_cells_width(tree, [index]) == tree.sizeHintForIndex(index).width()


def test_empty_cells_need_no_width(real_window):
    table = real_window.fact_table
    assert text_cells_width(table, []) == 0
    assert content_width(table, 0, 0) == 0


@pytest.mark.parametrize("chinese", [False, True], ids=["English", "Chinese"])
def test_the_models_shown_cells_are_what_its_data_gives(real_window, chinese):
    # The fit reads the model's texts and fonts in one call; they must be the cells Qt draws,
    # in either language, whether or not it may ask for the rows (they are all here).
    from PySide6.QtCore import Qt

    from cqdesk.text import language

    model = real_window.fact_table.model()
    language.set_current(language.CHINESE if chinese else language.ENGLISH)
    try:
        rows = model.rowCount()
        for column in range(model.columnCount()):
            expected = [
                (
                    model.index(row, column).data(Qt.ItemDataRole.DisplayRole),
                    model.index(row, column).data(Qt.ItemDataRole.FontRole),
                )
                for row in range(rows)
            ]
            assert model.shown_cells(column, rows) == expected, column
            assert model.shown_cells(column, rows, ask=False) == expected, column
    finally:
        language.set_current(language.ENGLISH)
