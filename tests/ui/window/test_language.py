"""Switching to Chinese at run time changes every visible string; the choice is remembered."""

from __future__ import annotations

import dataclasses
import re
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from cqdesk import settings
from cqdesk.models.fact_table_model import COL_CATEGORY, COL_PLACE, COL_READING, COL_UNIT, COL_VALUE
from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.text import language
from cqdesk.ui.map.legend_text import legend_texts
from cqdesk.ui.window.language import chosen_language, system_language
from cqdesk.ui.window.main_window import MainWindow
from tests.conftest import REPO

# Words that stay as they are in Chinese text: the program, file formats, keys, and the name of
# the English choice in the Language menu.
KEPT = {"cqdesk", "TSV", "HTML", "CSV", "PNG", "SVG", "JSON", "Markdown", "Excel", "English", "PDF"}
KEPT |= {"Ctrl", "Shift", "Alt", "Language", "B2C", "F1", "F6", "Banan", "Enter", "Tab", "Esc"}
_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-.]+")
_QUOTED = re.compile(r"“[^”]*”")


def _delete_windows() -> None:
    """Delete the windows earlier tests closed: a language switch reaches every top-level
    window, and theirs have closed their databases."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def real_window(qtbot, real_db_path):
    _delete_windows()
    db = Catalog.open(real_db_path)
    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    win.start()
    qtbot.waitExposed(win)
    yield win
    win.languages.apply(language.ENGLISH)
    QCoreApplication.processEvents()  # the panes redraw from the database before it closes
    win.close()
    _delete_windows()
    db.close()


def _names_without_chinese(win: MainWindow) -> set[str]:
    """English words of the names the project has no Chinese for (they stay English)."""
    db = sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT name FROM entities WHERE name_zh IS NULL UNION "
        "SELECT name FROM places WHERE name_zh IS NULL"
    )
    words = {word for (name,) in rows for word in _WORD.findall(name)}
    db.close()
    return words


def _visible_texts(win: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every string a person sees: menus, widgets, headers, rows, status."""
    texts = [("title", win.windowTitle())]
    for menu in win.menus:
        texts.append(("menu", menu.title()))
        texts += [("action", a.text()) for a in menu.actions() if not a.isSeparator()]
    for widget in win.findChildren(QWidget):
        if not widget.isVisibleTo(win) or widget is win.source_view:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            texts.append((widget.objectName() or type(widget).__name__, widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _view_texts(widget)
    # The detail page's headings and row titles (its quote and citation are the source's).
    page = win.detail_pane.toHtml()
    texts += [
        ("detail", title)
        for title in re.findall(r"<span style=\" font-style:italic;\">(.*?)</span>", page)
    ]
    texts += [("detail", win.detail_pane.toPlainText().splitlines()[1])]
    # The drawn chart: title, axis, value labels, legend.
    view = win.charts.pane.chart_view()
    texts += [("chart", view.title()), ("axis", view.plot_item().getAxis("bottom").labelText)]
    texts += [("chart", label.textItem.toPlainText()) for label in view.value_labels()]
    texts += [("legend", text) for text in view.legend_texts()]
    return texts


def _view_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model, texts = view.model(), []
    for column in range(model.columnCount()):
        texts.append(("header", model.headerData(column, Qt.Orientation.Horizontal) or ""))

    def rows(parent, depth):
        for row in range(min(model.rowCount(parent), 40)):
            index = model.index(row, 0, parent)
            for column in range(model.columnCount(parent)):
                texts.append((view.objectName(), model.index(row, column, parent).data() or ""))
            if depth < 2:
                rows(index, depth + 1)

    rows(view.rootIndex(), 0)
    return texts


def _english_left(text: str, allowed: set[str], source_words: tuple[str, ...]) -> list[str]:
    text = _QUOTED.sub("", text)  # a quote or a typed search stays as it was written
    for words in source_words:  # the report's title and publisher are the source's own words
        text = text.replace(words, "")
    return [word for word in _WORD.findall(text) if word.strip(".-") not in allowed]


def test_switching_to_chinese_translates_every_visible_string(qtbot, real_window):
    win = real_window
    win.browser.reveal_fact("online-retail-sales")
    win.charts.show()

    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    allowed = KEPT | _names_without_chinese(win)
    # The sources' titles are their own words; their publishers read in Chinese where known.
    source = tuple(
        words
        for cited in win.sources.all
        for words in (
            cited.title,
            "" if cited.publisher_zh else cited.publisher,  # a name without a Chinese form
            "" if cited.statement_by_zh else cited.statement_by or "",
        )
        if words
    )
    left = [
        (where, text, words)
        for where, text in _visible_texts(win)
        if (words := _english_left(text, allowed, source))
    ]
    assert left == []
    # The table, the trees and the status bar show the Chinese forms.
    model = win.fact_table.model_
    row = model.row_of("online-retail-sales")
    assert model.index(row, 0).data() == "网络零售额"
    assert model.index(row, 1).data() == "1350.5亿元"
    assert model.index(row, 3).data() == "增长13.05%"
    assert "135050000000" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Online retail sales" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert win.status_label.text().startswith("显示")
    detail = win.detail_pane.toHtml()
    assert "网络零售额" in detail and "1350.5亿元" in detail and "135050000000" in detail


def test_switching_back_to_english(qtbot, real_window):
    win = real_window
    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    win.choose_language(language.ENGLISH)
    qtbot.waitUntil(lambda: win.menus[0].title() == "&File")
    assert win.fact_table.model_.headerData(0, Qt.Orientation.Horizontal) == "Label"
    assert win.search_box.placeholderText().startswith("Search facts")


def test_the_choice_is_remembered(qtbot, real_window):
    real_window.choose_language(language.CHINESE)
    assert Settings().get(settings.LANGUAGE) == language.CHINESE
    assert chosen_language(Settings()) == language.CHINESE
    real_window.choose_language("")  # follow the system again
    assert Settings().get(settings.LANGUAGE) == ""
    assert real_window.actions_.language_system.isChecked()


def test_the_system_locale_chooses_when_nothing_is_saved():
    assert system_language(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    assert chosen_language(Settings(), chinese) == "zh_CN"


def test_qt_dialogs_are_translated_too(qtbot, real_window):
    real_window.choose_language(language.CHINESE)
    # qtbase_zh_CN.qm, as PySide6-Essentials ships it: the standard buttons of every box.
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") != "&Yes"


def test_copies_follow_the_language_and_numbers_stay_plain(qtbot, real_window):
    from tests.ui.actions.test_copy_controller import (
        clipboard_html,
        clipboard_tsv,
        press_copy,
        select,
    )

    win = real_window
    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    select(qtbot, win, "online-merchants")
    press_copy(qtbot, win)
    (row,) = clipboard_tsv()
    assert row["label"] == "网商" and row["value_as_printed"] == "65万余家"
    assert row["value"] == "650000" and row["qualifier"] == "超过" and row["unit"] == "家"
    parsed = clipboard_html()
    cells = next(row for row in parsed.rows if row)
    assert dict(zip(parsed.header, cells, strict=True))["value"] == "650000"
    win.actions_.copy_number.trigger()
    assert QApplication.clipboard().text() == "650000"
    win.actions_.copy_as_printed.trigger()
    assert QApplication.clipboard().text() == "65万余家"


def test_the_shortcut_list_reads_in_chinese(qtbot, real_window):
    from cqdesk.ui.window.about import shortcut_lines

    real_window.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: real_window.menus[0].title() == "文件(&F)")
    lines = shortcut_lines(real_window.menuBar())
    assert "文件 › 退出: Ctrl+Q" in lines
    assert not any("(" in line.split(":")[0] for line in lines)


def test_a_derived_fact_reads_in_chinese_and_its_citation_copy_too(qtbot, real_window):
    win = real_window
    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    win.browser.reveal_fact("rural-share-of-online-retail")
    qtbot.waitUntil(lambda: "农村占网络零售额的比重" in win.detail_pane.toPlainText())
    assert "农村网络零售额 ÷ 网络零售额 × 100" in win.detail_pane.toPlainText()
    win.actions_.copy_citation.trigger()
    copied = QApplication.clipboard().text()
    assert "农村占网络零售额的比重" in copied and "18.02%" in copied
    assert "“Rural online retail sales" in copied  # the inputs' quotes stay as printed
    # The framing is Chinese too: the reading, formula, note, inputs and their sources.
    for words in ("解读：假定（", "公式：", "说明：", "输入数据：", "输入数据的来源：声明："):
        assert words in copied, words
    framing = ("Formula", "Inputs", "of the inputs", "Reading", "Note:", "Published by")
    assert not [words for words in framing if words in copied]
    detail = win.detail_pane.toPlainText()
    assert "假定（见说明）" in detail and "基于一项假定" in detail
    assert "assumption" not in detail and "Rests on" not in detail


def test_a_figure_copied_in_chinese_pastes_as_a_chinese_reader_expects(qtbot, real_window):
    win = real_window
    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    win.browser.reveal_fact("rural-online-retail-sales")
    qtbot.waitUntil(lambda: "农村网络零售额" in win.detail_pane.toPlainText())
    win.actions_.copy_citation.trigger()
    report = win.sources.report
    assert QApplication.clipboard().text().splitlines() == [
        "农村网络零售额：243.3亿元",
        "“Rural online retail sales in Chongqing Municipality totaled 24.33 billion yuan in "
        "2020, increased by 11.5% compared with that of last year.”",
        f"声明：重庆市商务委员会，2021-02-07；发布：iChongqing，"
        f"“{report.title}”，2021-02-08，{report.url}。",
        "cqdesk 数据：rural-online-retail-sales",
    ]
    html = QApplication.clipboard().mimeData().html()
    assert "<b>农村网络零售额：243.3亿元</b>" in html and "声明：" in html
    win.actions_.copy_number.trigger()  # Copy number stays the plain number
    assert QApplication.clipboard().text() == "24330000000"


def test_a_missing_translation_keeps_english_and_says_so(qtbot, real_window, monkeypatch, tmp_path):
    from cqdesk.ui.window import language as window_language

    monkeypatch.setattr(window_language, "TRANSLATIONS", tmp_path)
    real_window.choose_language(language.CHINESE)
    assert not language.chinese()
    assert "stays in English" in real_window.note_label.text()
    assert real_window.menus[0].title() == "&File"


def test_what_a_screen_reader_hears_follows_the_language(qtbot, real_window):
    win = real_window
    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    for widget in (win.fact_table, win.source_view, win.category_pane, win.filter_bar):
        assert not _english_left(widget.accessibleName(), KEPT, ()), widget.objectName()
        assert not _english_left(widget.accessibleDescription(), KEPT, ()), widget.objectName()
    assert win.search_box.accessibleDescription().startswith("边输入边搜索")


def _actions(menu) -> list:
    """Every action of ``menu`` and of its submenus."""
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found += _actions(action.menu())
    return found


def _tips_and_names(win: MainWindow) -> list[tuple[str, str]]:
    """What a hover, the status bar or a screen reader says: every action's text, tooltip and
    status tip, every visible widget's tooltip, accessible name and description, and the
    texts of bars and buttons that show later (the Reopen bar)."""
    texts = []
    for menu in win.menus:
        for action in _actions(menu):
            texts += [("action", action.text()), ("tooltip", action.toolTip())]
            texts.append(("status tip", action.statusTip()))
    for widget in win.findChildren(QWidget):
        if not widget.isVisibleTo(win) or widget is win.source_view:
            continue
        name = widget.objectName() or type(widget).__name__
        texts += [(f"{name} tooltip", re.sub(r"<[^>]+>", " ", widget.toolTip()))]
        texts += [(f"{name} name", widget.accessibleName())]
        texts += [(f"{name} description", widget.accessibleDescription())]
    notice = win.database_notice
    texts += [("notice", notice.reopen.text()), ("notice", notice.dismiss.text())]
    status = win.status_line
    texts += [("status", label.accessibleName()) for label in (status.selection, status.note)]
    return texts


def _chart_texts(win: MainWindow) -> list[tuple[str, str]]:
    """The drawn chart: title, the words beside the bars, values, legend, axis, summary."""
    view = win.charts.pane.chart_view()
    texts = [("chart", view.title()), ("chart summary", view.accessibleDescription())]
    texts += [("bar label", text) for text in view.tick_labels()]
    texts += [("value", label.textItem.toPlainText()) for label in view.value_labels()]
    texts += [("legend", text) for text in view.legend_texts()]
    texts.append(("axis", view.plot_item().getAxis("bottom").labelText))
    return texts


def _map_texts(win: MainWindow) -> list[tuple[str, str]]:
    """The map: its legend, the tiles' names, the lines above and below it."""
    tile_map = win.map_pane.tile_map
    words = dataclasses.asdict(legend_texts())
    texts = [("map legend", text) for text in words.values()]
    texts += [("map scale", step.label()) for step in tile_map.classes]
    texts += [("tile", tile_map.label(tile)) for tile in tile_map.tiles]
    texts += [("map", tile_map.title()), ("map", tile_map.what_it_shows())]
    texts += [("map", tile_map.municipality_line()), ("map", win.map_pane.info.text())]
    return texts


def _place_names(win: MainWindow) -> set[str]:
    """The words of every English place name: a tile's hover shows both of its names."""
    db = sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True)
    words = {
        word for (name,) in db.execute("SELECT name FROM places") for word in _WORD.findall(name)
    }
    db.close()
    return words


def test_switching_translates_menus_tips_charts_and_the_map(qtbot, real_window):
    win = real_window
    win.browser.set_category("overview-national")  # the comparison chart: groups and series
    win.charts.show()
    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    qtbot.waitUntil(lambda: win.charts.pane.chart_view().title() == "2020年增速：重庆和全国")
    allowed = KEPT | _names_without_chinese(win)
    source = tuple(
        words
        for cited in win.sources.all
        for words in (
            cited.title,
            "" if cited.publisher_zh else cited.publisher,  # a name without a Chinese form
            "" if cited.statement_by_zh else cited.statement_by or "",
        )
        if words
    )
    win.lower_tabs.setCurrentWidget(win.map_tab)
    qtbot.waitUntil(lambda: win.map_pane.isVisible())
    # The chips the switch replaced are deleted when the event loop next turns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = _tips_and_names(win) + _chart_texts(win) + _map_texts(win)
    assert "网络零售：重庆" in win.charts.pane.chart_view().tick_labels()
    left = [
        (where, text, words)
        for where, text in texts
        if (words := _english_left(text, allowed, source))
    ]
    assert left == []
    # A tile's hover gives both names of a place, and nothing else in English.
    hover_allowed = allowed | _place_names(win)
    tiles = win.map_pane.tile_map
    hovers = [tiles.describe(tile) for tile in tiles.tiles]
    assert [text for text in hovers if _english_left(text, hover_allowed, source)] == []


def test_the_back_key_is_named_as_qt_names_it_in_the_window_language(qtbot, real_window):
    win = real_window
    assert "Back (Alt+Left)" in win.browser.names.cleared_message(("search",))
    win.choose_language(language.CHINESE)
    qtbot.waitUntil(lambda: win.menus[0].title() == "文件(&F)")
    message = win.browser.names.cleared_message(("search",))
    # Qt's own translation (qtbase_zh_CN) names the arrow key; the note says it the same way.
    assert "后退（Alt+左方向）可恢复筛选" in message, message


def _widths(window: MainWindow) -> dict[int, int]:
    # The widths the columns want: with too little room they give way, each in proportion.
    return window.fact_table.columns.wanted()


def test_the_columns_fit_the_new_languages_texts_and_a_dragged_width_stays(
    qtbot, real_window, real_db_path
):
    # English numbers and names are wider than the Chinese forms: fitted to Chinese, "135.05
    # billion yuan" and "Express packages" were cut off after a switch back to English.
    english = _widths(real_window)
    real_window.fact_table.setColumnWidth(COL_CATEGORY, 160)  # as a drag of its edge sets it
    real_window.languages.apply(language.CHINESE)
    QCoreApplication.processEvents()
    in_chinese = _widths(real_window)
    assert in_chinese[COL_VALUE] < english[COL_VALUE] and in_chinese[COL_CATEGORY] == 160
    catalog = Catalog.open(real_db_path)
    other = MainWindow(catalog, Settings(), languages=real_window.languages)
    try:
        fitted = _widths(other)  # a window started in Chinese
    finally:
        other.close()
        other.deleteLater()  # gone before its database closes: later switches reach every window
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        catalog.close()
    assert all(in_chinese[c] == fitted[c] for c in (COL_VALUE, COL_UNIT, COL_READING, COL_PLACE))
    real_window.languages.apply(language.ENGLISH)
    QCoreApplication.processEvents()
    assert _widths(real_window) == {**english, COL_CATEGORY: 160}


def test_the_category_pane_fits_the_new_languages_rows_unless_resized(qtbot, real_window):
    # Chinese rows are taller: the sections fitted in English needed a scroll bar in Chinese.
    pane, splitter = real_window.category_pane, real_window.layout_.filter_splitter
    qtbot.waitUntil(lambda: abs(pane.height() - pane.content_height()) <= 1)
    english = pane.height()
    real_window.languages.apply(language.CHINESE)
    qtbot.waitUntil(lambda: pane.height() != english)
    assert abs(pane.height() - pane.content_height()) <= 1
    column = sum(splitter.sizes())
    splitter.setSizes([90, column - 90])  # the person drags the handle
    dragged = splitter.sizes()[0]
    real_window.languages.apply(language.ENGLISH)
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    assert splitter.sizes()[0] == dragged


def test_a_switch_over_an_empty_view_keeps_the_widths_until_rows_come(qtbot, real_window):
    # Measured on no rows, every column would shrink to its header (and stay so).
    english = _widths(real_window)
    real_window.browser.set_search("zzzzqqq")
    qtbot.waitUntil(lambda: real_window.fact_table.model_.rowCount() == 0)
    real_window.languages.apply(language.CHINESE)
    QCoreApplication.processEvents()
    assert _widths(real_window) == english
    real_window.clear_filters()
    qtbot.waitUntil(lambda: _widths(real_window)[COL_VALUE] < english[COL_VALUE])
