"""Whole tables as they are stored, for the data package: columns, keys and every row in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from cqdesk.store.records import Column, ForeignKey, Source, TableLayout


def table_names(db: sqlite3.Connection) -> list[str]:
    """Every ordinary table: not SQLite's own, not a virtual (FTS) table nor its shadow tables."""
    found = db.execute(
        "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
        "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    virtual = [name for name, is_virtual in found if is_virtual]
    return [
        name
        for name, is_virtual in found
        if not is_virtual and not any(name.startswith(f"{other}_") for other in virtual)
    ]


def _checked(db: sqlite3.Connection, table: str) -> str:
    # Table names cannot be bound as parameters: only a name the database has is quoted in.
    if table not in table_names(db):
        raise ValueError(f"no table {table!r} in this database")
    return _quoted(table)


def columns(db: sqlite3.Connection, table: str) -> list[Column]:
    """The table's columns in their stored order."""
    rows = db.execute(f"PRAGMA table_info({_checked(db, table)})")
    return [Column(name, sql_type.upper(), pk) for _, name, sql_type, _, _, pk in rows]


def foreign_keys(db: sqlite3.Connection, table: str) -> list[ForeignKey]:
    """The table's foreign keys, one column each (the schema has no composite ones)."""
    rows = db.execute(f"PRAGMA foreign_key_list({_checked(db, table)})")
    return [ForeignKey(row[3], row[2], row[4]) for row in rows]


def primary_key(db: sqlite3.Connection, table: str) -> list[str]:
    """The primary key's columns, in key order."""
    keyed = [column for column in columns(db, table) if column.primary_key]
    return [column.name for column in sorted(keyed, key=lambda column: column.primary_key)]


def rows(
    db: sqlite3.Connection, table: str, names: list[str], order_by: list[str]
) -> Iterator[tuple]:
    """Every row of ``table`` as tuples of the ``names`` columns, sorted by ``order_by``."""
    known = {column.name for column in columns(db, table)}
    unknown = [name for name in (*names, *order_by) if name not in known]
    if unknown:
        raise ValueError(f"no column {unknown[0]!r} in table {table!r}")
    selected, order = ", ".join(map(_quoted, names)), ", ".join(map(_quoted, order_by))
    yield from db.execute(f"SELECT {selected} FROM {_checked(db, table)} ORDER BY {order}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sources_with_hashes(db: sqlite3.Connection) -> list[tuple[Source, str]]:
    """Every source with the sha256 its text must have."""
    found = db.execute(
        "SELECT id, title, publisher, url, published, statement_by, statement_date, text, kind, "
        "publisher_zh, statement_by_zh, sha256 FROM sources ORDER BY id"
    )
    return [(Source(*values[:-1]), values[-1]) for values in found]


def layout(db: sqlite3.Connection, table: str) -> TableLayout:
    """The table's columns, primary key and foreign keys."""
    return TableLayout(
        table,
        tuple(columns(db, table)),
        tuple(primary_key(db, table)),
        tuple(foreign_keys(db, table)),
    )
