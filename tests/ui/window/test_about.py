"""The Help menu: the About box names the data and its source; the shortcut list is complete."""

from __future__ import annotations

import html
import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cqdesk import __version__
from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.store.records import Sources
from cqdesk.store.source import sources
from cqdesk.ui.window import about
from cqdesk.ui.window.about import shortcut_lines
from cqdesk.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tiny_db):
    win = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(win)
    return win


def test_about_names_version_counts_file_and_source(window, tiny_db_path):
    box = window.about_box()
    text = box.text()
    assert __version__ in text
    assert "5 reported facts, 1 statement, 2 derived facts" in text
    assert str(tiny_db_path) in text
    assert "Statement by Test Commission" in text and "Test Press" in text
    assert '<a href="https://example.org/tiny">https://example.org/tiny</a>' in text
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label.openExternalLinks()
    plain = html.unescape(text)
    assert "Code: MIT licence." in plain
    assert "CC BY 4.0, https://creativecommons.org/licenses/by/4.0/" in plain
    assert "remain Test Press's" in plain
    assert window.actions_.about.shortcut().toString() == "F1"


def test_about_text_from_the_data_is_never_html_nor_a_link(window, tiny_db):
    odd = replace(sources(tiny_db).report, title="<b>Bold</b> & co", url="javascript:alert(1)")
    html = about.about_html(about.about_text(Sources((odd,)), {}, "x.db"), odd.url)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in html and "<b>" not in html
    assert "<a " not in html  # only a web address becomes a link


def test_shortcut_list_holds_every_shortcut_in_the_menus(window):
    lines = shortcut_lines(window.menuBar())
    assert "Find › Search facts: Ctrl+F" in lines
    assert "Edit › Copy with citation: Ctrl+Shift+C" in lines
    assert "Help › About cqdesk: F1" in lines
    keys = [line.rsplit(": ", 1)[1] for line in lines]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_the_shortcuts_are_a_table_grouped_by_menu(window):
    box = about.shortcuts_box(window, window.menuBar())
    assert box.textFormat() == Qt.TextFormat.RichText
    groups = dict(about.shortcut_groups(window.menuBar()))
    assert list(groups) == ["File", "Edit", "Find", "Go", "Help"]
    assert ("Back", "Alt+Left") in groups["Go"]
    assert ("Print view…", "Ctrl+P") in groups["File"]
    html = box.text()
    assert html.count("<tr>") == len(groups) + sum(len(keyed) for keyed in groups.values())
    assert "<td colspan='2' style='padding-top:8px'><b>Edit</b></td>" in html


@pytest.mark.parametrize("damaged", [False, True])
def test_the_database_check_reads_every_page_and_says_what_it_found(
    qtbot, tmp_path, tiny_db_path, damaged, monkeypatch
):
    from cqdesk.store import connection

    # As for a big file, which opens without its every page read: a small one is checked whole.
    monkeypatch.setattr(connection, "FULL_CHECK_SIZE", 0)
    path = tmp_path / "checked.db"
    data = bytearray(tiny_db_path.read_bytes())
    if damaged:  # scribble over a table the window does not read: only the check notices
        with sqlite3.connect(tiny_db_path) as db:
            (root,) = db.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'ignored_numbers'"
            ).fetchone()
        page_size = int.from_bytes(data[16:18], "big")
        start = (root - 1) * page_size
        data[start : start + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    with Catalog.open(path) as catalog:
        window = MainWindow(catalog, Settings())
        qtbot.addWidget(window)
        said = []
        window.integrity.show = lambda _parent, icon, _title, text: said.append((icon, text))
        window.actions_.check_database.trigger()
        qtbot.waitUntil(lambda: bool(said), timeout=20_000)
        window.close()
    icon, text = said[0]
    assert ("damaged" in text) == damaged and ("sound" in text) != damaged
    assert str(path) in text
