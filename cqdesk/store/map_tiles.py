"""Queries for the tile map: the divisions' tiles with their parks, and fact counts per tile."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from cqdesk.store.records import FactQuery, MapCounts, MapMark, MapTile
from cqdesk.store.sql import FACTS_FROM, where_clause

DIVISION_KINDS = ("district", "county", "autonomous_county")
MARK_KINDS = ("park", "bonded_zone", "base")  # the parks and zones; project sites stay off the map

_KIND_LIST = ", ".join(f"'{kind}'" for kind in DIVISION_KINDS)

_SEED_KINDS = ", ".join(f"'{kind}'" for kind in (*DIVISION_KINDS, *MARK_KINDS))

# Each division, park and zone with the places inside it (itself included), at any depth.
# Not the municipality: its subtree holds nearly every fact, and the map never shows it.
_CLOSURE = f"""
    WITH RECURSIVE closure(ancestor, place) AS (
        SELECT id, id FROM places WHERE kind IN ({_SEED_KINDS})
        UNION SELECT closure.ancestor, pp.place_id
        FROM closure JOIN place_parents pp ON pp.parent_id = closure.place)"""

# The municipality and the places under it that lie in no division (a park "in Chongqing").
_WHOLE = f"""
    WITH RECURSIVE whole(place) AS (
        SELECT id FROM places WHERE kind = 'municipality'
        UNION SELECT pp.place_id FROM place_parents pp
        JOIN whole ON pp.parent_id = whole.place
        JOIN places p ON p.id = pp.place_id AND p.kind NOT IN ({_KIND_LIST}))"""


def _marks(db: sqlite3.Connection) -> dict[str, list[MapMark]]:
    marks = ", ".join("?" * len(MARK_KINDS))
    found: dict[str, list[MapMark]] = defaultdict(list)
    for parent_id, *values in db.execute(
        "SELECT pp.parent_id, p.id, p.name, p.name_zh, p.kind, pp.provenance "
        "FROM place_parents pp JOIN places p ON p.id = pp.place_id "
        f"WHERE p.kind IN ({marks}) ORDER BY p.position",
        MARK_KINDS,
    ):
        found[parent_id].append(MapMark(*values))
    return found


def map_tiles(db: sqlite3.Connection) -> tuple[MapTile, ...]:
    """Every tile of the map, in reading order (row by row), each with its parks and zones."""
    marks = _marks(db)
    rows = db.execute(
        "SELECT p.id, p.name, p.name_zh, p.kind, t.grid_column, t.grid_row "
        "FROM map_tiles t JOIN places p ON p.id = t.place_id ORDER BY t.grid_row, t.grid_column"
    )
    return tuple(
        MapTile(place_id, name, name_zh, kind, column, row, tuple(marks[place_id]))
        for place_id, name, name_zh, kind, column, row in rows
    )


def map_counts(db: sqlite3.Connection, query: FactQuery) -> MapCounts:
    """Facts per place subtree, and about the whole city, under every filter but the place."""
    where, params = where_clause(query.without("place_id"))
    # Without other filters every fact counts: no need to ask which facts match.
    matching = f"AND fp.fact_id IN (SELECT f.id {FACTS_FROM} {where})" if where else ""
    places = dict(
        db.execute(
            f"{_CLOSURE} SELECT closure.ancestor, COUNT(DISTINCT fp.fact_id) "
            f"FROM closure JOIN fact_places fp ON fp.place_id = closure.place WHERE 1 {matching} "
            "GROUP BY closure.ancestor",
            params,
        )
    )
    municipality = db.execute(
        f"{_WHOLE} SELECT COUNT(DISTINCT fp.fact_id) FROM fact_places fp "
        f"WHERE fp.place_id IN (SELECT place FROM whole) {matching}",
        params,
    ).fetchone()[0]
    return MapCounts(places, municipality)
