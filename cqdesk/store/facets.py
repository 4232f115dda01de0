"""Facet counts: each filter tree's counts under the other filters, one query per tree."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from cqdesk.store import paging
from cqdesk.store.records import Facets, FactQuery


def category_facets(db: sqlite3.Connection, query: FactQuery) -> Facets:
    """Facts per category subtree among those the place, search and organisation filters leave
    (the category filter itself is ignored, so every other section still shows its count)."""
    others = query.without("category_id")
    if not others.active():
        # The build's counts: grouping every fact by its category takes a second at a million.
        stored = dict(db.execute("SELECT category_id, fact_count FROM category_counts").fetchall())
        return Facets(total=paging.count(db, others), counts=stored)
    view = paging.count_plan(db, others)
    direct = dict(
        db.execute(
            f"SELECT f.category_id, COUNT(*) FROM {view.source} {view.conditions()} GROUP BY 1",
            view.params,
        ).fetchall()
    )
    children: dict[str | None, list[str]] = defaultdict(list)
    for category_id, parent_id in db.execute("SELECT id, parent_id FROM categories").fetchall():
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
    (a fact naming two places inside a district counts once for the district: place_facts
    holds each fact once under each place that contains it)."""
    others = query.without("place_id")
    return Facets(total=paging.count(db, others), counts=place_counts(db, others))


def place_counts(db: sqlite3.Connection, query: FactQuery) -> dict[str, int]:
    """Facts per place subtree under every filter of ``query`` but the place (places with none
    left out): the build's counts without a filter, one grouped join over place_facts with."""
    others = query.without("place_id")
    # fetchall reads the thousands of rows in C; walking the store's cursor runs Python for each.
    if not others.active():
        stored = "SELECT place_id, fact_count FROM place_counts WHERE fact_count"
        return dict(db.execute(stored).fetchall())
    view = paging.count_plan(db, others)
    return dict(
        db.execute(
            f"SELECT pf.ancestor_id, COUNT(*) FROM {view.source} "
            f"JOIN place_facts pf ON pf.fact_rowid = f.rowid {view.conditions()} GROUP BY 1",
            view.params,
        ).fetchall()
    )
