"""The window's entry point: bad databases, unknown ids and the screenshot command."""

from __future__ import annotations

import sqlite3
from argparse import Namespace

import pytest
from PySide6.QtGui import QImage

from cqdesk.ui import messages
from cqdesk.ui.window import app
from cqdesk.ui.window.state import first_geometry


def _args(screenshot=None, **state):
    values = {
        "db": None,
        "screenshot": screenshot,
        "category": None,
        "place": None,
        "search": None,
        "fact": None,
    }
    values.update(state)
    return Namespace(**values)


def test_screenshot_renders_the_given_state(qapp, tiny_db_path, tmp_path, capsys):
    target = tmp_path / "shot.png"
    code = app.run(
        _args(target, category="market", place="banan", search="firms", fact="banan-firms"),
        tiny_db_path,
    )
    assert code == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == app.SCREENSHOT_SIZE


def test_unknown_ids_exit_2_with_a_message(qapp, tiny_db_path, tmp_path, capsys):
    code = app.run(_args(tmp_path / "x.png", place="atlantis"), tiny_db_path)
    assert code == 2
    assert "no place with id “atlantis”" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_a_fact_the_filters_hide_is_refused_not_the_filters_dropped(
    qapp, tiny_db_path, tmp_path, capsys
):
    target = tmp_path / "x.png"
    code = app.run(_args(target, place="banan", fact="online-sales"), tiny_db_path)
    assert code == 2
    err = capsys.readouterr().err
    assert err == (
        "cqdesk: the fact “online-sales” is not among the facts these filters show; "
        "leave out --fact or --place\n"
    )
    assert not target.exists()


@pytest.mark.parametrize("content", [None, b"not a database at all"])
def test_a_bad_database_exits_1_with_a_message(qapp, tmp_path, capsys, content):
    path = tmp_path / "bad.db"
    if content is not None:
        path.write_bytes(content)
    assert app.run(_args(tmp_path / "x.png"), path) == 1
    err = capsys.readouterr().err
    assert err.startswith("cqdesk: ") and "Traceback" not in err


def test_a_bad_database_shows_a_message_box_in_the_window_mode(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_box", lambda *args: shown.append(args[3]))
    assert app.run(_args(), tmp_path / "missing.db") == 1
    assert "No database at" in shown[0]


@pytest.mark.parametrize(
    ("screen", "expected"), [((1366, 738), (1229, 664)), ((3840, 2110), (1800, 1150))]
)
def test_first_start_size_suits_laptop_and_4k_screens(screen, expected):
    from PySide6.QtCore import QRect

    rect = first_geometry(QRect(0, 0, *screen))
    assert (rect.width(), rect.height()) == expected
    assert QRect(0, 0, *screen).contains(rect)


def test_respecting_the_system_fixes_only_what_reads_poorly_and_stops_animations(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from cqdesk.style.highlights import contrast
    from cqdesk.ui.window.app import respect_the_system

    class Application:
        """The application's palette and effects, without changing the test run's palette
        (windows of earlier tests, their databases closed, would repaint for it)."""

        def __init__(self, palette: QPalette) -> None:
            self.given, self.set_to = palette, None

        def palette(self) -> QPalette:
            return self.given

        def setPalette(self, palette: QPalette) -> None:  # noqa: N802 - Qt's name
            self.set_to = palette

        setEffectEnabled = staticmethod(QApplication.setEffectEnabled)  # noqa: N815

    fusion = Application(QStyleFactory.create("Fusion").standardPalette())
    respect_the_system(fusion)
    role = QPalette.ColorRole
    selected = contrast(
        fusion.set_to.color(role.HighlightedText), fusion.set_to.color(role.Highlight)
    )
    assert selected >= 4.5
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateMenu)
    already = Application(fusion.set_to)
    respect_the_system(already)
    assert already.set_to is None  # a palette that reads (a high-contrast one) stays live


def test_damage_met_at_start_up_is_said_not_raised(tmp_path, tiny_db_path, capsys, monkeypatch):
    from cqdesk.cli import main
    from cqdesk.store import connection

    # As for a file too big to read whole at open: only its header and schema are checked.
    monkeypatch.setattr(connection, "FULL_CHECK_SIZE", 0)

    damaged = tmp_path / "damaged.db"
    data = bytearray(tiny_db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # A page the window reads before its first paint, wherever the build put it: the facts
    # table's root (the last page of the file may be a search-index page no paint reads).
    with sqlite3.connect(f"file:{tiny_db_path}?mode=ro", uri=True) as db:
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'facts'").fetchone()
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xff" * page_size
    damaged.write_bytes(bytes(data))
    code = main(["--db", str(damaged), "--screenshot", str(tmp_path / "shot.png")])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "can no longer be read" in err and "damaged" in err and str(damaged) in err
