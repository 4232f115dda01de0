"""The window driven as a person would: filters, search, selection across panes, saved state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from cqdesk.export import source_citation
from cqdesk.models.fact_table_model import COL_PLACE
from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.store.source import sources
from cqdesk.ui.window.main_window import MainWindow
from tests.ui_helpers import shown_ids


def click_text(qtbot, view, position: int) -> None:
    """Click in a text view at a UTF-16 document position."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_choosing_a_category_shows_its_subtree(qtbot, window):
    tree = window.category_pane
    tree.setCurrentIndex(tree.model_.find("market"))
    qtbot.waitUntil(lambda: window.browser.query.category_id == "market")
    assert set(shown_ids(window)) == {
        "banan-firms",
        "lakeside-shops",
        "shops-per-firm",
        "acme-yuzhong",
    }
    assert "Category: Market entities" in window.status_label.text()
    assert "Showing 4 of 8 facts" in window.status_label.text()


def test_typing_a_chinese_place_name_filters_by_the_district_and_its_parks(qtbot, window):
    window.place_pane.box.setFocus()
    # Chinese arrives through the input method as a committed string, as an IME sends it.
    typed = QInputMethodEvent()
    typed.setCommitString("巴南")
    QApplication.sendEvent(window.place_pane.box, typed)
    assert window.place_pane.box.text() == "巴南"
    qtbot.keyClick(window.place_pane.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.browser.query.place_id == "banan")
    assert {"banan-firms", "lakeside-shops"} <= set(shown_ids(window))
    assert "acme-yuzhong" not in shown_ids(window)
    assert [b.text() for b in window.filter_bar.buttons] == ["Place: Banan District  ×"]


def test_search_as_you_type_and_escape_clears(qtbot, window):
    window.actions_.find.trigger()
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "Acme")
    qtbot.waitUntil(lambda: shown_ids(window) == ["acme-yuzhong"])
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.browser.query.search == "")
    assert len(shown_ids(window)) == window.browser.total
    qtbot.keyClicks(window.search_box, '"( NEAR * -) <b>')
    qtbot.waitUntil(lambda: window.browser.query.search == '"( NEAR * -) <b>')
    assert window.fact_table.empty_note.isVisible()
    assert window.fact_table.empty_note.text().startswith("No facts match")


def test_empty_place_says_why(qtbot, window):
    window.browser.set_place("wanzhou")
    assert (
        window.fact_table.empty_note.text() == "The report gives no figures for Wanzhou District."
    )
    assert window.fact_table.empty_note.isVisible()


def test_a_row_shows_its_detail_and_its_place_in_the_source(qtbot, window):
    window.fact_table.select_fact("banan-firms")
    assert window.browser.current_fact == "banan-firms"
    text = window.detail_pane.toPlainText()
    assert "over 300" in text and "Over 300 firms opened in Banan District" in text
    assert "Tiny report" in text and "https://example.org/tiny" in text
    span, value = window.source_view.extraSelections()
    assert span.cursor.selectedText() == "Over 300 firms opened in Banan District"
    assert value.cursor.selectedText() == "300"


def test_clicking_a_span_selects_its_fact_and_clears_the_hiding_filter(qtbot, window):
    window.browser.set_place("yuzhong")
    text = window.source_view.toPlainText()
    click_text(qtbot, window.source_view, text.index("300 firms") + 1)
    qtbot.waitUntil(lambda: window.browser.current_fact == "banan-firms")
    assert window.browser.query.place_id is None
    assert "Cleared the place filter" in window.note_label.text()
    current = window.fact_table.currentIndex()
    assert window.fact_table.model_.fact_row(current.row()).id == "banan-firms"


def test_a_click_in_a_shared_quote_picks_the_value_under_it(qtbot, window):
    text = window.source_view.toPlainText()
    body = text.index("Chongqing-In 2020")
    click_text(qtbot, window.source_view, text.index("12.5%", body) + 1)
    qtbot.waitUntil(lambda: window.browser.current_fact == "online-sales-growth")
    click_text(qtbot, window.source_view, text.index("online sales were", body) + 2)
    qtbot.waitUntil(lambda: window.browser.current_fact == "online-sales")


def test_a_derived_fact_shows_formula_and_its_inputs_select(qtbot, window):
    window.fact_table.select_fact("shops-per-firm")
    detail = window.detail_pane
    # The formula in words, with the ids it is written in under it.
    assert "Shops in Lakeside Park ÷ Firms opened in Banan" in detail.toPlainText()
    assert "lakeside-shops / banan-firms" in detail.toPlainText()
    assert "“" not in detail.toPlainText().split("Source")[0]  # no quote for a derived fact
    assert window.source_view.extraSelections() == []
    inputs = detail.document().find("Inputs").selectionStart()
    position = detail.document().find("Shops in Lakeside Park", inputs).selectionStart()
    click_text(qtbot, detail, position + 2)
    qtbot.waitUntil(lambda: window.browser.current_fact == "lakeside-shops")


