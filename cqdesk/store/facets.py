"""Facet counts: each filter tree's counts under the other filters, one query per tree."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from cqdesk.store.records import Facets, FactQuery
from cqdesk.store.sql import FACTS_FROM, where_clause

# Every place with every place inside it (itself included), walked up the parent links.
_PLACE_CLOSURE = """
    WITH RECURSIVE closure(ancestor, place) AS (
        SELECT id, id FROM places
        UNION SELECT closure.ancestor, pp.place_id
        FROM closure JOIN place_parents pp ON pp.parent_id = closure.place)"""


def _selected(query: FactQuery) -> tuple[str, list]:
    where, params = where_clause(query)
    return f"SELECT f.id {FACTS_FROM} {where}", params


def _total(db: sqlite3.Connection, query: FactQuery) -> int:
    where, params = where_clause(query)
    return db.execute(f"SELECT COUNT(*) {FACTS_FROM} {where}", params).fetchone()[0]


def category_facets(db: sqlite3.Connection, query: FactQuery) -> Facets:
    """Facts per category subtree among those the place, search and organisation filters leave
    (the category filter itself is ignored, so every other section still shows its count)."""
    others = query.without("category_id")
    where, params = where_clause(others)
    direct = dict(
        db.execute(f"SELECT f.category_id, COUNT(*) {FACTS_FROM} {where} GROUP BY 1", params)
    )
    children: dict[str | None, list[str]] = defaultdict(list)
    for category_id, parent_id in db.execute("SELECT id, parent_id FROM categories"):
        children[parent_id].append(category_id)
    counts: dict[str, int] = {}

    def add_up(category_id: str, seen: frozenset) -> int:
        total = direct.get(category_id, 0) + sum(
            add_up(kid, seen | {category_id}) for kid in children[category_id] if kid not in seen
        )
        counts[category_id] = total
        return total

    for root in children[None]:
        add_up(root, frozenset())
    return Facets(total=sum(direct.values()), counts=counts)


def place_facets(db: sqlite3.Connection, query: FactQuery) -> Facets:
    """Facts per place subtree among those the category, search and organisation filters leave
    (a fact naming two places inside a district counts once for the district)."""
    others = query.without("place_id")
    selected = ""  # no other filter: every fact counts
    params: list = []
    if others.active():
        sql, params = _selected(others)
        selected = f"WHERE fp.fact_id IN ({sql})"
    counts = dict(
        db.execute(
            f"{_PLACE_CLOSURE} SELECT closure.ancestor, COUNT(DISTINCT fp.fact_id) "
            f"FROM closure JOIN fact_places fp ON fp.place_id = closure.place {selected} "
            "GROUP BY closure.ancestor",
            params,
        )
    )
    return Facets(total=_total(db, others), counts=counts)
