"""The status bar's selection statistics, driven through the real table's selection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cqdesk.store.records import SelectionStatistics, UnitStatistics
from cqdesk.ui.window.selection_summary import summary_line, summary_lines, unit_line, value_text


def _click_rows(qtbot, window, ids: list[str]) -> None:
    table = window.fact_table
    for n, fact_id in enumerate(ids):
        rect = table.visualRect(table.model_.index(table.model_.row_of(fact_id), 0))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_selecting_rows_of_mixed_units_sums_each_unit_alone(qtbot, window):
    _click_rows(qtbot, window, ["online-sales", "online-sales-2019", "online-sales-growth"])
    label = window.status_line.selection
    qtbot.waitUntil(lambda: label.text().startswith("3 selected (mixed units, 1 derived) · "))
    assert label.isVisible()
    assert "yuan: sum 19.83 billion yuan" in label.text()
    assert "%: 12.5%" in label.text()
    assert "Mixed units, each summed alone: yuan, %" in label.toolTip()


def test_one_selected_row_shows_no_statistics(qtbot, window):
    _click_rows(qtbot, window, ["online-sales", "online-sales-growth"])
    qtbot.waitUntil(lambda: bool(window.status_line.selection.text()))
    _click_rows(qtbot, window, ["banan-firms"])
    qtbot.waitUntil(lambda: not window.status_line.selection.text())
    assert not window.status_line.selection.isVisible()


def test_select_all_summarises_the_whole_view(qtbot, window):
    window.fact_table.setFocus()
    qtbot.keyClick(window.fact_table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.selection_summary.current is not None)
    assert window.selection_summary.current.count == 8
    assert window.selection_summary.current.without_value == 1


def test_bounds_and_approximations_read_in_words():
    firms = UnitStatistics("firms", 2, 320, 20, 300, 160, lower_bounds=2)
    assert unit_line(firms).startswith("firms (2): sum over 320 firms, min over 20 firms")
    mixed = UnitStatistics("firms", 2, 320, 20, 300, 160, lower_bounds=1, approximate=1)
    assert "sum about 320 firms or more" in unit_line(mixed)
    both = UnitStatistics("firms", 2, 320, 20, 300, 160, lower_bounds=1, upper_bounds=1)
    assert "sum 320 firms (bounds both ways)" in unit_line(both)
    rates = UnitStatistics("%", 2, None, 2, 12.5, 7.25, approximate=1, derived=1)
    assert unit_line(rates) == (
        "% (2): min about 2%, max about 12.5%, mean about 7.25% "
        "[no sum: these do not add up; 1 derived]"
    )


def test_units_are_written_once():
    assert value_text(21e9, "USD") == "USD 21 billion"
    assert value_text(76.16, "%") == "76.16%"
    assert value_text(1.5, "pp") == "1.5 percentage points"
    assert value_text(320, "firms") == "320 firms"


def test_the_summary_says_what_has_no_number():
    statistics = SelectionStatistics(3, 1, 0, (UnitStatistics("CNY", 2, 3e9, 1e9, 2e9, 1.5e9),))
    assert summary_lines(statistics)[-1] == "1 without a number"
    assert summary_line(statistics) == "3 selected · yuan: sum 3 billion yuan"


def test_a_big_selection_is_summed_off_the_gui_thread_and_the_newest_wins(qtbot, generated_db_path):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    from cqdesk.settings import Settings
    from cqdesk.store import Catalog
    from cqdesk.ui.window.main_window import MainWindow

    with Catalog.open(generated_db_path) as catalog:
        window = MainWindow(catalog, Settings())
        qtbot.addWidget(window)
        window.fact_table.queries.inline_budget = None  # every answer from the worker
        window.start()
        qtbot.waitUntil(lambda: not window.pending_work(), timeout=20_000)
        table, model = window.fact_table, window.fact_table.model_
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        for last in (999, 1999):  # the second before the first is summed
            selection = QItemSelection(model.index(0, 0), model.index(last, 0))
            table.selectionModel().select(selection, flags)
            window.selection_summary.refresh()
        assert window.selection_summary.current is None
        assert window.status_line.selection.text() == "2000 selected"  # the count at once
        qtbot.waitUntil(lambda: window.selection_summary.current is not None, timeout=20_000)
        qtbot.waitUntil(lambda: not window.pending_work(), timeout=20_000)
        expected = catalog.selection_statistics(model.query, model.sort_order, [(0, 2000)])
        assert window.selection_summary.current == expected
        assert window.status_line.selection.text() == summary_line(expected)
        window.close()
