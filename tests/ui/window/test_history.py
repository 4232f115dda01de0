"""Back and forward through filters and facts: menu items, Alt+Left/Right, the mouse's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from cqdesk.store.records import FactQuery
from cqdesk.ui.window.history import History, Location


def _at(window) -> tuple[FactQuery, str | None]:
    return window.browser.query, window.browser.current_fact


def test_back_and_forward_through_filters_with_their_facts(qtbot, window):
    browser, actions = window.browser, window.actions_
    assert not actions.back.isEnabled()
    browser.set_category("market")
    window.fact_table.select_fact("banan-firms")
    browser.set_place("lakeside-park")
    qtbot.waitUntil(lambda: browser.current_fact is None)
    assert actions.back.isEnabled() and not actions.forward.isEnabled()
    actions.back.trigger()
    assert _at(window) == (FactQuery(category_id="market"), "banan-firms")
    assert window.fact_table.currentIndex().row() == window.fact_table.model_.row_of("banan-firms")
    actions.back.trigger()
    assert browser.query == FactQuery()
    assert actions.forward.isEnabled() and not actions.back.isEnabled()
    actions.forward.trigger()
    actions.forward.trigger()
    assert browser.query == FactQuery(category_id="market", place_id="lakeside-park")
    assert not actions.forward.isEnabled()


def test_following_an_input_link_keeps_a_way_back_to_the_filters(qtbot, window):
    browser = window.browser
    browser.set_search("2019")
    window.fact_table.select_fact("online-sales-2019")
    qtbot.waitUntil(lambda: browser.current_fact == "online-sales-2019")
    window.detail_pane.anchorClicked.emit(QUrl("fact:online-sales"))  # the input's link
    assert _at(window) == (FactQuery(), "online-sales")  # the search hid it, so it went
    assert window.note_label.text() == (
        "Cleared the search to show the chosen fact; Back (Alt+Left) brings the filters back."
    )
    window.fact_table.setFocus()
    qtbot.keyClick(window.fact_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _at(window) == (FactQuery(search="2019"), "online-sales-2019")
    assert window.search_box.text() == "2019"
    qtbot.keyClick(window.fact_table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _at(window) == (FactQuery(), "online-sales")


def test_clicking_a_span_is_a_step_even_without_a_filter_to_clear(qtbot, window):
    browser = window.browser
    browser.set_place("banan")
    window.fact_table.select_fact("banan-firms")
    window.fact_table.select_fact("lakeside-shops")  # moving along the rows is no step
    window.source_view.factClicked.emit("online-sales")
    assert _at(window) == (FactQuery(), "online-sales")
    QTest.mouseClick(window.fact_table.viewport(), Qt.MouseButton.BackButton)
    assert _at(window) == (FactQuery(place_id="banan"), "lakeside-shops")
    browser.reveal_fact("banan-firms")  # shown in the view: a step within it
    assert _at(window) == (FactQuery(place_id="banan"), "banan-firms")
    QTest.mouseClick(window.detail_pane.viewport(), Qt.MouseButton.BackButton)
    assert _at(window) == (FactQuery(place_id="banan"), "lakeside-shops")
    QTest.mouseClick(window.category_pane.viewport(), Qt.MouseButton.ForwardButton)
    assert _at(window) == (FactQuery(place_id="banan"), "banan-firms")


def test_typing_a_search_is_one_step(qtbot, window):
    browser = window.browser
    browser.set_category("overview")
    for text in ("on", "onl", "online", "onl", "online sales"):
        browser.set_search(text)
    browser.set_search("growth")
    entries = window.navigator.history.entries
    assert [entry.query.search for entry in entries] == ["", "", "online sales", "growth"]
    window.actions_.back.trigger()
    assert browser.query == FactQuery(category_id="overview", search="online sales")


def test_the_go_menu_lists_back_and_forward(window):
    go_menu = window.menus[3]
    texts = [action.text() for action in go_menu.actions()[:2]]
    assert texts == ["&Back", "&Forward"]
    assert window.actions_.back.shortcut().toString() == "Alt+Left"
    assert window.actions_.forward.shortcut().toString() == "Alt+Right"


def test_history_forgets_what_lay_ahead_after_a_new_step():
    history = History(Location(FactQuery()))
    history.push(Location(FactQuery(place_id="banan")))
    history.push(Location(FactQuery(place_id="yuzhong")))
    assert history.go(-1) == Location(FactQuery(place_id="banan"))
    history.push(Location(FactQuery(category_id="overview")))
    assert not history.can_go(1)
    assert [entry.query for entry in history.entries] == [
        FactQuery(),
        FactQuery(place_id="banan"),
        FactQuery(category_id="overview"),
    ]
    assert history.go(5) is None


def test_alt_left_works_from_the_text_panes_too(qtbot, window):
    window.browser.set_place("banan")
    window.fact_table.select_fact("banan-firms")
    window.browser.set_place("yuzhong")
    for pane in (window.detail_pane, window.source_view, window.search_box):
        window.browser.set_place("yuzhong")
        pane.setFocus()
        qtbot.waitUntil(pane.hasFocus)
        qtbot.keyClick(pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert window.browser.query == FactQuery(place_id="banan"), pane.objectName()
