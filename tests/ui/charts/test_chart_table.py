"""Show chart as table and Export chart data: the table, its copy, the CSV file, menus and errors."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from cqdesk.export import source_citation
from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.ui import messages
from cqdesk.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tiny_db):
    win = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(win)
    win.start()
    qtbot.waitUntil(lambda: win.charts.pane is not None)
    win.apply_state("overview", None, "", "online-sales")
    qtbot.waitUntil(win.charts.has_chart)
    return win


def answer(win: MainWindow, path: Path) -> list[tuple]:
    asked = []

    def choose(_parent, caption, suggested, name_filter):
        asked.append((caption, suggested, name_filter))
        return str(path)

    win.chart_data.choose = choose
    return asked


def open_table(qtbot, win: MainWindow):
    win.chart_exporter.update_actions()
    win.actions_.show_chart_table.trigger()
    qtbot.waitUntil(lambda: win.chart_data.dialog is not None)
    dialog = win.chart_data.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_actions_are_in_the_menus_and_the_charts_own_menu_with_shortcuts(window):
    actions = window.actions_
    menus = {m.title(): m for m in window.menuBar().findChildren(QMenu)}
    assert actions.show_chart_table in menus["&Go"].actions()
    assert actions.export_chart_csv in menus["&File"].actions()
    assert window.charts.pane.context_actions()[:2] == actions.chart_data_actions()
    shortcuts = [a.shortcut().toString() for a in actions.chart_data_actions()]
    assert shortcuts == ["Ctrl+T", "Ctrl+Shift+D"]


def test_the_table_lists_every_bar_as_printed_with_qualifier_and_kind(qtbot, window):
    dialog = open_table(qtbot, window)
    model = dialog.table.model_
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    chart = window.charts.drawn_chart()
    assert [row[0] for row in rows] == [bar.label for bar in chart.bars]
    assert [row[1] for row in rows] == [bar.value_display for bar in chart.bars]
    assert [row[4] for row in rows] == ["Derived", "Reported"]
    assert dialog.title.text() == chart.title and "Source: " in dialog.source_label.text()
    dialog.close()


def test_ctrl_c_copies_every_bar_or_the_selected_ones_as_tsv_and_html(qtbot, window):
    dialog = open_table(qtbot, window)
    table = dialog.table
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert len(mime.text().splitlines()) == 3  # the header and both bars
    assert "<caption>Online sales by year</caption>" in mime.html()
    assert source_citation(window.sources.report).split(",")[0] in mime.html()
    table.selectionModel().select(
        table.model_.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert [line.split("\t")[0] for line in lines[1:]] == ["2020"]
    dialog.close()


def test_export_writes_the_csv_with_title_and_source_and_says_so(qtbot, window, tmp_path):
    asked = answer(window, tmp_path / "levels")  # typed without an extension
    with qtbot.waitSignal(window.browser.message) as said:
        assert window.chart_data.export_csv()
    written = tmp_path / "levels.csv"
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8"))))
    assert rows[0] == ["title", "Online sales by year"]
    assert rows[1] == ["source", source_citation(window.sources.report)]
    assert [row[0] for row in rows[4:]] == ["2019", "2020"]
    assert asked[0][1].endswith("cqdesk-chart-levels.csv")
    assert "Exported the 2 bars of “Online sales by year” as CSV" in said.args[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["levels.csv"]


def test_the_dialogs_button_exports_the_table_it_shows(qtbot, window, tmp_path):
    dialog = open_table(qtbot, window)
    answer(window, tmp_path / "shown.csv")
    dialog.buttons.findChild(type(dialog.buttons.buttons()[0]), "chartTableExport").click()
    assert (tmp_path / "shown.csv").read_text(encoding="utf-8").startswith("title,")
    dialog.close()


def test_a_failed_export_warns_and_keeps_the_old_file(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "kept.csv"
    target.write_text("old", encoding="utf-8")
    answer(window, target)
    warned = []
    monkeypatch.setattr(messages, "warn", lambda *args: warned.append(args))

    def refuse(_source, _target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert not window.chart_data.export_csv()
    assert "Permission denied" in warned[0][2] and "Nothing was exported" in warned[0][2]
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.csv"]


def test_without_a_drawn_chart_the_table_says_why(qtbot, window):
    window.apply_state("market-projects", None, "", None)
    qtbot.waitUntil(lambda: not window.charts.has_chart())
    with qtbot.waitSignal(window.browser.message) as said:
        assert window.chart_data.show_table() is None
    assert "no table" in said.args[0]


def test_a_bar_outside_the_filters_says_so_in_shape_and_words_not_colour_alone(qtbot, window):
    window.apply_state("overview", None, "2019", None)  # one bar of the two matches
    view = window.charts.pane.chart_view()
    qtbot.waitUntil(lambda: any(bar.is_dimmed() for bar in view.bars()))
    for bar, label in zip(view.bars(), view.value_labels(), strict=True):
        assert label.textItem.font().italic() == bar.is_dimmed()
    window.charts.show()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_End)  # 2020, which the search leaves out
    assert view.cursor_bar().is_dimmed()
    assert "Outside the current filters" in view.accessibleDescription()
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert "Outside the current filters" not in view.accessibleDescription()


def test_the_table_and_its_copy_follow_a_switch_to_chinese(qtbot, window):
    from cqdesk.text import language

    window.apply_state("overview", None, "", "online-sales-2019")
    qtbot.waitUntil(lambda: window.charts.drawn_chart().id == "levels")
    dialog = open_table(qtbot, window)
    window.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: dialog.title.text() == "各年网络销售额")
    try:
        model = dialog.table.model_
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        assert headers == ["柱条", "原文数值", "限定", "单位", "类型"]
        assert model.index(0, 3).data() == "元" and model.index(0, 4).data() == "推算"
        assert dialog.windowTitle() == "图表表格 — 各年网络销售额"
        assert dialog.source_label.text().startswith("来源：")
        dialog.table.copy()
        rows = list(csv.reader(io.StringIO(QGuiApplication.clipboard().text()), delimiter="\t"))
        assert rows[0][0] == "label"  # the columns keep their names
        derived = dict(zip(rows[0], rows[1], strict=True))
        bar = window.charts.drawn_chart().bars[0]
        assert derived["label"] == "2019" and derived["reading"] == "确切计算"
        assert derived["value_as_printed"] == bar.value_display_zh
        # The number stays plain, to the 15 significant digits plain numbers keep.
        assert float(derived["value"]) == float(f"{bar.value:.15g}")
        assert "来源：声明：" in QGuiApplication.clipboard().mimeData().html()
    finally:
        window.choose_language(language.ENGLISH)
        dialog.close()
