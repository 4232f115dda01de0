"""What each table and column means, read from the Datasette metadata shipped with the package."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import yaml

from cqdesk.paths import datasette_metadata


@dataclass(frozen=True)
class TableDoc:
    """A table's description and its columns' descriptions (units included)."""

    description: str = ""
    columns: dict[str, str] = field(default_factory=dict)


@cache
def table_docs() -> dict[str, TableDoc]:
    """Every described table of ``data.db``, by name."""
    document = yaml.safe_load(datasette_metadata().read_text(encoding="utf-8"))
    tables = document["databases"]["data"]["tables"]
    return {
        name: TableDoc(spec.get("description", ""), dict(spec.get("columns", {})))
        for name, spec in tables.items()
    }
