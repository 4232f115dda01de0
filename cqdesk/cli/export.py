"""``cqdesk export``: the facts of a view (filters and order as in the window) as CSV, JSON or Markdown."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing
from pathlib import Path

from cqdesk.cli.common import (
    CommandError,
    add_db_option,
    add_filter_options,
    add_sort_options,
    check_category,
    check_place,
    guarded,
    open_store,
    sort_of,
)
from cqdesk.export import FORMATS, describe, render, write
from cqdesk.export.views import needs_details
from cqdesk.store.bulk import fact_details
from cqdesk.store.facts import fact_rows
from cqdesk.store.records import FactQuery
from cqdesk.store.search import match_expression
from cqdesk.store.source import source


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Declare ``export`` and its options."""
    parser = commands.add_parser(
        "export",
        help="write the facts of a view as CSV, JSON or Markdown",
        description="Write the facts that the filters select, in the chosen order, to FILE or "
        "to standard output.",
    )
    parser.add_argument("--format", choices=FORMATS, default="csv", help="default: csv")
    add_filter_options(parser)
    parser.add_argument("--search", metavar="TEXT", default="", help="only facts matching TEXT")
    add_sort_options(parser)
    parser.add_argument(
        "--bom",
        action="store_true",
        help="CSV only: start with a byte-order mark so Excel reads Chinese text",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the file to write (default: standard output)",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def _query(args: argparse.Namespace) -> FactQuery:
    if args.search.strip() and match_expression(args.search) is None:
        raise CommandError(f"nothing to search for in {args.search!r}: give a word or a number.")
    return FactQuery(category_id=args.category, place_id=args.place, search=args.search)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return
    try:
        write(output, text)
    except OSError as exc:
        raise CommandError(f"cannot write {output}: {exc.strerror or exc}.") from None


@guarded("export")
def run(args: argparse.Namespace) -> int:
    """Write the export and say on standard error what it holds."""
    if args.bom and args.format != "csv":
        raise CommandError("--bom applies to --format csv only.")
    query, sort = _query(args), sort_of(args)
    with closing(open_store(args)) as db:
        category, place = check_category(db, args.category), check_place(db, args.place)
        details = fact_details(db, query, sort) if needs_details(args.format) else None
        rows = (
            [detail.row for detail in details]
            if details is not None
            else fact_rows(db, query, sort)
        )
        text = render(args.format, rows, source(db), details=details, bom=args.bom)
    _emit(text, args.output)
    order = (
        None
        if sort.key == "position" and not sort.descending
        else (f"sorted by {sort.key}{', descending' if sort.descending else ''}")
    )
    summary = describe(
        len(rows), args.format, category=category, place=place, search=args.search, order=order
    )
    print(
        f"cqdesk export: {summary}" + (f", written to {args.output}" if args.output else ""),
        file=sys.stderr,
    )
    return 0
