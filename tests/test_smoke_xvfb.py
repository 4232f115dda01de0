"""Starts the real cqdesk under Xvfb, types a search into its window, and closes it cleanly.

Every step waits on what the window shows, read back from outside: the window's appearance
(xdotool), and the rows the facts table holds and selects, copied with Ctrl+C and read from the
X clipboard (xclip). No step waits on a clock, so a loaded machine only makes the test slower.
"""

from __future__ import annotations

import configparser
import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cqdesk.store import FactQuery, open_database
from cqdesk.store.facts import fact_rows
from tests.locations import REPO
from tests.xserver import (
    PATIENCE,
    display_state,
    need,
    until,
    window_of,
    xclip,
    xdotool,
    xvfb,
)

SEARCH = "Banan"


@pytest.fixture
def x_session(tmp_path):
    """The environment of a private X server, with settings kept under ``tmp_path``."""
    need(("Xvfb", "xdotool", "xclip"), "xvfb xdotool xclip")
    with xvfb() as display:
        yield {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "HOME": str(tmp_path),
        }


def copied_ids(env: dict[str, str], *keys: str) -> set[str]:
    """Focus the facts table, press ``keys``, copy (Ctrl+C) and read back the copied rows' ids.

    Ctrl+3 goes first each time so a stray focus change cannot send the keys elsewhere. Until the
    window has handled the copy, the clipboard holds what it held before (or nothing).
    """
    xdotool(env, "key", "ctrl+3", *keys, "ctrl+c")
    copied = xclip(env["DISPLAY"], "UTF8_STRING")
    if copied.returncode != 0:
        return set()
    text = copied.stdout.decode("utf-8", errors="replace")
    return {row.get("id", "") for row in csv.DictReader(io.StringIO(text), delimiter="\t")}


def ids_found(db: Path) -> set[str]:
    connection = open_database(db)
    try:
        return {row.id for row in fact_rows(connection, FactQuery(search=SEARCH))}
    finally:
        connection.close()


def test_real_window_search_and_clean_close(x_session, real_db_path):
    found = ids_found(real_db_path)
    assert found, f"the bundled database has no fact that {SEARCH!r} finds"
    command = [sys.executable, "-m", "cqdesk", "--db", str(real_db_path)]
    app = subprocess.Popen(
        command, env=x_session, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        # By its class (the application's name): the title names the source, and Qt adds
        # " — cqdesk" only to _NET_WM_NAME, which xdotool's --name does not read.
        window = window_of(x_session, "cqdesk", app)
        if window is None:
            app.kill()
            err = app.communicate()[1]
            pytest.fail(f"the cqdesk window did not appear ({display_state(x_session)}): {err}")
        xdotool(x_session, "windowfocus", "--sync", window)  # no window manager: focus directly
        xdotool(x_session, "key", "ctrl+f")  # XTEST input: Qt ignores synthetic --window events
        xdotool(x_session, "type", "--delay", "30", SEARCH)
        # The search runs off the GUI thread: wait until the table holds its rows and only them.
        assert until(lambda: copied_ids(x_session, "ctrl+a") == found), (
            f"the facts table never showed just the rows {SEARCH!r} finds: {sorted(found)}"
        )
        # Down selects one row of the results (again, should a late reset of the same results
        # have cleared the selection); it stays on the last row once there.
        assert until(lambda: len(ids := copied_ids(x_session, "Down")) == 1 and ids <= found), (
            "Down did not select one row of the search's results"
        )
        xdotool(x_session, "key", "ctrl+q")
        _, err = app.communicate(timeout=PATIENCE)
    finally:
        if app.returncode is None:  # not yet waited for: a step above failed
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    settings = list((Path(x_session["XDG_CONFIG_HOME"])).rglob("*.ini"))
    assert settings, "the window did not save its state on a clean close"
    # The fact it saved as the last selection is one the typed search found: the keys reached
    # the real window and the search ran.
    saved = configparser.ConfigParser()
    saved.read(settings[0], encoding="utf-8")
    assert saved.get("selection", "fact", fallback="") in found
