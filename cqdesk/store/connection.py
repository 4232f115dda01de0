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
        connection = sqlite3.connect(_uri(path), uri=True, check_same_thread=False)
        connection.execute("PRAGMA query_only = ON")
        _check(connection, path)
        _check_integrity(connection, path)
    except sqlite3.DatabaseError as exc:
        if connection is not None:
            connection.close()
        raise StoreError(f"{path} is not a readable cqdesk database ({exc}).") from None
    return connection


def _check_integrity(connection: sqlite3.Connection, path: Path) -> None:
    # A damaged file would otherwise open and fail later, page by page, inside the window.
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        connection.close()
        lines = [line for problem in problems for line in problem.splitlines()]
        first = next((line for line in lines if not line.startswith("***")), lines[0])
        raise StoreError(f"{path} is damaged and cannot be read ({first}).")


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
    if connection.execute("SELECT 1 FROM sources WHERE kind = 'report' LIMIT 1").fetchone() is None:
        connection.close()
        raise StoreError(
            f"{path} holds no report among its sources; rebuild it with `cqdesk build`."
        )


def database_path(connection: sqlite3.Connection) -> str:
    """The file a connection reads (for the About box and messages)."""
    for _, name, path in connection.execute("PRAGMA database_list"):
        if name == "main":
            return path
    return ""