def test_clicking_a_place_in_the_detail_filters_by_it(qtbot, window):
    window.fact_table.select_fact("acme-yuzhong")
    position = window.detail_pane.document().find("Yuzhong District").selectionStart()
    click_text(qtbot, window.detail_pane, position + 2)
    qtbot.waitUntil(lambda: window.browser.query.place_id == "yuzhong")
    assert shown_ids(window) == ["acme-yuzhong"]
    assert window.browser.current_fact == "acme-yuzhong"


def test_clicking_an_organisation_in_the_detail_filters_by_it(qtbot, window):
    window.fact_table.select_fact("acme-yuzhong")
    document = window.detail_pane.document()
    row = document.find("Organisations")  # the link, not the label that also names Acme
    position = document.find("Acme", row).selectionStart()
    click_text(qtbot, window.detail_pane, position + 1)
    qtbot.waitUntil(lambda: window.browser.query.entity_id == "acme")
    assert shown_ids(window) == ["acme-yuzhong"]
    assert "Organisation: Acme" in window.status_label.text()
    assert [b.text() for b in window.filter_bar.buttons][0].startswith("Organisation: Acme")
    window.browser.set_place("banan")
    assert shown_ids(window) == []
    assert "The report says nothing about Acme" in window.fact_table.empty_note.text()
    window.browser.reveal_fact("acme-yuzhong")
    assert window.browser.query.place_id is None and window.browser.query.entity_id == "acme"


def test_one_keystroke_clears_every_filter(qtbot, window):
    window.apply_state("market", "banan", "firms", None)
    window.place_pane.box.setText("ban")
    assert len(window.filter_bar.buttons) == 4  # three filters and "Clear all"
    assert window.actions_.clear_filters.shortcut().toString() == "Ctrl+Shift+X"
    window.actions_.clear_filters.trigger()
    assert window.browser.query.category_id is None and window.browser.query.place_id is None
    assert window.browser.query.search == "" and window.search_box.text() == ""
    assert window.place_pane.box.text() == "" and not window.filter_bar.isVisible()
    assert "no filters" in window.status_label.text()


def test_a_removable_label_removes_one_filter(qtbot, window):
    window.apply_state("market", "banan", "", None)
    qtbot.mouseClick(window.filter_bar.buttons[1], Qt.MouseButton.LeftButton)
    assert window.browser.query.place_id is None and window.browser.query.category_id == "market"


def test_state_is_restored_after_a_restart(qtbot, tiny_db):
    first = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(first)
    first.start()
    first.apply_state("market", "banan", "", "lakeside-shops")
    first.resize(700, 500)  # the offscreen screen is 800x600
    first.main_splitter.setSizes([300, 400])
    sizes = first.main_splitter.sizes()
    first.fact_table.setColumnWidth(COL_PLACE, 211)
    first.close()
    second = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(second)
    second.start()
    assert second.browser.query.category_id == "market"
    assert second.browser.query.place_id == "banan"
    assert second.browser.current_fact == "lakeside-shops"
    assert second.main_splitter.sizes() == sizes
    # The width dragged to; a window this narrow shows it narrower until there is room.
    assert second.fact_table.columns.wanted()[COL_PLACE] == 211
    assert (second.width(), second.height()) == (700, 500)


def test_the_charts_tab_is_restored_after_a_restart(qtbot, tiny_db):
    first = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(first)
    first.start()
    qtbot.waitUntil(lambda: first.charts.pane is not None)
    first.lower_tabs.setCurrentWidget(first.charts.pane)
    first.close()
    second = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(second)
    second.start()
    qtbot.waitUntil(lambda: second.charts.pane is not None)
    assert second.lower_tabs.currentWidget() is second.charts.pane


def test_pane_shortcuts_move_the_focus(qtbot, window):
    window.actions_.focus_table.trigger()
    assert window.fact_table.hasFocus()
    window.actions_.next_pane.trigger()
    assert window.detail_pane.hasFocus()
    window.actions_.filter_places.trigger()
    assert window.place_pane.box.hasFocus()
    names = {
        w.objectName()
        for w in (
            window.category_pane,
            window.place_pane.tree,
            window.place_pane.box,
            window.search_box,
            window.fact_table,
            window.detail_pane,
            window.source_view,
        )
    }
    assert names == {
        "categoryTree",
        "placeTree",
        "placeFilterBox",
        "searchBox",
        "factTable",
        "detailPane",
        "sourceView",
    }


