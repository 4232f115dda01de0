"""``cqdesk export --format datapackage -o DIR``: the whole database as a Frictionless Data Package."""

from __future__ import annotations

import sys
from pathlib import Path

from cqdesk.cli.common import CommandError
from cqdesk.cli.language import tr as _tr
from cqdesk.export.datapackage import PackageError, TableDump, write_package
from cqdesk.export.schema_docs import table_docs
from cqdesk.store import Catalog
from cqdesk.store.records import TableLayout
from cqdesk.text.formatting import fill

# An index rebuilt from the other tables, the build's own bookkeeping, and the lookups it
# derives from the other tables so the app never walks them whole (cqdesk.pipeline.lookups):
# not data to reuse.
LEFT_OUT = {
    "search_index",
    "meta",
    "place_closure",
    "place_facts",
    "place_counts",
    "category_counts",
    "fact_total",
}
# The report's order where a table has one; every other table in primary-key order.
ORDER = {"facts": ["position"]}


def _order(layout: TableLayout, names: list[str]) -> list[str]:
    wanted = [column for column in ORDER.get(layout.name, []) if column in names]
    return wanted + list(layout.primary_key) or ["rowid"]


def dumps(catalog: Catalog) -> list[TableDump]:
    """Every table of the package, with its rows still to be read."""
    docs = table_docs()
    found = []
    for name in catalog.table_names():
        if name in LEFT_OUT:
            continue
        layout = catalog.table_layout(name)
        columns = list(layout.columns)
        if name == "sources":  # the text is a resource of its own, with its hash
            columns = [column for column in columns if column.name != "text"]
        names = [column.name for column in columns]
        doc = docs.get(name)
        found.append(
            TableDump(
                name=name,
                columns=columns,
                primary_key=list(layout.primary_key),
                foreign_keys=list(layout.foreign_keys),
                rows=catalog.table_rows(name, names, _order(layout, names)),
                description=doc.description if doc else "",
                column_descriptions=doc.columns if doc else None,
            )
        )
    return found


def export_package(catalog: Catalog, output: Path | None) -> int:
    """Write the package to ``output`` and say so on standard error."""
    if output is None:
        raise CommandError(_tr("--format datapackage writes a folder: give it with -o DIR."))
    try:
        written = write_package(output, dumps(catalog), catalog.sources_with_hashes())
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    print(fill(_tr("cqdesk export: a data package written to %1"), str(written)), file=sys.stderr)
    return 0
