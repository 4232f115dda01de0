"""The store opens databases read-only, refuses wrong files clearly, and never changes data.db."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat

import pytest

from cqdesk.store import FactQuery, StoreError, open_database
from cqdesk.store import connection as connection_module
from cqdesk.store.connection import DatabaseUnavailable, connect_again, integrity_problems
from cqdesk.store.facts import count_facts
from tests.factories import edited_copy


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writes_fail(tiny_db):
    with pytest.raises(sqlite3.OperationalError):
        tiny_db.execute("DELETE FROM facts")
    with pytest.raises(sqlite3.OperationalError):
        tiny_db.execute("CREATE TABLE x (y)")


def test_bundled_file_is_unchanged_after_use(real_db_path):
    before = _digest(real_db_path)
    connection = open_database(real_db_path)
    count_facts(connection, FactQuery(search="yuan"))
    connection.close()
    assert _digest(real_db_path) == before


def test_missing_path_is_not_created(tmp_path):
    missing = tmp_path / "nope.db"
    with pytest.raises(StoreError, match="No database"):
        open_database(missing)
    assert not missing.exists()


def test_folder_and_garbage_are_refused(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        open_database(tmp_path)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a readable cqdesk database"):
        open_database(garbage)


def test_other_sqlite_database_is_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a cqdesk database"):
        open_database(other)


def test_wrong_schema_version_is_refused(tmp_path, tiny_db_path):
    copy = edited_copy(
        tiny_db_path,
        tmp_path / "old.db",
        "UPDATE meta SET value = '0' WHERE key = 'schema_version'",
    )
    with pytest.raises(StoreError, match="schema version 0"):
        open_database(copy)


def test_truncated_database_is_refused(tmp_path, tiny_db_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(tiny_db_path.read_bytes()[:3000])
    with pytest.raises(StoreError):
        connection = open_database(broken)
        count_facts(connection, FactQuery())


def test_opens_from_a_read_only_folder(tmp_path, tiny_db_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    copy = folder / "data.db"
    shutil.copy(tiny_db_path, copy)
    copy.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        connection = open_database(copy)
        assert count_facts(connection, FactQuery()) == 8
        connection.close()
    finally:
        folder.chmod(stat.S_IRWXU)


def test_path_with_uri_characters(tmp_path, tiny_db_path):
    odd = tmp_path / "a?b#c %d"
    odd.mkdir()
    shutil.copy(tiny_db_path, odd / "data.db")
    connection = open_database(odd / "data.db")
    assert count_facts(connection, FactQuery()) == 8
    connection.close()


def _scribbled(tmp_path, tiny_db_path):
    damaged = tmp_path / "damaged.db"
    data = bytearray(tiny_db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    last_page = len(data) // page_size - 1
    start = last_page * page_size
    data[start : start + page_size] = b"\xff" * page_size  # scribble over a whole page
    damaged.write_bytes(bytes(data))
    return damaged


def test_damaged_database_is_refused_at_open(tmp_path, tiny_db_path):
    # A small file gets the full check when it opens: a few milliseconds.
    with pytest.raises(StoreError, match="damaged|not a readable"):
        open_database(_scribbled(tmp_path, tiny_db_path))


@pytest.fixture
def big_file(monkeypatch):
    """Every file counts as big: opening checks its header, not every page."""
    monkeypatch.setattr(connection_module, "FULL_CHECK_SIZE", 0)


def test_damaged_page_of_a_big_file_is_found_by_the_integrity_check(
    tmp_path, tiny_db_path, big_file
):
    # Opening a big file reads the header and schema only (a million-fact file opens at once);
    # the full check reads every page, on demand.
    connection = open_database(_scribbled(tmp_path, tiny_db_path))
    problems = integrity_problems(connection)
    connection.close()
    assert problems and all(problem.strip() for problem in problems)


def test_sound_database_passes_the_integrity_check(tiny_db):
    assert integrity_problems(tiny_db) == []


def test_truncated_big_file_is_refused_by_its_header(tmp_path, tiny_db_path, big_file):
    truncated = tmp_path / "truncated.db"
    data = tiny_db_path.read_bytes()
    truncated.write_bytes(data[: len(data) - 1000])
    with pytest.raises(StoreError, match="damaged and cannot be read \\(its size does not match"):
        open_database(truncated)


def test_a_big_file_that_is_not_sqlite_is_refused_by_its_header(tmp_path, big_file):
    other = tmp_path / "notes.db"
    other.write_text("not a database at all, but long enough to hold a header " * 4)
    with pytest.raises(StoreError, match="not a readable cqdesk database \\(it is not an SQLite"):
        open_database(other)


def test_a_further_connection_is_guarded_like_the_first(tmp_path, tiny_db_path):
    path = tmp_path / "copy.db"
    path.write_bytes(tiny_db_path.read_bytes())
    first = open_database(path)
    worker = connect_again(first)
    assert worker.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > 0
    replacement = tmp_path / "new.db"
    replacement.write_bytes(tiny_db_path.read_bytes())
    replacement.replace(path)
    with pytest.raises(DatabaseUnavailable, match="replaced or changed"):
        worker.execute("SELECT COUNT(*) FROM facts")
    with pytest.raises(DatabaseUnavailable, match="replaced or changed"):
        connect_again(first)  # opened after the change: refused, as the first one is
    worker.close()
    first.close()


def test_an_interrupted_read_does_not_lose_the_database(tiny_db):
    tiny_db.set_progress_handler(lambda: 1, 1)
    with pytest.raises(sqlite3.OperationalError, match="interrupt"):
        tiny_db.execute("SELECT COUNT(*) FROM facts")
    tiny_db.set_progress_handler(None, 0)
    assert tiny_db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > 0


@pytest.mark.parametrize("read", ["iterate", "fetchall", "fetchmany", "fetchone"])
def test_text_that_is_not_utf8_reads_with_replacement_in_any_fetch(tiny_db_path, tmp_path, read):
    from tests.bad_databases import invalid_utf8_database

    db = open_database(invalid_utf8_database(tiny_db_path, tmp_path))
    try:
        expected_ids = [i for (i,) in db.execute("SELECT id FROM facts ORDER BY position DESC")]
        cursor = db.execute("SELECT id, label FROM facts ORDER BY position DESC")  # bad one last
        first = cursor.fetchone()  # read before the bad label: handed out once, not again
        if read == "iterate":
            rest = list(cursor)
        elif read == "fetchall":
            rest = cursor.fetchall()
        elif read == "fetchmany":
            rest = []
            while chunk := cursor.fetchmany(2):
                rest.extend(chunk)
        else:
            rest = []
            while (row := cursor.fetchone()) is not None:
                rest.append(row)
        rows = [first, *rest]
        assert [row[0] for row in rows] == expected_ids
        assert dict(rows)["online-sales"] == "Online\ufffdsales"
        # From then on the connection decodes safely from the first row.
        assert db.execute("SELECT label FROM facts WHERE id = 'online-sales'").fetchall() == [
            ("Online\ufffdsales",)
        ]
    finally:
        db.close()


def test_a_store_error_says_itself_in_the_windows_language(tmp_path):
    from cqdesk.cli.qm import QmFile
    from cqdesk.paths import TRANSLATIONS_DIR
    from cqdesk.store import DatabaseUnavailable

    qm = QmFile.load(TRANSLATIONS_DIR / "cqdesk_zh_CN.qm")

    def chinese(text: str) -> str:
        return qm.translate("", text) or text

    missing = tmp_path / "gone.db"
    with pytest.raises(StoreError) as refused:
        open_database(missing)
    assert str(refused.value) == f"No database at {missing}."
    assert refused.value.translated(chinese) == f"{missing} 处没有数据库。"
    lost = DatabaseUnavailable("data.db", "it is damaged or incomplete (%1)", "disk full")
    assert str(lost) == "data.db can no longer be read: it is damaged or incomplete (disk full)."
    assert lost.reason_in(chinese) == "它已损坏或不完整（disk full）"
    assert lost.translated(chinese) == "data.db 已无法读取：它已损坏或不完整（disk full）。"
