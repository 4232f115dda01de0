"""Facet counts: each tree's counts under every combination of the other filters, against the store."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from cqdesk.store.facets import category_facets, place_facets
from cqdesk.store.facts import count_facts
from cqdesk.store.records import FactQuery

CATEGORIES = [None, "overview", "market", "market-firms"]
PLACES = [None, "chongqing", "banan", "lakeside-park", "wanzhou"]
SEARCHES = ["", "sales", "Banan", "巴南", "zzz"]
ENTITIES = [None, "acme"]
COMBINATIONS = list(itertools.product(CATEGORIES, PLACES, SEARCHES, ENTITIES))


def _ids(db, table: str) -> list[str]:
    return [value for (value,) in db.execute(f"SELECT id FROM {table}")]


@pytest.mark.parametrize(("category", "place", "search", "entity"), COMBINATIONS)
def test_facets_match_counting_each_node_under_every_filter(
    tiny_db, category, place, search, entity
):
    query = FactQuery(category, place, search, entity)
    categories = category_facets(tiny_db, query)
    assert categories.total == count_facts(tiny_db, replace(query, category_id=None))
    for category_id in _ids(tiny_db, "categories"):
        expected = count_facts(tiny_db, replace(query, category_id=category_id))
        assert categories.counts[category_id] == expected, category_id
    places = place_facets(tiny_db, query)
    assert places.total == count_facts(tiny_db, replace(query, place_id=None))
    for place_id in _ids(tiny_db, "places"):
        expected = count_facts(tiny_db, replace(query, place_id=place_id))
        assert places.counts.get(place_id, 0) == expected, place_id


def test_a_place_filter_narrows_the_category_counts_not_its_own(tiny_db):
    query = FactQuery(place_id="banan")
    categories = category_facets(tiny_db, query)
    assert categories.counts["overview"] == 0
    assert categories.counts["market-firms"] == 3  # the firms, the park's shops, shops per firm
    places = place_facets(tiny_db, query)
    assert places.counts["yuzhong"] == 1  # the place tree still counts every other place


def _ours(statement: str) -> bool:
    # FTS5 runs statements of its own (its config, its index pages); count only the store's.
    return (
        statement.lstrip().startswith(("SELECT", "WITH")) and "search_index_fts_" not in statement
    )


def _statements(db, query_for_categories, query_for_places) -> tuple[int, int]:
    statements = []
    db.set_trace_callback(lambda statement: _ours(statement) and statements.append(statement))
    try:
        category_facets(db, query_for_categories)
        category_statements = len(statements)
        place_facets(db, query_for_places)
    finally:
        db.set_trace_callback(None)
    return category_statements, len(statements) - category_statements


def test_facets_cost_one_query_per_tree_not_one_per_node(tiny_db, generated_db_path):
    # A few statements per tree (the counts, the tree's shape, the stored sizes that choose
    # how to read the filters) on 4 places as on thousands: none per node.
    from cqdesk.store import open_database

    queries = (
        FactQuery(place_id="banan", search="firms"),
        FactQuery(category_id="market", search="firms"),
    )
    small = _statements(tiny_db, *queries)
    big_db = open_database(generated_db_path)
    try:
        big = _statements(
            big_db,
            FactQuery(place_id="banan", search="firms"),
            FactQuery(category_id="market-entities", search="firms"),
        )
    finally:
        big_db.close()
    assert small == big
    assert all(count <= 6 for count in small), small


@pytest.mark.parametrize(
    "query", [FactQuery(search="rural"), FactQuery(category_id="overview", search="tea")], ids=str
)
def test_place_counts_under_a_search_probe_each_facts_places(generated_db_path, query):
    # Scanning place_facts once per matching fact took 95 s for 20,000 facts (the window's
    # worker never answered); an index on the fact makes it one probe per fact.
    from cqdesk.store import open_database

    db = open_database(generated_db_path)
    statements: list[str] = []
    db.set_trace_callback(lambda statement: _ours(statement) and statements.append(statement))
    place_facets(db, query)
    db.set_trace_callback(None)
    joins = [statement for statement in statements if "place_facts" in statement]
    assert joins
    for statement in joins:  # traced with their values bound in
        plan = " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {statement}"))
        assert "SCAN pf" not in plan, plan
    db.close()
