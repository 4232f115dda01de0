"""Shared test set-up: offscreen Qt, Qt warnings as failures, and small databases built per test."""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cqdesk.store import Catalog, open_database  # noqa: E402
from tests.factories import build_tiny  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def empty_clipboard_at_exit():
    """Empty the clipboard before the QApplication goes: Qt's offscreen clipboard crashes the
    process at exit (SIGSEGV, after every test passed) while it still holds mime data."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()


@pytest.fixture(scope="session", autouse=True)
def no_network():
    """The app works offline: any Python-level connection beyond a local socket fails the test.
    (A Qt socket bypasses this; tests/test_offline.py runs the app with no network at all.)"""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(real):
        def connect(self, address):
            if self.family != socket.AF_UNIX:
                raise AssertionError(f"a test tried to open a network connection to {address!r}")
            return real(self, address)

        return connect

    socket.socket.connect = guarded(real_connect)
    socket.socket.connect_ex = guarded(real_connect_ex)
    yield
    socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex


@pytest.fixture(scope="session", autouse=True)
def bundled_database_unchanged(real_db_path: Path):
    """The bundled data.db is byte-for-byte the same after the whole suite: nothing writes it."""
    before = hashlib.sha256(real_db_path.read_bytes()).hexdigest()
    yield
    after = hashlib.sha256(real_db_path.read_bytes()).hexdigest()
    assert after == before, f"the suite changed {real_db_path}"


@pytest.fixture(autouse=True)
def private_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes the error log under its own temporary folder, never the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "cqdesk" / "cqdesk.log"


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Path:
    """Every test keeps its QSettings under its own temporary folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


@pytest.fixture(scope="session")
def tiny_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small database built by the real build from resources the tests write."""
    return build_tiny(tmp_path_factory.mktemp("tiny"))


@pytest.fixture
def tiny_db(tiny_db_path: Path) -> sqlite3.Connection:
    """A read-only store connection to the tiny database."""
    connection = open_database(tiny_db_path)
    yield connection
    connection.close()


@pytest.fixture
def window(qtbot, tiny_db):
    """The main window on the tiny database, shown, with settings in a temporary folder."""
    from cqdesk.settings import Settings
    from cqdesk.ui.window.main_window import MainWindow

    win = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(win)
    win.start()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.started)  # the charts, the file watcher, the mouse's buttons
    return win


@pytest.fixture(scope="session")
def real_db_path() -> Path:
    """The bundled data.db of this checkout."""
    return REPO / "data.db"


@pytest.fixture
def real_db(real_db_path: Path) -> sqlite3.Connection:
    """A read-only store connection to the bundled data.db."""
    connection = open_database(real_db_path)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def generated_db_path(tmp_path_factory: pytest.TempPathFactory, real_db_path: Path) -> Path:
    """A database from the benchmark's generator: data.db plus a few thousand made-up facts."""
    from bench.generate import generate

    return generate(
        3000, tmp_path_factory.mktemp("generated") / "generated.db", bundled=real_db_path
    )
