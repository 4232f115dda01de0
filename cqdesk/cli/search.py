"""``cqdesk search TEXT``: the matching facts as an aligned table, TSV, CSV or JSON."""

from __future__ import annotations

import argparse
import sys

from cqdesk.cli.common import (
    CommandError,
    add_db_option,
    add_filter_options,
    add_sort_options,
    checked_query,
    guarded,
    open_catalog,
    sort_of,
)
from cqdesk.cli.language import tr as _tr
from cqdesk.cli.language import words
from cqdesk.cli.output import add_format_option, emit, exit_codes_help, to_terminal
from cqdesk.cli.terminal import table
from cqdesk.export import as_printed, csv_text, json_text, tsv
from cqdesk.store import Catalog
from cqdesk.store.records import FactQuery, FactRow, FactSort

HEADERS = ["ID", "LABEL", "VALUE", "CHANGE", "KIND", "PLACE", "CATEGORY"]
LIMITS = [None, 48, 34, 22, None, 34, 28]  # the id is never cut: it is what `show` takes
VALUE_COLUMN = 2


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Declare ``search`` and its options."""
    parser = commands.add_parser(
        "search",
        help=_tr("print the facts matching TEXT as a table"),
        description=_tr(
            "Print the facts whose label, quote, note, places or entities match TEXT "
            "(English or Chinese words, place names, numbers such as 24.33 or 1350.5亿)."
        ),
        epilog=exit_codes_help(),
    )
    parser.add_argument("text", nargs="+", metavar="TEXT", help=_tr("words to search for"))
    add_format_option(parser)
    add_filter_options(parser)
    add_sort_options(parser)
    add_db_option(parser)
    parser.set_defaults(run=run)


def lines(rows: list[FactRow], cut: bool = True) -> str:
    """The rows as an aligned table (values right-aligned so their digits line up).

    ``cut`` fits long labels to a terminal's width; a pipe or a file gets them whole.
    """
    cells = [
        [
            row.id,
            row.label,
            as_printed(row),
            row.change or "",
            f"{row.kind} ({row.reading})" if row.reading else row.kind,  # how far to trust it
            row.place_label or "",
            row.category_name,
        ]
        for row in rows
    ]
    limits = LIMITS if cut else None
    return table(HEADERS, cells, limits, right=frozenset({VALUE_COLUMN}))


def _printed(
    fmt: str, rows: list[FactRow], catalog: Catalog, query: FactQuery, sort: FactSort
) -> str:
    """The rows in the format asked for (JSON also carries each fact's places and entities)."""
    if fmt == "json":
        return json_text(catalog.details(query, sort), catalog.sources(), words())
    if fmt == "tsv":
        return tsv(rows, words())
    if fmt == "csv":
        return csv_text(rows, words=words())
    return lines(rows, cut=to_terminal())


@guarded("search")
def run(args: argparse.Namespace) -> int:
    """Print the matching facts; 1 when nothing matches."""
    text = " ".join(args.text)
    if not text.strip():
        raise CommandError(f"nothing to search for in {text!r}: give a word or a number.")
    with open_catalog(args) as catalog:
        query, sort = checked_query(catalog, args, text), sort_of(args)
        rows = catalog.rows(query, sort)
        printed = _printed(args.format, rows, catalog, query, sort) if rows else ""
    if not rows:
        print(f"No facts match {text!r} with these filters.", file=sys.stderr)
        return 1
    emit(printed)
    print(f"{len(rows)} fact{'s' if len(rows) != 1 else ''}", file=sys.stderr)
    return 0
