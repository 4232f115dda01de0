"""Opens a cqdesk database read-only and checks that it is one this version can read."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from cqdesk import SCHEMA_VERSION

REQUIRED_TABLES = {
    "sources",
    "categories",
    "facts",
    "places",
    "place_parents",
    "fact_places",
    "entities",
    "fact_entities",
    "fact_inputs",
    "charts",
    "chart_facts",
    "meta",
    "search_index_fts",
    "fact_mentions",
}


class StoreError(Exception):
    """The database cannot be used; the message is written for the person who chose the file."""


def _uri(path: Path) -> str:
    # mode=ro: a plain connect on a missing path would silently create an empty database.
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def open_database(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a checked cqdesk database, or StoreError saying what is wrong."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"No database at {path}.")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a cqdesk database.")
    connection = None
    try:
        _check_header(path)
        connection = connect_read_only(path)
        _check(connection, path)
    except sqlite3.DatabaseError as exc:
        if connection is not None:
            connection.close()
        raise StoreError(f"{path} is not a readable cqdesk database ({exc}).") from None
    return connection


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A further read-only connection to an already checked database (e.g. for a worker thread)."""
    connection = sqlite3.connect(_uri(Path(path)), uri=True, check_same_thread=False)
    connection.execute("PRAGMA query_only = ON")
    return connection


HEADER = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """The file's header and size, read in microseconds: a truncated or foreign file is refused
    at once. Every page is read only by ``integrity_problems``, on demand (and by the build)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise StoreError(f"{path} cannot be read ({error.strerror or error}).") from None
    if len(header) < 100 or not header.startswith(HEADER):
        raise StoreError(f"{path} is not a readable cqdesk database (it is not an SQLite file).")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when the change counter matches its own copy.
    counted = header[24:28] == header[92:96] and pages > 0
    if page_size < 512 or size % page_size or (counted and pages * page_size != size):
        raise StoreError(
            f"{path} is damaged and cannot be read (its size does not match its header)."
        )


def integrity_problems(connection: sqlite3.Connection, limit: int = 3) -> list[str]:
    """What SQLite's ``quick_check`` finds wrong (reads every page: seconds on a big file);
    an empty list when the database is sound."""
    problems = [row[0] for row in connection.execute(f"PRAGMA quick_check({int(limit)})")]
    if problems == ["ok"]:
        return []
    lines = [line for problem in problems for line in problem.splitlines()]
    return [line for line in lines if not line.startswith("***")] or lines


def _check(connection: sqlite3.Connection, path: Path) -> None:
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    missing = REQUIRED_TABLES - tables
    if missing:
        connection.close()
        raise StoreError(
            f"{path} is not a cqdesk database (no {', '.join(sorted(missing))} table)."
        )
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = row[0] if row else None
    if version != str(SCHEMA_VERSION):
        connection.close()
        raise StoreError(
            f"{path} has schema version {version}; this cqdesk reads version {SCHEMA_VERSION}. "
            "Rebuild it with `cqdesk build` or use a matching cqdesk."
        )


def database_path(connection: sqlite3.Connection) -> str:
    """The file a connection reads (for the About box and messages)."""
    for _, name, path in connection.execute("PRAGMA database_list"):
        if name == "main":
            return path
    return ""
