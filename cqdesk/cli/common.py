"""What every sub-command shares: opening the store, checking ids, and turning errors into messages."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from cqdesk.cli.language import tr as _tr
from cqdesk.paths import default_database
from cqdesk.store import Catalog, FactQuery, FactSort, StoreError
from cqdesk.store.records import SORT_KEYS
from cqdesk.text.formatting import fill


class CommandError(Exception):
    """A problem the person can fix (an unknown id, an unwritable file); the message says how."""


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` after the sub-command too; SUPPRESS keeps a top-level ``--db`` when it is absent."""
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=_tr("the database to open (default: the bundled data.db)"),
    )


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """``--category ID`` and ``--place ID``: each narrows to that node's whole subtree."""
    parser.add_argument(
        "--category", metavar="ID", help=_tr("only facts in this category (and below)")
    )
    parser.add_argument(
        "--place", metavar="ID", help=_tr("only facts about this place (and inside it)")
    )


def guarded(name: str) -> Callable:
    """Run a command so that every expected failure prints ``cqdesk NAME: message`` and exits 1."""

    def wrap(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        @functools.wraps(run)
        def guarded_run(args: argparse.Namespace) -> int:
            try:
                return run(args)
            except CommandError as exc:
                print(f"cqdesk {name}: {exc}", file=sys.stderr)
                return 1
            except StoreError as exc:  # the store's message, in the command line's language
                print(f"cqdesk {name}: {exc.translated(_tr)}", file=sys.stderr)
                return 1
            except BrokenPipeError:
                # The reader (``| head``) left: not an error; stop Python complaining at exit.
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                return 0

        return guarded_run

    return wrap


def open_catalog(args: argparse.Namespace) -> Catalog:
    """The catalog of the database ``--db`` names, or of the bundled one."""
    return Catalog.open(getattr(args, "db", None) or default_database())


def suggestion(wrong: str, known: list[str]) -> str:
    """ " Did you mean a, b?" naming the known ids closest to ``wrong``, or ""."""
    import difflib  # here: every start of the window imports this module, few need this

    close = difflib.get_close_matches(wrong, known, n=3)
    return fill(_tr(" Did you mean %1?"), _tr(", ").join(close)) if close else ""


def nothing_to_search(text: str) -> CommandError:
    """The error for a search text with no word or number in it."""
    return CommandError(
        fill(_tr("nothing to search for in %1: give a word or a number."), repr(text))
    )


def _walk(nodes: tuple) -> Iterator:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def check_category(catalog: Catalog, category_id: str | None) -> str | None:
    """The category's name, or CommandError naming the closest known ids."""
    if category_id is None:
        return None
    name = catalog.category_name(category_id)
    if name is None:
        known = [node.id for node in _walk(catalog.categories())]
        raise CommandError(
            fill(
                _tr("no category with id %1.%2"), repr(category_id), suggestion(category_id, known)
            )
        )
    return name


def check_place(catalog: Catalog, place_id: str | None) -> str | None:
    """The place's name, or CommandError naming the closest known ids."""
    if place_id is None:
        return None
    place = catalog.place(place_id)
    if place is None:
        known = sorted({node.id for node in _walk(catalog.places())})
        raise CommandError(
            fill(_tr("no place with id %1.%2"), repr(place_id), suggestion(place_id, known))
        )
    return place.name


def query_of(args: argparse.Namespace, search: str = "") -> FactQuery:
    """The FactQuery of ``--category``/``--place`` and ``search``; CommandError for a search
    with nothing in it to search for (the window refuses the same text the same way)."""
    query = FactQuery(category_id=args.category, place_id=args.place, search=search)
    if query.searches_nothing:
        raise nothing_to_search(search)
    return query


def checked_query(catalog: Catalog, args: argparse.Namespace, search: str = "") -> FactQuery:
    """``query_of``, with every id checked against the catalog first."""
    check_category(catalog, args.category)
    check_place(catalog, args.place)
    return query_of(args, search)


def add_sort_options(parser: argparse.ArgumentParser) -> None:
    """``--sort KEY`` and ``--descending``: the order the window's table columns give."""
    parser.add_argument(
        "--sort",
        choices=SORT_KEYS,
        default="position",
        help=_tr("order of the facts (default: position, the report's order)"),
    )
    parser.add_argument("--descending", action="store_true", help=_tr("reverse the order"))


def sort_of(args: argparse.Namespace) -> FactSort:
    """The FactSort the sort options ask for."""
    return FactSort(args.sort, args.descending)
