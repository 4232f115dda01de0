"""A Frictionless Data Package of the whole database: one CSV per table, the source text, and
``datapackage.json`` with their schemas, units, sources and licences.

The folder is written beside its target and swapped in only when complete, so an export is
whole or absent and never leaves half a package over an older one.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cqdesk import __version__
from cqdesk.export.citation import source_citation
from cqdesk.export.licences import (
    CODE_LICENCE,
    DATA_ATTRIBUTION,
    DATA_LICENCE,
    DATA_SCOPE,
    source_text_terms,
)
from cqdesk.store.records import Column, ForeignKey, Source

DESCRIPTOR = "datapackage.json"
PACKAGE_NAME = "cqdesk-chongqing-ecommerce-2020"
FIELD_TYPES = {"TEXT": "string", "INTEGER": "integer", "REAL": "number"}


class PackageError(Exception):
    """The package cannot be written there; the message says why."""


@dataclass(frozen=True)
class TableDump:
    """One table to write: its columns, keys, descriptions and rows (in a stable order)."""

    name: str
    columns: list[Column]
    primary_key: list[str]
    foreign_keys: list[ForeignKey]
    rows: Iterable[tuple]
    description: str = ""
    column_descriptions: dict[str, str] | None = None


def _cell(value: object) -> object:
    # An empty cell is a missing value (the package's missingValues); a number keeps every digit.
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return value


def _field(column: Column, described: dict[str, str]) -> dict:
    field = {"name": column.name, "type": FIELD_TYPES.get(column.sql_type, "string")}
    if described.get(column.name):
        field["description"] = described[column.name]
    return field


def _schema(table: TableDump) -> dict:
    described = table.column_descriptions or {}
    schema: dict = {
        "fields": [_field(column, described) for column in table.columns],
        "missingValues": [""],
    }
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": key.column,
                # An empty resource name is the spec's way to point into the same table.
                "reference": {
                    "resource": "" if key.other_table == table.name else key.other_table,
                    "fields": key.other_column,
                },
            }
            for key in table.foreign_keys
        ]
    return schema


def _write_table(folder: Path, table: TableDump) -> dict:
    path = f"data/{table.name}.csv"
    with (folder / path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([column.name for column in table.columns])
        writer.writerows([_cell(value) for value in row] for row in table.rows)
    resource = {
        "name": table.name,
        "path": path,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": _schema(table),
    }
    if table.description:
        resource["description"] = table.description
    return resource


def _write_source_text(folder: Path, source: Source, sha256: str) -> dict:
    data = source.text.encode("utf-8")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise PackageError(
            f"the text of source {source.id!r} does not match its recorded sha256; "
            "rebuild the database with `cqdesk build`."
        )
    path = f"source/{source.id}.txt"
    (folder / path).write_bytes(data)
    return {
        "name": f"{source.id}-text",
        "path": path,
        "title": source.title,
        "description": f"The report's full text, unchanged. {source_text_terms(source)}",
        "format": "txt",
        "mediatype": "text/plain",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": f"sha256:{sha256}",
        "sources": [{"title": source_citation(source), "path": source.url}],
        "licenses": [
            {
                "name": "LicenseRef-publisher",
                "title": f"{source.publisher or 'The publisher'}'s; bundled for citation",
                "path": source.url,
            }
        ],
    }


def descriptor(sources: list[Source], resources: list[dict]) -> dict:
    """``datapackage.json``: what the package is, where it comes from, and its licences."""
    first = sources[0]
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": "cqdesk: Chongqing's 2020 e-commerce figures",
        "description": (
            "Every figure of one report with the exact words it came from, as cqdesk's data.db "
            f"holds them. Values are in base units (see each table's fields). "
            f"{source_text_terms(first)}"
        ),
        "version": __version__,
        "licenses": [
            {"name": DATA_LICENCE.spdx, "title": DATA_LICENCE.title, "path": DATA_LICENCE.url}
        ],
        "x_licences_note": (
            f"CC BY 4.0 covers cqdesk's data ({DATA_SCOPE}); attribute as "
            f"“{DATA_ATTRIBUTION}”. {source_text_terms(first)} "
            f"cqdesk's code is under the {CODE_LICENCE.title}."
        ),
        "sources": [{"title": source_citation(source), "path": source.url} for source in sources],
        "contributors": [{"title": "the cqdesk authors", "role": "author"}],
        "resources": resources,
    }


def _fill(folder: Path, tables: list[TableDump], sources: list[tuple[Source, str]]) -> None:
    (folder / "data").mkdir()
    (folder / "source").mkdir()
    resources = [_write_table(folder, table) for table in tables]
    resources += [_write_source_text(folder, source, sha) for source, sha in sources if source.text]
    document = descriptor([source for source, _ in sources], resources)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    (folder / DESCRIPTOR).write_text(text, encoding="utf-8")


def _replaceable(target: Path) -> bool:
    """Whether ``target`` may be replaced: absent, an empty folder, or an earlier package."""
    if not target.exists():
        return True
    return target.is_dir() and (not any(target.iterdir()) or (target / DESCRIPTOR).is_file())


def write_package(target: Path, tables: list[TableDump], sources: list[tuple[Source, str]]) -> Path:
    """Write the package to the folder ``target``; ``sources`` pairs each source with its sha256."""
    target = Path(target).absolute()
    if not _replaceable(target):
        raise PackageError(
            f"{target} exists and is not a data package: give a new or empty folder."
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    except OSError as exc:
        raise PackageError(f"cannot write in {target.parent}: {exc.strerror or exc}.") from None
    try:
        _fill(staging, tables, sources)
        _swap_in(staging, target)
    except OSError as exc:
        raise PackageError(f"cannot write {target}: {exc.strerror or exc}.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _swap_in(staging: Path, target: Path) -> None:
    if not target.exists():
        os.replace(staging, target)
        return
    # The old package is moved aside, not deleted, until the new one is in its place.
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
