"""The Help menu: the About box names the data and its source; the shortcut list is complete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cqdesk import __version__
from cqdesk.settings import Settings
from cqdesk.store import Catalog
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
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert window.actions_.about.shortcut().toString() == "F1"


def test_shortcut_list_holds_every_shortcut_in_the_menus(window):
    lines = shortcut_lines(window.menuBar())
    assert "Find › Search facts: Ctrl+F" in lines
    assert "Edit › Copy with citation: Ctrl+Shift+C" in lines
    assert "Help › About cqdesk: F1" in lines
    keys = [line.rsplit(": ", 1)[1] for line in lines]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
