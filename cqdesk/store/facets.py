"""Facet counts: each filter tree's counts under the other filters, one query per tree."""

from __future__ import annotations

import sqlite3
from itertools import accumulate

from cqdesk.store import paging
from cqdesk.store.records import Facets, FactQuery


def category_facets(db: sqlite3.Connection, query: FactQuery) -> Facets:
    """Facts per category subtree among those the place, search and organisation filters leave
    (the category filter itself is ignored, so every other section still shows its count)."""
    others = query.without("category_id")
    ranges = db.execute(
        "SELECT category_id, first_rank, last_rank, fact_count FROM category_counts"
    ).fetchall()
    if not others.active():
        # The build's counts: grouping every fact by its category takes a second at a million.
        return Facets(total=paging.count(db, others), counts={row[0]: row[3] for row in ranges})
    # Each fact's category_rank is its category's first rank (the build checks it), and a
    # subtree is the ranks first … last: the facts are counted per rank and summed per range.
    view = paging.rank_plan(db, others)
    direct = dict(
        db.execute(
            f"SELECT o.category_rank, COUNT(*) FROM {view.source} {view.conditions()} GROUP BY 1",
            view.params,
        ).fetchall()
    )
    top = max((last for _, _, last, _ in ranges), default=-1)
    before = list(accumulate((direct.get(rank, 0) for rank in range(top + 1)), initial=0))
    counts = {
        category_id: before[last + 1] - before[first] if first <= last else 0
        for category_id, first, last, _ in ranges
    }
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
