"""The tables the build derives for speed: place closure, stored tree counts, category rank ranges."""

from __future__ import annotations

import pytest

from cqdesk.store import open_database

PLACE_SUBTREE_FACTS = """
    WITH RECURSIVE sub(id) AS (
        SELECT ? UNION SELECT pp.place_id FROM place_parents pp JOIN sub ON pp.parent_id = sub.id)
    SELECT COUNT(DISTINCT fact_id) FROM fact_places WHERE place_id IN (SELECT id FROM sub)"""

CATEGORY_SUBTREE_FACTS = """
    WITH RECURSIVE sub(id) AS (
        SELECT ? UNION SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id)
    SELECT id FROM facts WHERE category_id IN (SELECT id FROM sub) ORDER BY id"""


@pytest.fixture(params=["tiny", "bundled", "generated"])
def db(request, tiny_db_path, real_db_path, generated_db_path):
    path = {"tiny": tiny_db_path, "bundled": real_db_path, "generated": generated_db_path}
    connection = open_database(path[request.param])
    yield connection
    connection.close()


def test_closure_holds_every_ancestor_and_the_place_itself(tiny_db):
    pairs = set(tiny_db.execute("SELECT ancestor_id, place_id FROM place_closure"))
    assert {("lakeside-park", "lakeside-park"), ("banan", "lakeside-park")} <= pairs
    assert ("chongqing", "lakeside-park") in pairs
    assert ("yuzhong", "lakeside-park") not in pairs


def test_stored_place_counts_equal_a_walk_of_the_tree(db):
    for place_id, stored, direct in db.execute("SELECT * FROM place_counts").fetchall()[:300]:
        assert stored == db.execute(PLACE_SUBTREE_FACTS, [place_id]).fetchone()[0], place_id
        assert (
            direct
            == db.execute(
                "SELECT COUNT(*) FROM fact_places WHERE place_id = ?", [place_id]
            ).fetchone()[0]
        )


def test_category_rank_ranges_select_exactly_the_subtree(db):
    rows = db.execute("SELECT * FROM category_counts ORDER BY first_rank").fetchall()[:300]
    for category_id, first, last, count in rows:
        walked = [row[0] for row in db.execute(CATEGORY_SUBTREE_FACTS, [category_id])]
        ranged = [
            row[0]
            for row in db.execute(
                "SELECT id FROM facts WHERE category_rank BETWEEN ? AND ? ORDER BY id",
                [first, last],
            )
        ]
        assert ranged == walked, category_id
        assert count == len(walked)


def test_fact_order_numbers_every_fact_as_the_sort_orders_them(db):
    from cqdesk.store.sql import ORDER_COLUMNS, sort_terms

    total = db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    for column, (key, descending) in ORDER_COLUMNS.items():
        terms = ", ".join(sort_terms(key, descending))
        wrong = db.execute(
            f"SELECT COUNT(*) FROM (SELECT o.{column} AS stored, "
            f"ROW_NUMBER() OVER (ORDER BY {terms}) - 1 AS counted "
            "FROM facts f JOIN fact_order o ON o.fact_rowid = f.rowid) WHERE stored != counted"
        ).fetchone()[0]
        assert wrong == 0, column
    assert db.execute("SELECT COUNT(*) FROM fact_order").fetchone()[0] == total
    assert (
        db.execute(
            "SELECT COUNT(*) FROM fact_order o JOIN facts f ON f.rowid = o.fact_rowid "
            "WHERE o.category_rank IS NOT f.category_rank"
        ).fetchone()[0]
        == 0
    )
