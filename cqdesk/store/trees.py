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
    places = db.execute(
        "SELECT id, name, name_zh, kind, provenance, zh_provenance FROM places ORDER BY position"
    ).fetchall()
    links: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    for place_id, parent_id, provenance, evidence in db.execute(
        "SELECT place_id, parent_id, provenance, evidence FROM place_parents"
    ).fetchall():
        links[place_id].append((parent_id, provenance, evidence))
    # Each parent's children in the places' order, from one walk of the places already read
    # in it (SQLite sorting the links by their place's position cost as much again).
    children: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    for values in places:
        for parent_id, provenance, evidence in links.get(values[0], ()):
            children[parent_id].append((values[0], provenance, evidence))
    by_id = {values[0]: values for values in places}
    above: set[str] = set()  # the places above the one being made: a cycle ends there

    def node(place_id: str, how: str | None, evidence: str | None) -> Place:
        inside = children.get(place_id, ())
        kids: tuple[Place, ...] = ()
        if inside:
            allowed = [link for link in inside if link[0] not in above]
            entered = place_id not in above
            above.add(place_id)
            kids = tuple([node(*link) for link in allowed])
            if entered:
                above.discard(place_id)
        # Made once, whole: a gazetteer has thousands of places (in Place's field order).
        _, name, name_zh, kind, provenance, zh_provenance = by_id[place_id]
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
                how,
                evidence,
                kids,
                zh_provenance,
            )
        )

    return tuple(node(values[0], None, None) for values in places if values[0] not in links)


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
