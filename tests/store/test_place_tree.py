"""The place tree read from the store: children in the places' order, shared places, cycles."""

from __future__ import annotations

import sqlite3

from cqdesk.store.trees import place_tree


def _db(links: list[tuple[str, str, str, str | None]]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE place_counts (place_id TEXT, total INTEGER, direct INTEGER)")
    db.execute(
        "CREATE TABLE places (id TEXT, name TEXT, name_zh TEXT, kind TEXT, provenance TEXT, "
        "zh_provenance TEXT, position INTEGER)"
    )
    db.execute(
        "CREATE TABLE place_parents (place_id TEXT, parent_id TEXT, provenance TEXT, evidence TEXT)"
    )
    # Positions run against the ids' order: the tree must follow the positions.
    for position, place_id in enumerate("DCBAR"):
        db.execute(
            "INSERT INTO places VALUES (?, ?, NULL, 'district', 'gazetteer', NULL, ?)",
            (place_id, place_id.lower(), position),
        )
        db.execute("INSERT INTO place_counts VALUES (?, ?, ?)", (place_id, position + 1, position))
    db.executemany("INSERT INTO place_parents VALUES (?, ?, ?, ?)", links)
    return db


def _shape(places) -> list:
    return [(place.id, place.parent_evidence, _shape(place.children)) for place in places]


def test_children_follow_the_places_order_and_a_shared_place_sits_under_each_parent():
    db = _db(
        [
            ("A", "R", "gazetteer", None),
            ("B", "R", "gazetteer", "stated"),
            ("C", "A", "report", None),
            ("C", "B", "report", "implied"),
            ("D", "B", "report", None),
        ]
    )
    (root,) = place_tree(db)
    assert (root.id, root.count, root.direct_count) == ("R", 5, 4)
    assert _shape([root]) == [
        (
            "R",
            None,
            [
                ("B", "stated", [("D", None, []), ("C", "implied", [])]),
                ("A", None, [("C", None, [])]),
            ],
        )
    ]


def test_a_cycle_in_the_links_ends_at_the_place_it_returns_to():
    db = _db(
        [
            ("A", "R", "gazetteer", None),
            ("B", "A", "report", None),
            ("A", "B", "report", None),
            ("C", "B", "report", None),
        ]
    )
    assert _shape(place_tree(db)) == [
        ("D", None, []),  # linked to nothing: a root of its own
        ("R", None, [("A", None, [("B", None, [("C", None, [])])])]),
    ]


def test_a_place_without_a_known_parent_is_left_out_and_a_link_to_no_place_is_ignored():
    db = _db(
        [
            ("A", "Z", "gazetteer", None),
            ("Q", "R", "gazetteer", None),
            ("B", "R", "gazetteer", None),
        ]
    )
    assert _shape(place_tree(db)) == [
        ("D", None, []),
        ("C", None, []),
        ("R", None, [("B", None, [])]),
    ]
