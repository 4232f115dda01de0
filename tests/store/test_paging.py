"""Planned pages, counts and positions give exactly what the plain SQL of the view gives."""

from __future__ import annotations

import pytest

from cqdesk.store import FactQuery, FactSort, open_database, paging
from cqdesk.store.facts import count_facts, fact_index, fact_rows
from cqdesk.store.records import SORT_KEYS

QUERIES = [
    FactQuery(),
    FactQuery(category_id="rural-ecommerce"),
    FactQuery(category_id="rural-sales-g003"),
    FactQuery(category_id="no-such-category"),
    FactQuery(place_id="chongqing"),
    FactQuery(place_id="banan"),
    FactQuery(place_id="wanzhou-town-00"),
    FactQuery(search="rural"),
    FactQuery(search="xylophone"),
    FactQuery(search="Chongqing"),
    FactQuery(place_id="banan", search="rural"),
    FactQuery(place_id="chongqing", search="sales", category_id="overview"),
    FactQuery(category_id="market-entities", entity_id="gen-entity-0003"),
]
SORTS = [FactSort(key) for key in SORT_KEYS] + [
    FactSort(key, descending=True) for key in ("position", "value", "label", "place")
]


@pytest.fixture(scope="module")
def db(generated_db_path):
    connection = open_database(generated_db_path)
    yield connection
    connection.close()


@pytest.fixture(autouse=True)
def small_sparse_limit(monkeypatch):
    # The generated test database is small: a low limit makes every plan (driven and walked)
    # run on it, as both do on a million facts.
    monkeypatch.setattr(paging, "SPARSE", 40)


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_counts_match_the_plain_count(db, query):
    assert paging.count(db, query) == count_facts(db, query)
    known = paging.known_count(db, query)
    assert known is None or known == count_facts(db, query)


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_pages_match_the_plain_order_from_either_end(db, query):
    total = count_facts(db, query)
    for sort in SORTS:
        expected = [row.id for row in fact_rows(db, query, sort)]
        for offset, limit in ((0, 30), (max(total - 30, 0), 30), (total // 2, 25)):
            for known in (None, total):
                got = [row.id for row in paging.page(db, query, sort, offset, limit, known)]
                assert got == expected[offset : offset + limit], (sort, offset, known)


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_positions_match_the_numbered_view(db, query):
    rows = [row.id for row in fact_rows(db, query, FactSort())]
    sample = rows[:2] + rows[-2:] + ["online-retail-sales", "gen-0000500", "no-such-fact"]
    for sort in SORTS:
        ordered = [row.id for row in fact_rows(db, query, sort)]
        for fact_id in sample:
            expected = ordered.index(fact_id) if fact_id in ordered else None
            assert paging.position(db, query, sort, fact_id) == expected, (sort, fact_id)
    assert paging.position(db, query, FactSort("label"), "online-retail-sales") == fact_index(
        db, query, FactSort("label"), "online-retail-sales"
    )


def test_unknown_sort_key_is_refused(db):
    with pytest.raises(ValueError, match="sort key"):
        paging.page_rowids(db, FactQuery(), FactSort("nonsense"), 0, 10)


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_matching_is_membership_in_the_view(db, query):
    view = {row.id for row in fact_rows(db, query)}
    asked = ["online-retail-sales", "gen-0000001", "gen-0000400", "no-such-fact", *sorted(view)[:5]]
    assert paging.matching(db, query, asked) == view & set(asked)
