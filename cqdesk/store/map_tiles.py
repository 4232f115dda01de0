"""Queries for the tile map: the divisions' tiles with their parks, and fact counts per tile."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from cqdesk.store import facets, paging
from cqdesk.store.records import FactQuery, MapCounts, MapMark, MapTile

DIVISION_KINDS = ("district", "county", "autonomous_county")
MARK_KINDS = ("park", "bonded_zone", "base")  # the parks and zones; project sites stay off the map

_KIND_LIST = ", ".join(f"'{kind}'" for kind in DIVISION_KINDS)

_SHOWN_KINDS = (*DIVISION_KINDS, *MARK_KINDS)

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
    """Facts per division, park and zone (each with the places inside it), and about the whole
    city, under every filter but the place: the place tree's counts, kept to what the map
    shows (not the municipality, whose subtree holds nearly every fact)."""
    others = query.without("place_id")
    marks = ", ".join("?" * len(_SHOWN_KINDS))
    shown = {
        place_id
        for (place_id,) in db.execute(
            f"SELECT id FROM places WHERE kind IN ({marks})", _SHOWN_KINDS
        ).fetchall()  # in C: a gazetteer has thousands
    }
    counts = facets.place_counts(db, others)
    places = {place_id: n for place_id, n in counts.items() if place_id in shown and n}
    whole = [
        fact_id
        for (fact_id,) in db.execute(
            f"{_WHOLE} SELECT DISTINCT fact_id FROM fact_places "
            "WHERE place_id IN (SELECT place FROM whole)"
        )
    ]
    # The facts about the city itself are few (the report's own, not a district's): only they
    # are checked against the filters.
    municipality = len(paging.matching(db, others, whole)) if others.active() else len(whole)
    return MapCounts(places, municipality)
