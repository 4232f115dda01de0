"""The map tab driven as a person would: click, keys, hover words, language, saving."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from cqdesk.store import Catalog
from cqdesk.store.records import FactQuery
from cqdesk.ui.map.items import MarkItem, TileItem
from cqdesk.ui.map.pane import MapPane
from cqdesk.ui.window.browser import Browser


@pytest.fixture
def map_tab(qtbot, window):
    """The window with its Map tab in front (after the charts load and the saved tab returns)."""
    qtbot.waitUntil(lambda: window.charts.pane is not None)
    window.lower_tabs.setCurrentWidget(window.map_tab)
    qtbot.waitUntil(window.map_pane.isVisible)
    return window


def point_of(view, item):
    """Where an item's centre is drawn in the view's viewport."""
    return view.mapFromScene(item.mapToScene(item.boundingRect().center()))


def click(qtbot, view, item) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, item))


def test_a_click_on_a_tile_sets_the_place_filter_and_the_tree_follows(qtbot, map_tab):
    view = map_tab.map_pane.view
    click(qtbot, view, view.tiles["yuzhong"])
    qtbot.waitUntil(lambda: map_tab.browser.query.place_id == "yuzhong")
    assert map_tab.place_pane.tree.currentIndex().data() == "Yuzhong District 渝中区"
    assert "Place: Yuzhong District" in map_tab.status_label.text()
    assert map_tab.map_pane.tile_map.is_selected("yuzhong")


def test_a_click_on_a_park_filters_by_the_park(qtbot, map_tab):
    view = map_tab.map_pane.view
    mark = view.tiles["banan"].marks[0]
    assert isinstance(mark, MarkItem) and mark.place_id() == "lakeside-park"
    click(qtbot, view, mark)
    qtbot.waitUntil(lambda: map_tab.browser.query.place_id == "lakeside-park")


def test_the_tree_choice_outlines_its_tile(qtbot, map_tab):
    map_tab.browser.set_place("banan")
    tile_map = map_tab.map_pane.tile_map
    assert tile_map.is_selected("banan") and not tile_map.is_selected("yuzhong")
    assert "Banan District · 巴南区: 3 facts" in map_tab.map_pane.info.text()


def test_arrows_move_between_tiles_enter_filters_and_escape_clears(qtbot, map_tab):
    view = map_tab.map_pane.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.focused_id == "wanzhou"  # the first tile in reading order
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Banan, one aside and two down, before Yuzhong
    assert view.focused_id == "banan"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.focused_id == "yuzhong"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.focused_id == "banan"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.focused_id == "wanzhou"
    qtbot.keyClick(view, Qt.Key.Key_Up)  # nothing further up: stays
    assert view.focused_id == "wanzhou"
    assert "Wanzhou District · 万州区" in map_tab.map_pane.info.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: map_tab.browser.query.place_id == "wanzhou")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: map_tab.browser.query.place_id is None)


def test_space_steps_through_a_tiles_parks_and_enter_filters_by_one(qtbot, map_tab):
    view = map_tab.map_pane.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.set_focused("banan")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.tiles["banan"].marks[0].focused and not view.tiles["banan"].focused
    assert "Lakeside Park" in map_tab.map_pane.info.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: map_tab.browser.query.place_id == "lakeside-park")
    qtbot.keyClick(view, Qt.Key.Key_Space)  # past the last park: back to the tile
    assert view.tiles["banan"].focused and view.mark_index is None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: map_tab.browser.query.place_id == "banan")


def test_ctrl_7_brings_the_map_forward_with_the_focus(qtbot, window):
    window.actions_.focus_map.trigger()
    assert window.lower_tabs.currentWidget() is window.map_tab
    assert window.map_pane.view.hasFocus()


def test_a_division_without_facts_says_so_and_is_drawn_neutral(qtbot, map_tab):
    tile_map = map_tab.map_pane.tile_map
    wanzhou = tile_map.tile("wanzhou")
    assert tile_map.step("wanzhou") is None
    assert "The report gives no figures for Wanzhou District." in tile_map.describe(wanzhou)
    item = map_tab.map_pane.view.tiles["wanzhou"]
    assert item.fill_colour() == map_tab.map_pane.view.look.empty


def test_other_filters_reshade_and_say_what_they_hide(qtbot, map_tab):
    tile_map = map_tab.map_pane.tile_map
    map_tab.browser.set_category("overview")
    assert tile_map.count("banan") == 0
    assert "No facts about it match the other filters." in tile_map.describe(tile_map.tile("banan"))
    assert "Category: Overview" in tile_map.what_it_shows()
    map_tab.browser.set_category(None)
    assert tile_map.count("banan") == 3


def test_the_city_as_a_whole_is_stated_apart(qtbot, map_tab):
    view = map_tab.map_pane.view
    assert (
        map_tab.map_pane.whole.text()
        == view.whole.toPlainText()
        == ("4 facts about Chongqing as a whole, not about one district or county")
    )


def test_a_park_placed_by_the_gazetteer_says_so(real_db, qtbot):
    pane = MapPane(Browser(Catalog(real_db)))
    qtbot.addWidget(pane)
    tile_map = pane.tile_map
    jiangbei = tile_map.tile("jiangbei")
    text = tile_map.describe(jiangbei)
    assert "◇ Lianglu Cuntan comprehensive bonded zone · 两路寸滩" in text
    assert "placed in Jiangbei District by gazetteer knowledge" in text
    banan = tile_map.describe(tile_map.tile("banan"))
    assert "◆" in banan and "the report places it in Banan District" in banan


def test_a_dark_palette_gets_the_dark_ramp_and_light_words(qtbot, map_tab):
    from PySide6.QtGui import QColor, QPalette

    from cqdesk.ui.map.scale import DARK_RAMP

    view = map_tab.map_pane.view
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(dark)
    qtbot.waitUntil(lambda: view.look.background.name() == "#1e1e1e")
    assert view.legend.look.text.name() == "#eeeeee"
    assert view.tiles["banan"].fill_colour().name() in DARK_RAMP
    assert view.title.defaultTextColor().name() == "#eeeeee"


def test_tiles_are_labelled_in_the_windows_language(qtbot, map_tab):
    pane = map_tab.map_pane
    pane.set_chinese(True)
    assert pane.tile_map.label(pane.tile_map.tile("wanzhou")) == "万州"
    pane.set_chinese(False)
    assert pane.tile_map.label(pane.tile_map.tile("wanzhou")) == "Wanzhou"


def test_hover_describes_the_tile_with_both_names_and_its_parks(qtbot, map_tab):
    view = map_tab.map_pane.view
    item = view.tiles["banan"]
    assert isinstance(item, TileItem)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point_of(view, item)),
        QPointF(view.viewport().mapToGlobal(point_of(view, item))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), move)
    qtbot.waitUntil(lambda: "Banan District · 巴南区: 3 facts" in map_tab.map_pane.info.text())
    assert (
        "Lakeside Park · 湖滨公园 (1 fact): the report places it in Banan District"
        in item.toolTip()
    )


def test_the_saved_svg_holds_the_title_the_legend_and_what_it_shows(qtbot, map_tab, tmp_path):
    target = tmp_path / "map.svg"
    map_tab.browser.set_place("banan")
    map_tab.map_pane.export_image(str(target))
    svg = target.read_text(encoding="utf-8")
    for text in (
        "Facts by district and county, Chongqing 2020",
        "Facts about each division and its parks",
        "a park or zone placed by gazetteer knowledge",
        "thick frame: the current place filter",
        "Shading: the number of the report",
        "Framed: Place: Banan District.",
        "Banan",
    ):
        assert text in svg, text
    assert not list(tmp_path.glob(".*part"))


def test_the_saved_png_is_a_picture_others_may_read(qtbot, map_tab, tmp_path):
    target = tmp_path / "map.png"
    map_tab.map_pane.export_image(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not the temporary file's 0600
    target.chmod(0o640)
    map_tab.map_pane.export_image(str(target))
    assert target.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its permissions


def test_a_failed_save_keeps_the_old_file(qtbot, map_tab, tmp_path, monkeypatch):
    target = tmp_path / "map.svg"
    target.write_text("old", encoding="utf-8")

    def broken_replace(_source, _target):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        map_tab.map_pane.export_image(str(target))
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["map.svg"]


@pytest.mark.parametrize(
    ("name", "message"), [("map.pdf", r"\.png or \.svg"), ("missing/map.png", "does not exist")]
)
def test_bad_save_targets_are_refused_with_a_reason(qtbot, map_tab, tmp_path, name, message):
    with pytest.raises((ValueError, OSError), match=message):
        map_tab.map_pane.export_image(str(Path(tmp_path) / name))


def test_a_hidden_map_counts_when_it_is_shown(qtbot, window):
    window.lower_tabs.setCurrentWidget(window.source_view)
    window.browser.set_query(FactQuery(category_id="market"))
    window.lower_tabs.setCurrentWidget(window.map_tab)
    qtbot.waitUntil(lambda: window.map_pane.tile_map.query.category_id == "market")
    assert window.map_pane.tile_map.count("yuzhong") == 1


def test_save_map_as_svg_from_the_file_menu(qtbot, map_tab, tmp_path):
    target = tmp_path / "chosen"
    map_tab.map_exporter.choose = lambda *_args: str(target)
    messages = []
    map_tab.browser.message.connect(messages.append)
    map_tab.actions_.save_map_svg.trigger()
    assert (tmp_path / "chosen.svg").read_text(encoding="utf-8").startswith("<?xml")
    assert messages and "Saved the map as SVG" in messages[-1]
    assert map_tab.actions_.save_map_png in map_tab.map_pane.view.actions()


def test_the_map_tab_is_remembered_after_a_restart(qtbot, tiny_db):
    from cqdesk.settings import Settings
    from cqdesk.ui.window.main_window import MainWindow

    first = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(first)
    first.start()
    qtbot.waitUntil(lambda: first.charts.pane is not None)
    assert [first.lower_tabs.tabText(n) for n in range(3)] == ["Source", "Charts", "Map"]
    first.lower_tabs.setCurrentWidget(first.map_tab)
    first.close()
    second = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(second)
    second.start()
    qtbot.waitUntil(lambda: second.charts.pane is not None)
    assert second.lower_tabs.currentWidget() is second.map_tab


@pytest.mark.parametrize(
    "query",
    [
        FactQuery(),
        FactQuery(category_id="market"),
        FactQuery(search="shops"),
        FactQuery(entity_id="acme"),
        FactQuery(place_id="yuzhong", category_id="market"),
    ],
)
def test_the_tiles_counts_are_the_tables_counts_under_each_filter(qtbot, map_tab, query):
    map_tab.browser.set_query(query)
    catalog, tile_map = map_tab.browser.catalog, map_tab.map_pane.tile_map
    for tile in tile_map.tiles:
        for place_id in (tile.place_id, *(mark.place_id for mark in tile.marks)):
            expected = catalog.count(query.with_filter("place_id", place_id))
            assert tile_map.count(place_id) == expected, place_id
    # ...and the table shows that many when the tile is clicked.
    click(qtbot, map_tab.map_pane.view, map_tab.map_pane.view.tiles["banan"])
    qtbot.waitUntil(lambda: map_tab.browser.query.place_id == "banan")
    assert map_tab.fact_table.model_.rowCount() == tile_map.count("banan")


def test_a_language_change_to_chinese_relabels_the_tiles(qtbot, map_tab):
    from PySide6.QtCore import QLocale

    pane, before = map_tab.map_pane, QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        QApplication.sendEvent(pane, QEvent(QEvent.Type.LanguageChange))
        assert pane.tile_map.label(pane.tile_map.tile("banan")) == "巴南"
    finally:
        QLocale.setDefault(before)
        QApplication.sendEvent(pane, QEvent(QEvent.Type.LanguageChange))
    assert pane.tile_map.label(pane.tile_map.tile("banan")) == "Banan"
