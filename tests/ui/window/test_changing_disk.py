"""The disk changes under a running window: one message, what is shown stays, Reopen reads again."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest
from PySide6.QtCore import Qt

from cqdesk.settings import Settings
from cqdesk.store import Catalog, DatabaseUnavailable, open_database
from cqdesk.store.connection import BUSY_TIMEOUT
from cqdesk.store.facts import count_facts
from cqdesk.store.records import FactQuery
from cqdesk.ui import messages
from cqdesk.ui.window.error_hook import ErrorHook
from cqdesk.ui.window.session import Session
from tests.ui_helpers import shown_ids


@pytest.fixture
def copy_path(tmp_path, tiny_db_path):
    target = tmp_path / "copy.db"
    shutil.copy(tiny_db_path, target)
    return target


@pytest.fixture
def hook(private_log):
    hook = ErrorHook(private_log)
    hook.install()
    yield hook
    hook.uninstall()


@pytest.fixture
def session(qtbot, copy_path, hook):
    session = Session(Catalog.open(copy_path), copy_path, Settings(), hook)
    session.start()
    qtbot.waitExposed(session.window)
    yield session
    session.window.discard()
    session.window.deleteLater()
    qtbot.wait(1)  # the deferred deletes run: nothing of this window outlives the test
    session.close()


def _interact(qtbot, window) -> None:
    """What a person does next, through the widgets' own signals: type a search, pick a
    category, a place and a fact in the source, clear the filters; each needs the database."""
    qtbot.keyClicks(window.search_box, "f")
    window.search_box._timer.timeout.emit()  # the typing pause, without waiting for it
    categories = window.category_pane
    categories.setCurrentIndex(categories.model().index(1, 0))
    places = window.place_pane.tree
    places.setCurrentIndex(places.model().index(1, 0))
    window.source_view.factClicked.emit("banan-firms")
    window.actions_.clear_filters.trigger()


def _notice_shown(window) -> bool:
    return window.database_notice.isVisible()


def _break(kind: str, path, tiny_db_path) -> sqlite3.Connection | None:
    if kind == "overwritten":
        path.write_bytes(b"\0" * 4096 + tiny_db_path.read_bytes()[4096:8192])
    elif kind == "deleted":
        path.unlink()
    elif kind == "replaced":
        other = path.with_suffix(".new")
        shutil.copy(tiny_db_path, other)
        other.replace(path)
    elif kind == "locked":
        writer = sqlite3.connect(path)
        writer.execute("BEGIN EXCLUSIVE")
        return writer
    return None


@pytest.mark.parametrize("kind", ["overwritten", "deleted", "replaced", "locked"])
def test_one_message_and_what_is_shown_stays(
    qtbot, session, copy_path, tiny_db_path, hook, private_log, kind
):
    window = session.window
    window.browser.reveal_fact("online-sales")
    before_rows, before_detail = shown_ids(window), window.detail_pane.toPlainText()
    writer = _break(kind, copy_path, tiny_db_path)
    started = time.monotonic()
    for _ in range(20):  # every one of these fails; none may freeze or flood
        _interact(qtbot, window)
    elapsed = time.monotonic() - started
    qtbot.waitUntil(lambda: _notice_shown(window))
    text = window.database_notice.message.text()
    assert str(copy_path) in text and "can no longer be read" in text
    assert "What the window shows stays as it was read" in text
    assert window.database_notice.reopen.isVisible()
    assert hook.errors == []  # nothing unexpected: the loss was reported as a loss, once
    assert private_log.read_text(encoding="utf-8").count("DatabaseUnavailable") == 1
    assert "The database can no longer be read" in window.note_label.text()
    assert shown_ids(window) == before_rows
    assert window.detail_pane.toPlainText() == before_detail
    # One wait for the lock at most, then every later query is refused at once.
    assert elapsed < BUSY_TIMEOUT + 2.0
    if writer is not None:
        writer.rollback()
        writer.close()


def test_reopen_reads_the_file_again_and_keeps_the_view(
    qtbot, session, copy_path, tiny_db_path, monkeypatch
):
    window = session.window
    window.browser.set_category("market")
    window.browser.reveal_fact("banan-firms")
    writer = _break("locked", copy_path, tiny_db_path)
    _interact(qtbot, window)
    qtbot.waitUntil(lambda: _notice_shown(window))
    # Still locked: reopening says so, and the old window stays as it was.
    shown = []
    monkeypatch.setattr(messages, "show_box", lambda _p, _i, title, text: shown.append(text))
    window.actions_.reopen.trigger()
    assert len(shown) == 1 and "is locked by another program" in shown[0]
    assert session.window is window and window.isVisible()
    writer.rollback()
    writer.close()
    qtbot.mouseClick(window.database_notice.reopen, Qt.MouseButton.LeftButton)
    fresh = session.window
    assert fresh is not window and not window.isVisible()
    qtbot.waitExposed(fresh)
    assert fresh.browser.query.category_id == "market"
    assert fresh.browser.current_fact == "banan-firms"
    assert not fresh.database_notice.isVisible()
    assert fresh.note_label.text() == f"Reopened {copy_path}"
    qtbot.keyClicks(fresh.search_box, "firms")
    fresh.search_box._timer.timeout.emit()
    assert shown_ids(fresh) == ["banan-firms", "shops-per-firm"]  # market, matching "firms"


def test_reopen_keeps_the_organisation_filter_and_the_history(qtbot, session):
    window = session.window
    window.browser.set_category("market")
    qtbot.waitUntil(lambda: not window.pending_work())
    window.browser.set_entity("acme")
    qtbot.waitUntil(lambda: not window.pending_work())
    before = window.browser.query
    assert before.entity_id == "acme" and window.actions_.back.isEnabled()
    window.actions_.reopen.trigger()
    fresh = session.window
    assert fresh is not window
    qtbot.waitExposed(fresh)
    assert fresh.browser.query == before  # the organisation too, not only category and place
    assert shown_ids(fresh) == ["acme-yuzhong"]
    assert fresh.actions_.back.isEnabled()  # Back goes on from where the old window was
    fresh.actions_.back.trigger()
    assert fresh.browser.query.entity_id is None
    assert fresh.browser.query.category_id == "market"


def test_the_store_refuses_at_once_after_a_loss(copy_path):
    db = open_database(copy_path)
    writer = sqlite3.connect(copy_path)
    writer.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match="another program holds a lock"):
        count_facts(db, FactQuery(search="online"))
    assert time.monotonic() - started < BUSY_TIMEOUT + 1.0
    writer.rollback()
    writer.close()
    started = time.monotonic()
    for _ in range(1000):
        with pytest.raises(DatabaseUnavailable):
            count_facts(db, FactQuery())
    assert time.monotonic() - started < 1.0
    db.close()


def test_a_watched_file_is_reported_before_the_next_query(qtbot, session, copy_path, tiny_db_path):
    window = session.window
    _break("replaced", copy_path, tiny_db_path)
    qtbot.waitUntil(lambda: _notice_shown(window))
    assert "another program replaced or changed the file" in window.database_notice.message.text()
