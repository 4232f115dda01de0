"""Queries for the two filter trees: categories and places, each node with its fact count."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from cqdesk.store.records import Category, Entity, Place, record_maker

# A gazetteer's thousands of places and categories, made by position: a frozen record's own
# __init__ sets each field through object.__setattr__, tens of milliseconds of the first paint.
_new_place = record_maker(Place)
_new_category = record_maker(Category)


def category_tree(db: sqlite3.Connection) -> tuple[Category, ...]:
    """The top-level categories, each with its children; counts cover whole subtrees (stored by
    the build: counting a million facts here would hold up the first paint)."""
    totals = dict(db.execute("SELECT category_id, fact_count FROM category_counts").fetchall())
    children: dict[str | None, list[tuple]] = defaultdict(list)
    for values in db.execute(
        "SELECT id, parent_id, name, name_zh FROM categories ORDER BY position, id"
    ).fetchall():
        children[values[1]].append(values)

    def node(values: tuple) -> Category:
        kids = tuple(node(child) for child in children[values[0]])
        category_id, parent_id, name, name_zh = values
        return _new_category(
            (category_id, parent_id, name, totals.get(category_id, 0), kids, name_zh)
        )

    return tuple(node(values) for values in children[None])


def place_record(values: tuple) -> Place:
    """A Place from (id, name, name_zh, kind, provenance, zh_provenance), as the queries read it."""
    place_id, name, name_zh, kind, provenance, zh_provenance = values
    return Place(place_id, name, name_zh, kind, provenance, zh_provenance=zh_provenance)


def place_tree(db: sqlite3.Connection) -> tuple[Place, ...]:
    """The places without parents, each with the places inside it (a place may sit under two).
    Counts are the build's: a fact linked to two places inside a district counts once for it."""
    # fetchall reads the rows in C; walking the store's cursor row by row runs Python for
    # each of a gazetteer's thousands (tens of milliseconds of the first paint).
    stored = {
        place_id: (total, direct)
        for place_id, total, direct in db.execute("SELECT * FROM place_counts").fetchall()
    }
    places = {
        values[0]: values
        for values in db.execute(
            "SELECT id, name, name_zh, kind, provenance, zh_provenance FROM places ORDER BY position"
        ).fetchall()
    }
    children: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    has_parent = set()
    for place_id, parent_id, provenance, evidence in db.execute(
        "SELECT pp.place_id, pp.parent_id, pp.provenance, pp.evidence FROM place_parents pp "
        "JOIN places p ON p.id = pp.place_id ORDER BY p.position"
    ).fetchall():
        children[parent_id].append((place_id, provenance, evidence))
        has_parent.add(place_id)

    def node(place_id: str, link: tuple, seen: frozenset) -> Place:
        inside = seen | {place_id}
        kids = tuple(
            node(kid, (how, evidence), inside)
            for kid, how, evidence in children[place_id]
            if kid not in seen
        )
        # Made once, whole: a gazetteer has thousands of places (in Place's field order).
        _, name, name_zh, kind, provenance, zh_provenance = places[place_id]
        total, direct_count = stored.get(place_id, (0, 0))
        return _new_place(
            (
                place_id,
                name,
                name_zh,
                kind,
                provenance,
                total,
                direct_count,
                link[0],
                link[1],
                kids,
                zh_provenance,
            )
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
