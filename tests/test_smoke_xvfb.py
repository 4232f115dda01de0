"""Starts the real cqdesk under Xvfb, types a search into its window, and closes it cleanly."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cqdesk.store import FactQuery, open_database
from cqdesk.store.facts import fact_rows

REPO = Path(__file__).resolve().parent.parent
DISPLAY = ":97"


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        reason = f"{tool} is not installed (apt-get install -y xvfb xdotool)"
        if os.environ.get("CQDESK_REQUIRE_XVFB") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


def _until(check, seconds: float):
    """Poll an outside process (no Qt event loop here, so qtbot cannot wait for it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    return None


def _xdotool(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=20)


@pytest.fixture
def xvfb(tmp_path):
    _need("Xvfb")
    _need("xdotool")
    server = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "DISPLAY": DISPLAY,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    if not _until(lambda: _xdotool(env, "getdisplaygeometry").returncode == 0, 15):
        server.kill()
        pytest.fail("Xvfb did not start")
    yield env
    server.terminate()
    server.wait(timeout=10)


def test_real_window_search_and_clean_close(xvfb, real_db_path):
    command = [sys.executable, "-m", "cqdesk", "--db", str(real_db_path)]
    app = subprocess.Popen(
        command, env=xvfb, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        found = _until(
            # By its class (the application's name): the title names the source, and Qt adds
            # " — cqdesk" only to _NET_WM_NAME, which xdotool's --name does not read.
            lambda: _xdotool(xvfb, "search", "--onlyvisible", "--class", "cqdesk").stdout.split(),
            60,
        )
        assert found, "the cqdesk window did not appear"
        window = found[0]
        _xdotool(xvfb, "windowfocus", "--sync", window)  # no window manager: focus directly
        _xdotool(xvfb, "key", "ctrl+f")  # XTEST input: Qt ignores synthetic --window events
        _xdotool(xvfb, "type", "--delay", "30", "Banan")
        time.sleep(1)  # let the search run in the real process before going on
        _xdotool(xvfb, "key", "ctrl+3")  # the facts table...
        time.sleep(0.3)
        _xdotool(xvfb, "key", "Down")  # ...and a row of the search's results
        time.sleep(0.5)
        _xdotool(xvfb, "key", "ctrl+q")
        _, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    settings = list((Path(xvfb["XDG_CONFIG_HOME"])).rglob("*.ini"))
    assert settings, "the window did not save its state on a clean close"
    # The fact it saved as the last selection is one the typed search found: the keys reached
    # the real window and the search ran.
    saved = configparser.ConfigParser()
    saved.read(settings[0], encoding="utf-8")
    connection = open_database(real_db_path)
    found = {row.id for row in fact_rows(connection, FactQuery(search="Banan"))}
    connection.close()
    assert saved.get("selection", "fact", fallback="") in found
