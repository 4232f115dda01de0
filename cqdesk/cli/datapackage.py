"""``cqdesk export --format datapackage -o DIR``: the whole database as a Frictionless Data Package."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from cqdesk.cli.common import CommandError
from cqdesk.export.datapackage import PackageError, TableDump, write_package
from cqdesk.export.schema_docs import table_docs
from cqdesk.store import tables

# An index rebuilt from the other tables, and the build's own bookkeeping: not data to reuse.
LEFT_OUT = {"search_index", "meta"}
# The report's order where a table has one; every other table in primary-key order.
ORDER = {"facts": ["position"]}


def _order(db: sqlite3.Connection, name: str, names: list[str]) -> list[str]:
    wanted = [column for column in ORDER.get(name, []) if column in names]
    return wanted + tables.primary_key(db, name) or ["rowid"]


def dumps(db: sqlite3.Connection) -> list[TableDump]:
    """Every table of the package, with its rows still to be read."""
    docs = table_docs()
    found = []
    for name in tables.table_names(db):
        if name in LEFT_OUT:
            continue
        columns = tables.columns(db, name)
        if name == "sources":  # the text is a resource of its own, with its hash
            columns = [column for column in columns if column.name != "text"]
        names = [column.name for column in columns]
        doc = docs.get(name)
        found.append(
            TableDump(
                name=name,
                columns=columns,
                primary_key=tables.primary_key(db, name),
                foreign_keys=tables.foreign_keys(db, name),
                rows=tables.rows(db, name, names, _order(db, name, names)),
                description=doc.description if doc else "",
                column_descriptions=doc.columns if doc else None,
            )
        )
    return found


def export_package(db: sqlite3.Connection, output: Path | None) -> int:
    """Write the package to ``output`` and say so on standard error."""
    if output is None:
        raise CommandError("--format datapackage writes a folder: give it with -o DIR.")
    try:
        written = write_package(output, dumps(db), tables.sources_with_hashes(db))
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    print(f"cqdesk export: a data package written to {written}", file=sys.stderr)
    return 0
