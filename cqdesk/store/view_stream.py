"""Whole views read in one pass, for exports: one cursor walks the view in its order and reads
each fact's columns as it passes, instead of reading the keys first and each fact again.

A view read in an order that some index or the driving filter already has (report order, or
any order walked over ``fact_order``'s indexes) streams its facts' columns straight from that
walk. A view whose driving filter is read and sorted (a place exported in label order) sorts
only its keys, as a page does, and its rows are read a chunk at a time by rowid: SQLite's
sorter would otherwise hold every column of every fact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from cqdesk.store.paging import Reading, reading
from cqdesk.store.records import FactQuery, FactRow, FactSort
from cqdesk.store.sql import FACT_COLUMNS, fact_row

# The facts of a view with each one's category: the columns read name ``f`` and ``c``. CROSS
# JOIN keeps SQLite's loops in this order, the view's own loop outermost.
_JOINED = (
    "CROSS JOIN facts f ON f.rowid = o.fact_rowid CROSS JOIN categories c ON c.id = f.category_id"
)


def _sorted_by_sqlite(way: Reading) -> bool:
    """Whether SQLite sorts the view's rows: its driving filter's facts are read in no useful
    order (a walk of an order's index, or a driver yielding rowids in report order, needs none)."""
    return way.view.source != "fact_order o" and way.column != "d.r"


def _streamed(db: sqlite3.Connection, way: Reading, columns: str) -> sqlite3.Cursor:
    return db.execute(
        f"SELECT {columns} FROM {way.view.source} {_JOINED} "
        f"{way.view.conditions()} {way.order(False)}",
        way.view.params,
    )


def _by_rowid(
    db: sqlite3.Connection, way: Reading, columns: str, size: int
) -> Iterator[list[tuple]]:
    keys = db.execute(f"{way.select()} {way.order(False)}", way.view.params)
    while chunk := keys.fetchmany(size):
        rowids = [rowid for rowid, _ in chunk]
        found = {
            values[0]: values[1:]
            for values in db.execute(
                f"SELECT f.rowid, {columns} FROM facts f CROSS JOIN categories c "
                "ON c.id = f.category_id WHERE f.rowid IN (SELECT value FROM json_each(?))",
                [str(rowids)],
            ).fetchall()
        }
        yield [found[rowid] for rowid in rowids if rowid in found]


def column_chunks(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, columns: str, size: int
) -> Iterator[list[tuple]]:
    """``columns`` (over ``facts f`` and its category ``c``) of every fact of the view in
    order, ``size`` facts at a time: memory stays bounded whatever the view's size."""
    way = reading(db, query, sort)
    if _sorted_by_sqlite(way):
        yield from _by_rowid(db, way, columns, size)
        return
    cursor = _streamed(db, way, columns)
    # fetchmany reads the rows in C; the store's cursor runs Python for each row it yields.
    while chunk := cursor.fetchmany(size):
        yield chunk


def row_chunks(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, size: int
) -> Iterator[list[FactRow]]:
    """The view's rows in order, ``size`` at a time, from one pass over the view."""
    for chunk in column_chunks(db, query, sort, FACT_COLUMNS, size):
        yield [fact_row(values) for values in chunk]
