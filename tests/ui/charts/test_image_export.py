"""Save chart as PNG/SVG and Copy chart image from the window: enabled state, files, notes, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.ui import messages
from cqdesk.ui.window.main_window import MainWindow

chart_pane = pytest.importorskip("cqdesk.ui.charts.pane")


@pytest.fixture
def window(qtbot, tiny_db):
    win = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(win)
    win.start()
    qtbot.waitUntil(lambda: win.charts.pane is not None)
    return win


def answer(win: MainWindow, path: Path | str) -> list[tuple[str, str, str]]:
    """Make the save dialog answer ``path``; returns what it was asked."""
    asked = []

    def choose(_parent, caption, suggested, name_filter):
        asked.append((caption, suggested, name_filter))
        return str(path)

    win.chart_exporter.choose = choose
    return asked


def chart_actions(win: MainWindow):
    return win.actions_.chart_actions()


def test_chart_actions_wait_for_a_drawn_chart(qtbot, tiny_db):
    win = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(win)
    assert not any(action.isEnabled() for action in chart_actions(win))  # no chart pane yet
    win.charts.load()
    assert all(action.isEnabled() for action in chart_actions(win))
    win.browser.set_category("market-projects")  # a category without charts
    assert win.charts.pane.message() is not None
    assert not any(action.isEnabled() for action in chart_actions(win))
    win.browser.set_category("market")
    assert all(action.isEnabled() for action in chart_actions(win))


def test_chart_actions_are_in_the_menus_with_shortcuts(qtbot, window):
    actions = window.actions_
    menus = {m.title(): m for m in window.menuBar().findChildren(QMenu)}
    assert {actions.save_chart_png, actions.save_chart_svg} <= set(menus["&File"].actions())
    assert actions.copy_chart in menus["&Edit"].actions()
    shortcuts = [a.shortcut().toString() for a in chart_actions(window)]
    assert shortcuts == ["Ctrl+Alt+P", "Ctrl+Alt+S", "Ctrl+Alt+I"]


@pytest.mark.parametrize(
    ("action", "magic"), [("save_chart_png", b"\x89PNG"), ("save_chart_svg", b"<")]
)
def test_saving_the_chart_writes_the_file_and_says_so(qtbot, window, tmp_path, action, magic):
    suffix = ".png" if "png" in action else ".svg"
    asked = answer(window, tmp_path / "chart")  # typed without an extension
    getattr(window.actions_, action).trigger()
    target = tmp_path / f"chart{suffix}"
    assert target.read_bytes().startswith(magic)
    assert asked[0][1].endswith(f"cqdesk-levels{suffix}")
    kind = suffix[1:].upper()
    assert window.note_label.text() == (
        f"Saved the chart “Online sales by year” as {kind} to {target}"
    )


def test_a_failed_save_says_why_in_a_message_box(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda _parent, _icon, title, text: shown.append((title, text))
    )
    target = tmp_path / "missing-folder" / "chart.png"
    answer(window, target)
    window.actions_.save_chart_png.trigger()
    assert not target.exists()
    title, text = shown[0]
    assert title == "Chart not saved"
    assert "missing-folder" in text and "Nothing was saved" in text
    assert not window.note_label.text().startswith("Saved")


def test_a_cancelled_dialog_saves_nothing(qtbot, window, tmp_path):
    answer(window, "")
    assert window.chart_exporter.save("png") is False
    assert not list(tmp_path.rglob("*.png"))
    assert window.note_label.text() == ""


def test_copy_chart_image_puts_an_image_on_the_clipboard(qtbot, window):
    QApplication.clipboard().clear()
    window.actions_.copy_chart.trigger()
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 100
    assert window.note_label.text() == "Copied the chart “Online sales by year” as an image."
    QApplication.clipboard().clear()


def test_the_chart_pane_gets_the_actions_for_its_context_menu(qtbot, tiny_db, monkeypatch):
    given = []
    monkeypatch.setattr(
        chart_pane.ChartPane, "set_context_actions", lambda _self, a: given.append(a), raising=False
    )
    win = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(win)
    win.charts.load()
    assert given == [win.actions_.chart_menu()]


def test_the_export_folder_is_remembered_across_restarts(qtbot, tiny_db, tmp_path):
    folder = tmp_path / "charts"
    folder.mkdir()
    first = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(first)
    first.charts.load()
    answer(first, folder / "levels.png")
    assert first.chart_exporter.save("png")
    first.close()
    second = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(second)
    asked = []
    second.exporter.choose = lambda _p, caption, suggested, _f: asked.append(suggested) or ""
    second.actions_.export_csv.trigger()
    assert Path(asked[0]).parent == folder
