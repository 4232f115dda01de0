"""The window's copy actions driven as a person would: Ctrl+C on rows, the Copy menu, the status note."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from cqdesk.export import COLUMNS
from cqdesk.models.fact_table_model import COL_LABEL
from cqdesk.ui.actions import menus
from cqdesk.ui.window.main_window import MainWindow
from tests.export.test_tables import parse_html
from tests.ui_helpers import shown_ids

CITED = "Statement by Test Commission, 2021-02-07; published by Test Press"


def click_row(qtbot, win: MainWindow, fact_id: str, modifier=Qt.KeyboardModifier.NoModifier):
    table = win.fact_table
    index = table.model_.index(table.model_.row_of(fact_id), COL_LABEL)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, modifier, table.visualRect(index).center()
    )


def select(qtbot, win: MainWindow, *fact_ids: str) -> None:
    """Click the first fact, Ctrl+click the others (a selection that need not be contiguous)."""
    click_row(qtbot, win, fact_ids[0])
    for fact_id in fact_ids[1:]:
        click_row(qtbot, win, fact_id, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(win.fact_table.selection_spans()) > 0)


def press_copy(qtbot, win: MainWindow) -> None:
    win.fact_table.setFocus()
    qtbot.keyClick(win.fact_table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def clipboard_tsv() -> list[dict[str, str]]:
    text = QApplication.clipboard().mimeData().text()
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))


def clipboard_html():
    mime = QApplication.clipboard().mimeData()
    assert mime.hasHtml()
    return parse_html(mime.html())


def note(win: MainWindow) -> str:
    return win.note_label.text()


def test_ctrl_c_on_one_row_copies_tsv_and_html_with_header_and_citation(qtbot, window):
    select(qtbot, window, "banan-firms")
    press_copy(qtbot, window)
    records = clipboard_tsv()
    assert [r["id"] for r in records] == ["banan-firms"]
    assert list(records[0]) == list(COLUMNS)
    assert (records[0]["value"], records[0]["qualifier"]) == ("300", "over")
    parsed = clipboard_html()
    assert parsed.header == list(COLUMNS)
    assert [row[0] for row in parsed.rows] == ["banan-firms"]
    assert CITED in parsed.paragraphs[-1]
    assert (
        note(window)
        == "Copied “Firms opened in Banan” as a table (TSV and HTML, with the citation)."
    )


def test_ctrl_c_on_a_non_contiguous_selection_copies_those_rows_in_view_order(qtbot, window):
    ids = shown_ids(window)
    picked = [ids[4], ids[0], ids[2]]
    select(qtbot, window, *picked)
    assert window.fact_table.selection_spans() == [(0, 1), (2, 1), (4, 1)]
    press_copy(qtbot, window)
    expected = [ids[0], ids[2], ids[4]]
    assert [r["id"] for r in clipboard_tsv()] == expected
    assert [row[0] for row in clipboard_html().rows] == expected
    assert note(window).startswith("Copied 3 facts as a table")


def test_ctrl_c_on_a_contiguous_range_reads_the_store_by_spans(qtbot, window):
    click_row(qtbot, window, shown_ids(window)[1])
    click_row(qtbot, window, shown_ids(window)[5], Qt.KeyboardModifier.ShiftModifier)
    assert window.fact_table.selection_spans() == [(1, 5)]
    press_copy(qtbot, window)
    assert [r["id"] for r in clipboard_tsv()] == shown_ids(window)[1:6]


def test_ctrl_c_on_a_derived_fact(qtbot, window):
    select(qtbot, window, "shops-per-firm")
    press_copy(qtbot, window)
    (record,) = clipboard_tsv()
    assert (record["kind"], record["quote"], record["qualifier"]) == ("derived", "", "about")
    assert CITED in clipboard_html().paragraphs[-1]


def test_copy_number_is_the_plain_value(qtbot, window):
    select(qtbot, window, "online-sales")
    window.actions_.copy_number.trigger()
    assert QApplication.clipboard().text() == "10500000000"
    assert not QApplication.clipboard().mimeData().hasHtml()
    assert note(window) == "Copied 10500000000 (“Online sales”)."


def test_copy_as_printed_keeps_qualifier_and_unit(qtbot, window):
    select(qtbot, window, "banan-firms")
    window.actions_.copy_as_printed.trigger()
    assert QApplication.clipboard().text() == "over 300 firms"
    assert note(window) == "Copied over 300 firms (“Firms opened in Banan”)."


def test_copy_numbers_of_several_rows_leaves_statements_blank(qtbot, window):
    select(qtbot, window, "banan-firms", "acme-yuzhong")
    assert window.actions_.copy_number.isEnabled()
    window.actions_.copy_number.trigger()
    assert QApplication.clipboard().text().split("\n") == ["300", ""]
    assert (
        note(window) == "Copied the numbers of 2 facts, one per line, 1 left blank for statements."
    )


def test_a_statement_has_no_number_to_copy(qtbot, window):
    select(qtbot, window, "acme-yuzhong")
    assert not window.actions_.copy_number.isEnabled()
    assert not window.actions_.copy_as_printed.isEnabled()
    assert window.actions_.copy_citation.isEnabled()
    QApplication.clipboard().setText("before")
    window.copier.copy_numbers()  # as if the action fired anyway
    assert QApplication.clipboard().text() == "before"
    assert note(window) == (
        "Nothing copied: “Yuzhong attracted the Acme headquarters” is a statement with no number."
    )


def test_copy_with_citation_quotes_the_source(qtbot, window):
    select(qtbot, window, "banan-firms")
    window.fact_table.setFocus()
    qtbot.keyClick(
        window.fact_table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    mime = QApplication.clipboard().mimeData()
    figure, quote, citation, reference = mime.text().split("\n")
    assert figure == "Firms opened in Banan: over 300 firms"  # the figure and its label
    assert quote == "“Over 300 firms opened in Banan District”"
    assert citation.startswith(CITED)
    assert reference == "cqdesk fact: banan-firms"
    assert "<b>Firms opened in Banan: over 300 firms</b>" in mime.html()
    assert "cqdesk fact: banan-firms" in mime.html()
    assert "<blockquote>“Over 300 firms opened in Banan District”</blockquote>" in mime.html()
    assert note(window) == "Copied the quote of “Firms opened in Banan” with its citation."


def test_copy_with_citation_of_a_derived_fact_gives_formula_and_input_quotes(qtbot, window):
    select(qtbot, window, "shops-per-firm")
    window.actions_.copy_citation.trigger()
    mime = QApplication.clipboard().mimeData()
    text = mime.text()
    assert text.startswith("Shops per firm: about 0.07 shops per firm (derived by cqdesk")
    assert "Formula: lakeside-shops / banan-firms" in text
    assert "- banan-firms (Firms opened in Banan: over 300 firms): “Over 300 firms" in text
    assert "Source of the inputs: " + CITED in text
    assert text.endswith("\ncqdesk fact: shops-per-firm")
    assert "<code>lakeside-shops / banan-firms</code>" in mime.html()
    assert "(derived)" in note(window)


def test_copy_as_markdown_has_a_table_and_a_citation_footnote(qtbot, window):
    select(qtbot, window, "online-sales", "banan-firms")
    window.actions_.copy_markdown.trigger()
    lines = QApplication.clipboard().text().split("\n")
    assert lines[0] == "Figures from Tiny report[^source]"
    assert lines[2] == "| " + " | ".join(COLUMNS) + " |"
    assert [line.split(" | ")[0] for line in lines[4:6]] == ["| online-sales", "| banan-firms"]
    assert lines[-2].startswith("[^source]: " + CITED)
    assert note(window) == "Copied 2 facts as a Markdown table with a citation footnote."


def test_copies_are_disabled_with_nothing_selected(qtbot, window):
    table, actions = window.fact_table, window.actions_
    select(qtbot, window, "online-sales")
    assert all(action.isEnabled() for action in actions.copy_actions())
    table.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
    qtbot.waitUntil(lambda: window.browser.current_fact is None)
    assert not any(action.isEnabled() for action in actions.copy_actions())
    window.copier.copy_rows()
    assert note(window) == "Nothing copied: select facts in the table first."


def test_a_new_filter_disables_copy_when_it_hides_the_selection(qtbot, window):
    select(qtbot, window, "online-sales")
    window.browser.set_place("yuzhong")
    qtbot.waitUntil(lambda: not window.actions_.copy.isEnabled())


def test_ctrl_c_in_the_source_text_still_copies_the_selected_text(qtbot, window):
    select(qtbot, window, "online-sales")
    view = window.source_view
    window.lower_tabs.setCurrentWidget(view)
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == view.toPlainText()[:8]


def test_menus_list_every_copy_action_with_its_shortcut(qtbot, window):
    actions = window.actions_
    shortcuts = {a.shortcut().toString() for a in actions.copy_actions() + actions.export_actions()}
    assert "" not in shortcuts and len(shortcuts) == 9
    taken = [a.shortcut().toString() for a in window.findChildren(QAction)]
    assert len([s for s in taken if s]) == len({s for s in taken if s}), "a shortcut is used twice"
    menus = {m.title(): m for m in window.menuBar().findChildren(QMenu)}
    edit = [a for a in menus["&Edit"].actions() if not a.isSeparator()]
    assert edit == [*actions.copy_actions(), actions.copy_chart]
    assert set(actions.export_actions()) <= set(menus["&File"].actions())


def test_the_table_context_menu_holds_the_copy_export_and_sort_actions(qtbot, window):
    menu = window.fact_table.context_menu()
    listed = [a for a in menu.actions() if not a.isSeparator()]
    assert listed == [
        *window.actions_.copy_actions(),
        *window.actions_.export_actions(),
        window.sort_menu.menu.menuAction(),
    ]


def test_the_detail_pane_menu_copies_the_fact_and_its_selected_text(qtbot, window):
    select(qtbot, window, "banan-firms")
    menu = window.detail_pane.context_menu(window.detail_pane.rect().center())
    listed = menu.actions()
    assert set(window.actions_.fact_menu()) <= set(listed)
    assert window.actions_.copy not in listed  # Ctrl+C there copies the selected text
    assert any(a.text().replace("&", "") == "Copy" for a in listed)
    menu.deleteLater()


def open_menu_and_read(monkeypatch, widget, reason, position) -> tuple[list[str], QPoint]:
    """Send a context-menu event; read the menu it would show, and where (without blocking)."""
    seen: list[str] = []
    where: list[QPoint] = []

    def show(menu, at):
        seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
        where.append(at)

    monkeypatch.setattr(menus, "popup", show)
    QApplication.sendEvent(
        widget, QContextMenuEvent(reason, position, widget.mapToGlobal(position))
    )
    return seen, where[0]


def test_the_menu_key_opens_the_table_menu_at_the_current_row(qtbot, window, monkeypatch):
    select(qtbot, window, "banan-firms")
    table = window.fact_table
    seen, at = open_menu_and_read(
        monkeypatch, table, QContextMenuEvent.Reason.Keyboard, QPoint(0, 0)
    )
    assert seen[:2] == ["&Copy", "Copy &number"] and "Export view as &JSON…" in seen
    row = table.visualRect(table.currentIndex())
    assert at == table.viewport().mapToGlobal(row.bottomLeft())


def test_a_right_click_on_the_detail_pane_opens_its_copy_menu(qtbot, window, monkeypatch):
    select(qtbot, window, "banan-firms")
    seen, _at = open_menu_and_read(
        monkeypatch,
        window.detail_pane.viewport(),
        QContextMenuEvent.Reason.Mouse,
        QPoint(20, 20),
    )
    assert "Copy with c&itation" in seen


def test_ctrl_home_and_ctrl_end_select_the_row_so_a_copy_copies_it(qtbot, window):
    table = window.fact_table
    table.select_fact("banan-firms")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    first = table.model_.index(0, COL_LABEL).data()
    assert table.selection_spans() == [(0, 1)]
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert first in QApplication.clipboard().text()
    assert "Firms opened in Banan" not in QApplication.clipboard().text()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.selection_spans() == [(table.model_.rowCount() - 1, 1)]