def test_the_chart_pane_follows_the_category_filters_and_fact(qtbot, window):
    pytest.importorskip("cqdesk.ui.charts.pane")
    qtbot.waitUntil(lambda: window.charts.pane is not None)
    pane = window.charts.pane
    assert pane.objectName() == "chartPane"
    assert pane.current_chart().id == "levels"  # "All facts" shows the overview's charts
    visible = []
    pane.set_visible_facts = visible.append
    window.browser.set_category("market")
    assert pane.current_chart().id == "firms"
    window.browser.set_place("yuzhong")
    assert visible[-1] == set()
    window.browser.set_place("banan")
    assert visible[-1] == {"banan-firms"}
    pane.factActivated.emit("banan-firms")
    assert window.browser.current_fact == "banan-firms"


def test_with_no_category_every_chart_is_offered(qtbot, window):
    pytest.importorskip("cqdesk.ui.charts.pane")
    qtbot.waitUntil(lambda: window.charts.pane is not None)
    assert window.browser.query.category_id is None
    assert [chart.id for chart in window.browser.charts_for_category()] == ["levels", "firms"]
    window.browser.set_category("overview")
    assert [chart.id for chart in window.browser.charts_for_category()] == ["levels"]


def test_the_restored_fact_is_scrolled_into_view_in_the_source(qtbot, real_db):
    first = MainWindow(Catalog(real_db), Settings())
    qtbot.addWidget(first)
    first.start()
    first.fact_table.select_fact("training-trainees")  # far down the report
    first.close()
    second = MainWindow(Catalog(real_db), Settings())
    qtbot.addWidget(second)
    second.start()
    view = second.source_view
    assert second.browser.current_fact == "training-trainees"
    span, _value = view.extraSelections()
    start = span.cursor.selectionStart()
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    top = view.cursorRect(cursor).top()
    assert 0 <= top < view.viewport().height()


def test_the_detail_pane_cites_as_the_clipboard_does(qtbot, window, tiny_db):
    window.fact_table.select_fact("acme-yuzhong")
    text = window.detail_pane.toPlainText()
    assert source_citation(sources(tiny_db).report) in text
    assert "Organisations" in text and "Names" not in text


def test_counts_read_in_the_singular_for_one(tiny_db):
    from cqdesk.store.records import FactQuery
    from cqdesk.ui.panes.filter_text import FilterNames

    names = FilterNames(Catalog(tiny_db))
    assert names.status(FactQuery(), 1, 1) == "Showing 1 of 1 fact — no filters"
    assert names.status(FactQuery(), 1, 8) == "Showing 1 of 8 facts — no filters"


def test_a_search_for_placeholders_is_shown_as_typed(qtbot, window):
    # Messages fill %1, %2 in one pass: a search for "%2" must not be filled in again.
    window.apply_state("market-projects", "banan", "%2 %1 zzz", None)
    note = window.fact_table.empty_note.text()
    assert "“%2 %1 zzz”" in note and "Banan District" in note


def test_a_search_of_punctuation_alone_filters_nothing_and_says_so(qtbot, window):
    window.browser.set_search("!!!")
    assert window.browser.query.search == ""
    assert "no filters" in window.status_label.text()
    assert "has no words or numbers to search for" in window.note_label.text()


def test_typing_in_the_place_finder_changes_no_filter(qtbot, window):
    window.browser.set_place("yuzhong")
    window.place_pane.box.setText("ban")  # hides Yuzhong: Qt moves the current row
    assert window.browser.query.place_id == "yuzhong"
    window.place_pane.box.setText("")
    assert window.browser.query.place_id == "yuzhong"
    window.browser.clear_filters()
    window.place_pane.box.setText("b")
    assert window.browser.query.place_id is None


def test_the_window_title_names_the_source_and_leaves_cqdesk_to_qt(window):
    # The application's display name ("cqdesk") is appended by Qt to every window title.
    assert window.windowTitle() == "Tiny report"


def test_building_a_window_leaves_the_garbage_collector_on(qtbot, tiny_db):
    import gc

    from cqdesk.ui.window.main_window import MainWindow, built_to_last

    window = MainWindow(Catalog(tiny_db))
    qtbot.addWidget(window)
    assert gc.isenabled()
    with pytest.raises(RuntimeError), built_to_last():
        assert not gc.isenabled()
        raise RuntimeError("a pane failed to build")
    assert gc.isenabled()
    gc.unfreeze()
