"""Queries over facts: filtered counts, sorted pages, a fact's position in a view, rows by id."""

from __future__ import annotations

import sqlite3

from cqdesk.store.records import FactQuery, FactRow, FactSort
from cqdesk.store.sql import FACT_COLUMNS, FACTS_FROM, fact_row, order_clause, where_clause


def count_facts(db: sqlite3.Connection, query: FactQuery) -> int:
    """How many facts ``query`` selects."""
    where, params = where_clause(query)
    return db.execute(f"SELECT COUNT(*) {FACTS_FROM} {where}", params).fetchone()[0]


def total_facts(db: sqlite3.Connection) -> int:
    """How many facts the database holds."""
    return db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]


def kind_counts(db: sqlite3.Connection) -> dict[str, int]:
    """How many facts there are of each kind (reported, derived, statement)."""
    return dict(db.execute("SELECT kind, COUNT(*) FROM facts GROUP BY kind ORDER BY kind"))


def fact_rows(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort = FactSort(),
    offset: int = 0,
    limit: int | None = None,
) -> list[FactRow]:
    """One page of the facts ``query`` selects, in ``sort`` order (all of them when no limit)."""
    where, params = where_clause(query)
    sql = (
        f"SELECT {FACT_COLUMNS} {FACTS_FROM} {where} "
        f"{order_clause(sort.key, sort.descending)} LIMIT ? OFFSET ?"
    )
    rows = db.execute(sql, [*params, -1 if limit is None else limit, offset])
    return [fact_row(values) for values in rows]


def fact_index(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, fact_id: str
) -> int | None:
    """The row number of ``fact_id`` in the view ``query``/``sort``, or None if it is filtered out."""
    where, params = where_clause(query)
    sql = (
        f"SELECT n FROM (SELECT f.id AS id, ROW_NUMBER() OVER "
        f"({order_clause(sort.key, sort.descending)}) - 1 AS n {FACTS_FROM} {where}) "
        "WHERE id = ?"
    )
    row = db.execute(sql, [*params, fact_id]).fetchone()
    return None if row is None else row[0]


def fact_rows_by_id(db: sqlite3.Connection, fact_ids: list[str]) -> list[FactRow]:
    """The rows of the given facts, in the order given (unknown ids are left out)."""
    if not fact_ids:
        return []
    marks = ", ".join("?" * len(fact_ids))
    rows = {
        values[0]: fact_row(values)
        for values in db.execute(
            f"SELECT {FACT_COLUMNS} {FACTS_FROM} WHERE f.id IN ({marks})", fact_ids
        )
    }
    return [rows[fact_id] for fact_id in fact_ids if fact_id in rows]


def fact_row_by_id(db: sqlite3.Connection, fact_id: str) -> FactRow | None:
    """One fact's row, or None."""
    found = fact_rows_by_id(db, [fact_id])
    return found[0] if found else None
