"""Every entry point against every bad database: one clear message, exit 1, never a traceback."""

from __future__ import annotations

import argparse

import pytest

from cqdesk.cli import main
from cqdesk.ui import messages
from cqdesk.ui.window import app as window_app
from tests.bad_databases import BAD_DATABASES, invalid_utf8_database, make_bad_database

ENTRY_POINTS = {
    "show": ["show", "online-sales"],
    "search": ["search", "online"],
    "export": ["export", "--format", "md"],
    "screenshot": ["--screenshot", "{folder}/shot.png"],
}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory, tiny_db_path):
    folder = tmp_path_factory.mktemp("bad")
    for bad in BAD_DATABASES:
        make_bad_database(bad.name, tiny_db_path, folder)
    return folder


def _argv(entry: str, folder, database) -> list[str]:
    argv = [part.replace("{folder}", str(folder)) for part in ENTRY_POINTS[entry]]
    return (
        argv + ["--db", str(database)] if entry != "screenshot" else ["--db", str(database)] + argv
    )


@pytest.mark.parametrize("bad", BAD_DATABASES, ids=[bad.name for bad in BAD_DATABASES])
@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_the_command_line_says_what_is_wrong(capsys, bad_folder, bad, entry):
    database = bad_folder / f"{bad.name}.db"
    code = main(_argv(entry, bad_folder, database))
    out, err = capsys.readouterr()
    assert code == 1
    assert bad.message in err and str(database) in err
    assert err.count("\n") == 1, err  # one line
    assert "Traceback" not in err and out == ""
    assert not (bad_folder / "shot.png").exists()


@pytest.mark.parametrize("bad", BAD_DATABASES, ids=[bad.name for bad in BAD_DATABASES])
def test_the_window_says_what_is_wrong_in_one_box(qapp, monkeypatch, bad_folder, bad):
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda _parent, _icon, title, text: shown.append((title, text))
    )
    database = bad_folder / f"{bad.name}.db"
    code = window_app.run(argparse.Namespace(screenshot=None), database)
    assert code == 1
    ((title, text),) = shown
    assert title == "cqdesk cannot open the database"
    assert bad.message in text and str(database) in text


def test_invalid_utf8_text_shows_replacement_characters(capsys, tmp_path, tiny_db_path):
    database = invalid_utf8_database(tiny_db_path, tmp_path)
    assert main(["show", "online-sales", "--db", str(database)]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Online\ufffdsales\n")
    assert "Banan\ufffd" in out or main(["show", "banan-firms", "--db", str(database)]) == 0
    assert main(["search", "firms", "--db", str(database)]) == 0
    assert main(["export", "--format", "json", "--db", str(database)]) == 0
    out, _ = capsys.readouterr()
    assert "\ufffd" in out
    shot = tmp_path / "shot.png"
    assert main(["--db", str(database), "--screenshot", str(shot), "--fact", "online-sales"]) == 0
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_the_window_shows_invalid_utf8_text_with_replacement_characters(
    qtbot, tmp_path, tiny_db_path
):
    from cqdesk.store import Catalog
    from cqdesk.ui.window.main_window import MainWindow

    db = Catalog.open(invalid_utf8_database(tiny_db_path, tmp_path))
    window = MainWindow(db)
    window.show()
    window.charts.load()
    window.browser.reveal_fact("online-sales")
    assert "Online\ufffdsales" in window.detail_pane.toPlainText()
    assert window.windowTitle() == "Tiny\ufffd"
    window.browser.reveal_fact("banan-firms")
    assert "Banan\ufffd" in window.detail_pane.toPlainText()
    window.close()
    window.deleteLater()
    qtbot.wait(1)  # the window goes before its connection does
    db.close()
