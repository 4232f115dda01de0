"""Queries the window needs beyond the core store: which of some facts a view shows."""

from __future__ import annotations

import sqlite3

from cqdesk.store.records import FactQuery
from cqdesk.store.sql import FACTS_FROM, where_clause


def matching_fact_ids(db: sqlite3.Connection, query: FactQuery, fact_ids: list[str]) -> set[str]:
    """The ids among ``fact_ids`` that ``query`` selects."""
    if not fact_ids:
        return set()
    where, params = where_clause(query)
    marks = ", ".join("?" * len(fact_ids))
    joiner = " AND " if where else "WHERE "
    sql = f"SELECT f.id {FACTS_FROM} {where}{joiner}f.id IN ({marks})"
    return {fact_id for (fact_id,) in db.execute(sql, [*params, *fact_ids])}
