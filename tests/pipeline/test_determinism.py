"""Two builds are byte-identical, and the committed data.db is exactly a fresh build."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cqdesk.paths import resources_dir
from cqdesk.pipeline import BuildError, build_database

# Bytes 92-99 of a SQLite header record which library version last wrote the file; another
# SQLite release may build the same content, so only that stamp is left out of the comparison.
VERSION_STAMP = slice(92, 100)


def _content(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[VERSION_STAMP] = bytes(8)
    return bytes(data)


def test_two_builds_are_byte_identical(tmp_path):
    first = build_database(resources_dir(), tmp_path / "one.db")
    second = build_database(resources_dir(), tmp_path / "two.db")
    assert first.read_bytes() == second.read_bytes()


def test_committed_database_equals_a_fresh_build(tmp_path, real_db_path):
    fresh = build_database(resources_dir(), tmp_path / "fresh.db")
    assert _content(fresh) == _content(real_db_path), (
        "data.db is stale: run `cqdesk build` and commit the result"
    )


def test_database_uses_the_rollback_journal(real_db_path):
    # A WAL database cannot be opened from a read-only folder; byte 18 is 1 for rollback.
    assert real_db_path.read_bytes()[18] == 1
    connection = sqlite3.connect(f"file:{real_db_path}?mode=ro", uri=True)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_failed_build_leaves_the_old_database(tmp_path):
    from tests.factories import write_resources

    resources = write_resources(tmp_path / "res")
    out = build_database(resources, tmp_path / "keep.db")
    before = out.read_bytes()
    (resources / "facts.yaml").write_text(
        "- id: broken\n  quote: not in the text\n", encoding="utf-8"
    )
    with pytest.raises(BuildError):
        build_database(resources, out)
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".data-*"))
