"""Queries the window needs beyond the core store: which of some facts a view shows."""

from __future__ import annotations

import sqlite3

from cqdesk.store.records import FactQuery
from cqdesk.store.sql import FACTS_FROM, where_clause

# SQLite's default limit on bound parameters is 32,766 (older builds: 999); stay well below.
CHUNK = 500


def matching_fact_ids(db: sqlite3.Connection, query: FactQuery, fact_ids: list[str]) -> set[str]:
    """The ids among ``fact_ids`` that ``query`` selects (any number of ids)."""
    where, params = where_clause(query)
    joiner = " AND " if where else "WHERE "
    found: set[str] = set()
    for start in range(0, len(fact_ids), CHUNK):
        chunk = fact_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT f.id {FACTS_FROM} {where}{joiner}f.id IN ({marks})"
        found.update(fact_id for (fact_id,) in db.execute(sql, [*params, *chunk]))
    return found
