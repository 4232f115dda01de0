"""The bad databases the robustness tests open: each broken one way, with what the user sees."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from cqdesk import SCHEMA_VERSION
from tests.factories import edited_copy


@dataclass(frozen=True)
class BadDatabase:
    """A way a database can be wrong, and the words every entry point must say about it."""

    name: str
    message: str  # a fragment of the one message every entry point shows


BAD_DATABASES = [
    BadDatabase("not-sqlite", "is not a readable cqdesk database (file is not a database)"),
    BadDatabase("empty-file", "is not a cqdesk database (no categories, chart_facts"),
    BadDatabase(
        "truncated", "is not a readable cqdesk database (database disk image is malformed)"
    ),
    BadDatabase("damaged-page", "is damaged and cannot be read"),
    BadDatabase("missing-table", "is not a cqdesk database (no charts table)"),
    BadDatabase("old-schema", f"has schema version 0; this cqdesk reads version {SCHEMA_VERSION}"),
    BadDatabase("no-source-row", "holds no report among its sources"),
    BadDatabase("no-report-source", "holds no report among its sources"),
    BadDatabase(
        "search-index-version", "its search index cannot be read (invalid fts5 file format"
    ),
    BadDatabase(
        "search-index-emptied", "its search index cannot be read (vtable constructor failed"
    ),
    BadDatabase("folder", "is a folder, not a cqdesk database"),
    BadDatabase("missing", "No database at"),
]


def make_bad_database(kind: str, tiny: Path, folder: Path) -> Path:
    """A database broken the way ``kind`` names, made from a copy of the tiny one."""
    target = folder / f"{kind}.db"
    raw = tiny.read_bytes()
    if kind == "not-sqlite":
        target.write_bytes(b"this is a text file, not a database\n" * 100)
    elif kind == "empty-file":
        target.write_bytes(b"")
    elif kind == "truncated":
        target.write_bytes(raw[:3000])
    elif kind == "damaged-page":
        page_size = int.from_bytes(raw[16:18], "big")
        start = (len(raw) // page_size - 1) * page_size
        target.write_bytes(raw[:start] + b"\xff" * page_size + raw[start + page_size :])
    elif kind == "folder":
        target.mkdir()
    elif kind == "missing":
        pass
    else:
        edited_copy(tiny, target, *_STATEMENTS[kind])
    return target


_STATEMENTS = {
    "missing-table": ["DROP TABLE charts"],
    "old-schema": ["UPDATE meta SET value = '0' WHERE key = 'schema_version'"],
    "no-source-row": ["DELETE FROM sources"],
    "no-report-source": ["UPDATE sources SET kind = 'reference'"],
    "search-index-version": ["UPDATE search_index_fts_config SET v = 99 WHERE k = 'version'"],
    "search-index-emptied": ["DELETE FROM search_index_fts_data"],
}


def invalid_utf8_database(tiny: Path, folder: Path) -> Path:
    """A database whose TEXT columns hold bytes that are not UTF-8 (label, quote, place name)."""
    return edited_copy(
        tiny,
        folder / "invalid-utf8.db",
        "UPDATE facts SET label = CAST(X'4F6E6C696E65FF73616C6573' AS TEXT) WHERE id = 'online-sales'",
        "UPDATE facts SET quote = CAST(X'C3' AS TEXT) || quote WHERE id = 'banan-firms'",
        "UPDATE places SET name = CAST(X'42616E616EFE' AS TEXT) WHERE id = 'banan'",
        "UPDATE sources SET title = CAST(X'54696E79FF' AS TEXT)",
    )


def copy_of(database: Path, folder: Path) -> Path:
    target = folder / "copy.db"
    shutil.copy(database, target)
    return target
