"""``cqdesk search TEXT``: the matching facts as an aligned table, TSV, CSV or JSON."""

from __future__ import annotations

import argparse
import sys

from cqdesk.cli.common import (
    add_db_option,
    add_filter_options,
    add_sort_options,
    checked_query,
    guarded,
    nothing_to_search,
    open_catalog,
    sort_of,
)
from cqdesk.cli.language import tr as _tr
from cqdesk.cli.language import words
from cqdesk.cli.output import add_format_option, emit, exit_codes_help, to_terminal
from cqdesk.cli.terminal import table
from cqdesk.export import as_printed, csv_text, json_text, tsv
from cqdesk.export.values import in_chinese
from cqdesk.export.words import Words
from cqdesk.store import Catalog
from cqdesk.store.records import FactQuery, FactRow, FactSort
from cqdesk.text.formatting import fill

# The table's headers, for a person reading (TSV, CSV and JSON keep their English keys).
HEADERS = [
    _tr("ID"),
    _tr("LABEL"),
    _tr("VALUE"),
    _tr("CHANGE"),
    _tr("KIND"),
    _tr("PLACE"),
    _tr("CATEGORY"),
]
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

    ``cut`` fits long labels to a terminal's width; a pipe or a file gets them whole. In
    Chinese the headers, kinds and the data's Chinese forms (网络零售额, 1350.5亿元) are shown.
    """
    framing = words()
    shown = [in_chinese(row) for row in rows] if framing.chinese else rows
    cells = [
        [
            row.id,
            row.label,
            as_printed(row),
            row.change or "",
            _kind(row, framing),  # how far to trust it
            row.place_label or "",
            row.category_name,
        ]
        for row in shown
    ]
    limits = LIMITS if cut else None
    headers = [_tr(header) for header in HEADERS]
    return table(headers, cells, limits, right=frozenset({VALUE_COLUMN}))


def _kind(row: FactRow, framing: Words) -> str:
    """``derived (assumption)``: the kind and reading as codes, or in Chinese their words."""
    if not framing.chinese:
        return f"{row.kind} ({row.reading})" if row.reading else row.kind
    kind = framing.kind_name(row.kind)
    return framing.beside(kind, framing.reading_label(row.reading)) if row.reading else kind


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
        raise nothing_to_search(text)
    with open_catalog(args) as catalog:
        query, sort = checked_query(catalog, args, text), sort_of(args)
        rows = catalog.rows(query, sort)
        printed = _printed(args.format, rows, catalog, query, sort) if rows else ""
    if not rows:
        print(fill(_tr("No facts match %1 with these filters."), repr(text)), file=sys.stderr)
        return 1
    emit(printed)
    framing = words()
    print(
        fill(framing.fact_count if len(rows) == 1 else framing.facts_count, str(len(rows))),
        file=sys.stderr,
    )
    return 0
