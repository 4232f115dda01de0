"""Queries for the two filter trees: categories and places, each node with its fact count."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import replace

from cqdesk.store.records import Category, Entity, Place


def category_tree(db: sqlite3.Connection) -> tuple[Category, ...]:
    """The top-level categories, each with its children; counts cover whole subtrees."""
    direct = dict(db.execute("SELECT category_id, COUNT(*) FROM facts GROUP BY category_id"))
    children: dict[str | None, list[tuple]] = defaultdict(list)
    for values in db.execute(
        "SELECT id, parent_id, name, name_zh FROM categories ORDER BY position, id"
    ):
        children[values[1]].append(values)

    def node(values: tuple) -> Category:
        kids = tuple(node(child) for child in children[values[0]])
        count = direct.get(values[0], 0) + sum(kid.count for kid in kids)
        return Category(values[0], values[1], values[2], count, kids, values[3])

    return tuple(node(values) for values in children[None])


def _subtree_counts(db: sqlite3.Connection) -> dict[str, int]:
    # A fact linked to two places inside a district counts once for that district.
    return dict(
        db.execute("""
        WITH RECURSIVE closure(ancestor, place) AS (
            SELECT id, id FROM places
            UNION SELECT closure.ancestor, pp.place_id
            FROM closure JOIN place_parents pp ON pp.parent_id = closure.place)
        SELECT closure.ancestor, COUNT(DISTINCT fp.fact_id)
        FROM closure JOIN fact_places fp ON fp.place_id = closure.place
        GROUP BY closure.ancestor""")
    )


def place_record(values: tuple) -> Place:
    """A Place from (id, name, name_zh, kind, provenance, zh_provenance), as the queries read it."""
    place_id, name, name_zh, kind, provenance, zh_provenance = values
    return Place(place_id, name, name_zh, kind, provenance, zh_provenance=zh_provenance)


def place_tree(db: sqlite3.Connection) -> tuple[Place, ...]:
    """The places without parents, each with the places inside it (a place may sit under two)."""
    totals = _subtree_counts(db)
    direct = dict(db.execute("SELECT place_id, COUNT(*) FROM fact_places GROUP BY place_id"))
    places = {
        values[0]: place_record(values)
        for values in db.execute(
            "SELECT id, name, name_zh, kind, provenance, zh_provenance FROM places ORDER BY position"
        )
    }
    children: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    has_parent = set()
    for place_id, parent_id, provenance, evidence in db.execute(
        "SELECT pp.place_id, pp.parent_id, pp.provenance, pp.evidence FROM place_parents pp "
        "JOIN places p ON p.id = pp.place_id ORDER BY p.position"
    ):
        children[parent_id].append((place_id, provenance, evidence))
        has_parent.add(place_id)

    def node(place_id: str, link: tuple, seen: frozenset) -> Place:
        kids = tuple(
            node(kid, (how, evidence), seen | {place_id})
            for kid, how, evidence in children[place_id]
            if kid not in seen
        )
        return replace(
            places[place_id],
            count=totals.get(place_id, 0),
            direct_count=direct.get(place_id, 0),
            parent_provenance=link[0],
            parent_evidence=link[1],
            children=kids,
        )

    return tuple(
        node(place_id, (None, None), frozenset())
        for place_id in places
        if place_id not in has_parent
    )


def place_by_id(db: sqlite3.Connection, place_id: str) -> Place | None:
    """One place without its children, or None."""
    values = db.execute(
        "SELECT id, name, name_zh, kind, provenance, zh_provenance FROM places WHERE id = ?",
        [place_id],
    ).fetchone()
    return place_record(values) if values else None


def category_name(db: sqlite3.Connection, category_id: str) -> str | None:
    """A category's name, or None."""
    row = db.execute("SELECT name FROM categories WHERE id = ?", [category_id]).fetchone()
    return row[0] if row else None


def category_names(db: sqlite3.Connection, category_id: str) -> tuple[str, str | None] | None:
    """A category's English and Chinese names, or None."""
    row = db.execute("SELECT name, name_zh FROM categories WHERE id = ?", [category_id]).fetchone()
    return (row[0], row[1]) if row else None


def entity_by_id(db: sqlite3.Connection, entity_id: str) -> Entity | None:
    """One company or organisation, or None."""
    values = db.execute(
        "SELECT id, name, kind, name_zh FROM entities WHERE id = ?", [entity_id]
    ).fetchone()
    return Entity(*values) if values else None
