"""Queries over facts: filtered counts, sorted pages, a fact's position in a view, one fact's detail."""

from __future__ import annotations

import sqlite3

from cqdesk.store.records import Entity, FactDetail, FactQuery, FactRow, FactSort, Place
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


# Deeper than any real tree; a hand-made database whose categories form a cycle stops here
# instead of walking round it for ever.
MAX_DEPTH = 32


def _category_path(db: sqlite3.Connection, category_id: str) -> tuple[str, ...]:
    rows = db.execute(
        """
        WITH RECURSIVE up(id, parent_id, name, depth) AS (
            SELECT id, parent_id, name, 0 FROM categories WHERE id = ?
            UNION ALL SELECT c.id, c.parent_id, c.name, up.depth + 1
            FROM categories c JOIN up ON c.id = up.parent_id
            WHERE up.depth < ?)
        SELECT name FROM up ORDER BY depth DESC""",
        [category_id, MAX_DEPTH],
    )
    return tuple(name for (name,) in rows)


def _ids(db: sqlite3.Connection, sql: str, fact_id: str) -> list[str]:
    return [value for (value,) in db.execute(sql, [fact_id])]


def fact_detail(db: sqlite3.Connection, fact_id: str) -> FactDetail | None:
    """Everything about one fact, or None if there is no such fact."""
    row = fact_row_by_id(db, fact_id)
    if row is None:
        return None
    (category_id, quote_start, quote_end, value_start, value_end, formula, note, describes_id) = (
        db.execute(
            "SELECT category_id, quote_start, quote_end, value_start, value_end, formula, note, "
            "describes_id FROM facts WHERE id = ?",
            [fact_id],
        ).fetchone()
    )
    places = tuple(
        Place(*values)
        for values in db.execute(
            "SELECT p.id, p.name, p.name_zh, p.kind, p.provenance FROM fact_places fp "
            "JOIN places p ON p.id = fp.place_id WHERE fp.fact_id = ? ORDER BY p.position",
            [fact_id],
        )
    )
    entities = tuple(
        Entity(*values)
        for values in db.execute(
            "SELECT e.id, e.name, e.kind FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id "
            "WHERE fe.fact_id = ? ORDER BY e.name",
            [fact_id],
        )
    )
    inputs = _ids(
        db, "SELECT input_id FROM fact_inputs WHERE fact_id = ? ORDER BY position", fact_id
    )
    used_by = _ids(
        db,
        "SELECT i.fact_id FROM fact_inputs i JOIN facts f ON f.id = i.fact_id "
        "WHERE i.input_id = ? ORDER BY f.position",
        fact_id,
    )
    described_by = _ids(
        db, "SELECT id FROM facts WHERE describes_id = ? ORDER BY position", fact_id
    )
    return FactDetail(
        row=row,
        category_path=_category_path(db, category_id),
        quote_start=quote_start,
        quote_end=quote_end,
        value_start=value_start,
        value_end=value_end,
        formula=formula,
        note=note,
        places=places,
        entities=entities,
        inputs=tuple(fact_rows_by_id(db, inputs)),
        used_by=tuple(fact_rows_by_id(db, used_by)),
        describes=fact_row_by_id(db, describes_id) if describes_id else None,
        described_by=tuple(fact_rows_by_id(db, described_by)),
    )
