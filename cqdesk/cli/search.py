"""``cqdesk search TEXT``: the matching facts as an aligned table."""

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
from cqdesk.cli.terminal import table
from cqdesk.export import as_printed
from cqdesk.store.records import FactRow

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
            "(English or Chinese words, parts of place names, numbers such as 24.33 or 1350.5亿)."
        ),
        epilog=_tr(
            "Exit status: 0 when facts matched, 1 when none did or on an error, "
            "2 for a bad command line."
        ),
    )
    parser.add_argument("text", nargs="+", metavar="TEXT", help=_tr("words to search for"))
    add_filter_options(parser)
    add_sort_options(parser)
    add_db_option(parser)
    parser.set_defaults(run=run)


def lines(rows: list[FactRow]) -> str:
    """The rows as an aligned table (values right-aligned so their digits line up)."""
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
    return table(HEADERS, cells, LIMITS, right=frozenset({VALUE_COLUMN}))


@guarded("search")
def run(args: argparse.Namespace) -> int:
    """Print the matching facts; 1 when nothing matches."""
    text = " ".join(args.text)
    if not text.strip():
        raise CommandError(f"nothing to search for in {text!r}: give a word or a number.")
    with open_catalog(args) as catalog:
        rows = catalog.rows(checked_query(catalog, args, text), sort_of(args))
    if not rows:
        print(f"No facts match {text!r} with these filters.", file=sys.stderr)
        return 1
    sys.stdout.write(lines(rows))
    print(f"{len(rows)} fact{'s' if len(rows) != 1 else ''}", file=sys.stderr)
    return 0
