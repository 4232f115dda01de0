"""``cqdesk export``: the facts of a view (filters and order as in the window) as CSV, JSON or
Markdown, or the whole database as a data package."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cqdesk.cli.common import (
    CommandError,
    add_db_option,
    add_filter_options,
    add_sort_options,
    check_category,
    check_place,
    guarded,
    open_catalog,
    query_of,
    sort_of,
)
from cqdesk.cli.language import tr as _tr
from cqdesk.cli.language import words
from cqdesk.cli.output import exit_codes_help
from cqdesk.export import FORMATS, describe
from cqdesk.export.views import order_phrase, stream_view, write_view
from cqdesk.safe_write import WriteError
from cqdesk.store import Catalog, FactQuery, FactSort
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Declare ``export`` and its options."""
    parser = commands.add_parser(
        "export",
        help=_tr("write the facts of a view as CSV, JSON or Markdown, or a data package"),
        description=_tr(
            "Write the facts that the filters select, in the chosen order, to FILE or to "
            "standard output; --format datapackage writes the whole database as a Frictionless "
            "Data Package (CSV tables, the source text and datapackage.json) to the folder -o DIR."
        ),
        epilog=exit_codes_help(),
    )
    parser.add_argument(
        "--format",
        choices=(*FORMATS, "datapackage"),
        default="csv",
        help=_tr("the format to write (default: csv)"),
    )
    add_filter_options(parser)
    parser.add_argument(
        "--search", metavar="TEXT", default="", help=_tr("only facts matching TEXT")
    )
    add_sort_options(parser)
    parser.add_argument(
        "--bom",
        action="store_true",
        help=_tr("CSV only: start with a byte-order mark so Excel reads Chinese text"),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=_tr("the file to write (default: standard output); for datapackage, the folder"),
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


class _StandardOutput:
    """Standard output as a streamed export writes to it: UTF-8, whatever the terminal's
    encoding, line ends exactly as rendered (CSV keeps its CRLF)."""

    def __init__(self) -> None:
        sys.stdout.flush()

    def write(self, text: str) -> None:
        sys.stdout.buffer.write(text.encode("utf-8"))


def _write(catalog: Catalog, args: argparse.Namespace, query: FactQuery, sort: FactSort) -> int:
    """Stream the view to the file or standard output, as the window exports it; its facts."""
    if args.output is None:
        count = write_view(
            catalog, query, sort, args.format, _StandardOutput(), bom=args.bom, words=words()
        )
        sys.stdout.flush()
        return count
    try:
        return stream_view(
            catalog, query, sort, args.format, args.output, bom=args.bom, words=words()
        )
    except WriteError as exc:  # the reason, and that no half-written file was left behind
        outcome = (
            _tr("the file that was there is unchanged")
            if exc.existed
            else _tr("no file was created")
        )
        raise CommandError(
            fill(
                _tr("cannot write %1: %2; %3."),
                readable(str(args.output)),
                _tr(exc.reason),
                outcome,
            )
        ) from None


def _package(args: argparse.Namespace) -> int:
    if args.category or args.place or args.search.strip() or args.sort != "position":
        raise CommandError(
            _tr("a data package holds the whole database: drop the filters and --sort.")
        )
    # Here, not at the top: the package's YAML writer costs every start of the window 50 ms.
    from cqdesk.cli.datapackage import export_package

    with open_catalog(args) as catalog:
        return export_package(catalog, args.output)


@guarded("export")
def run(args: argparse.Namespace) -> int:
    """Write the export and say on standard error what it holds."""
    if args.bom and args.format != "csv":
        raise CommandError(_tr("--bom applies to --format csv only."))
    if args.format == "datapackage":
        return _package(args)
    query, sort = query_of(args, args.search), sort_of(args)
    with open_catalog(args) as catalog:
        category, place = check_category(catalog, args.category), check_place(catalog, args.place)
        count = _write(catalog, args, query, sort)
    summary = describe(
        count,
        args.format,
        category=category,
        place=place,
        search=query.search,
        order=order_phrase(sort, words=words()),
        words=words(),
    )
    if args.output:
        summary = fill(_tr("%1, written to %2"), summary, readable(str(args.output)))
    print(fill(_tr("cqdesk export: %1"), summary), file=sys.stderr)
    return 0
