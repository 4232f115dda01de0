"""The store opens databases read-only, refuses wrong files clearly, and never changes data.db."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat

import pytest

from cqdesk.store import FactQuery, StoreError, open_database
from cqdesk.store.connection import integrity_problems
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


def test_damaged_page_is_found_by_the_integrity_check(tmp_path, tiny_db_path):
    # Opening reads the header and schema only (a million-fact file opens at once); the full
    # check reads every page, on demand.
    connection = open_database(_scribbled(tmp_path, tiny_db_path))
    problems = integrity_problems(connection)
    connection.close()
    assert problems and all(problem.strip() for problem in problems)


def test_sound_database_passes_the_integrity_check(tiny_db):
    assert integrity_problems(tiny_db) == []


def test_truncated_database_is_refused_at_open(tmp_path, tiny_db_path):
    truncated = tmp_path / "truncated.db"
    data = tiny_db_path.read_bytes()
    truncated.write_bytes(data[: len(data) - 1000])
    with pytest.raises(StoreError, match="damaged"):
        open_database(truncated)


def test_a_file_that_is_not_sqlite_is_refused_at_open(tmp_path):
    other = tmp_path / "notes.db"
    other.write_text("not a database at all, but long enough to hold a header " * 4)
    with pytest.raises(StoreError, match="not a readable cqdesk database"):
        open_database(other)
