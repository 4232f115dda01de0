"""A big copy of a big search reads its view's keys once and keeps them: the same rows and keys as
a page read alone, for every order, and only the last few views are kept."""

from __future__ import annotations

import dataclasses

import pytest

from cqdesk.store import Catalog, FactQuery, FactSort, kept_views, paging
from cqdesk.store.facts import fact_rows
from cqdesk.store.records import SORT_KEYS

BIG_SEARCHES = [
    FactQuery(search="rural"),
    FactQuery(search="Chongqing"),
    FactQuery(place_id="chongqing", search="sales"),
    FactQuery(category_id="overview", search="sales"),
]
SORTS = [FactSort(key, descending) for key in SORT_KEYS for descending in (False, True)]


@pytest.fixture(autouse=True)
def small_limits(small_sparse_limit, monkeypatch):
    # The generated test database is small: low limits make its searches "big" and its pages
    # "far", as the million-fact database's are.
    monkeypatch.setattr(kept_views, "FAR", 100)


@pytest.fixture
def catalog(generated_db_path):
    with Catalog.open(generated_db_path) as opened:
        yield opened


@pytest.mark.parametrize("query", BIG_SEARCHES, ids=str)
def test_pages_and_copied_chunks_are_the_views_rows_in_every_order(catalog, query):
    for sort in SORTS:
        expected = [row.id for row in fact_rows(catalog._db, query, sort)]
        total = len(expected)
        assert total > paging.SPARSE
        for offset, limit in (
            (0, 30),
            (30, 30),
            (total // 2, 25),
            (total - 30, 30),
            (total - 5, 30),
        ):
            page = catalog.page(query, sort, offset, limit, total)
            alone = paging.fact_page(catalog._db, query, sort, offset, limit, total)
            assert [row.id for row in page.rows] == expected[offset : offset + limit], (
                sort,
                offset,
            )
            assert (page.first, page.last) == (alone.first, alone.last), (sort, offset)
            rows = catalog.rows(query, sort, offset, limit, total)  # as a big copy reads them
            assert [row.id for row in rows] == expected[offset : offset + limit], (sort, offset)


def test_a_copys_far_chunk_keeps_its_view_and_the_windows_pages_use_it(catalog, monkeypatch):
    reads = []
    keys = paging.search_driven_keys
    monkeypatch.setattr(
        paging, "search_driven_keys", lambda *args: reads.append(args[2]) or keys(*args)
    )
    query, label = FactQuery(search="rural"), FactSort("label")
    total = paging.count(catalog._db, query)
    assert total > 2 * kept_views.FAR + 60
    far = kept_views.FAR + 30
    catalog.page(query, label, far, 30, total)  # the window's pages never keep a view
    catalog.rows(query, label, 0, 30, total)  # a copy's chunk near the start
    catalog.rows(query, label, total - 60, 30, total)  # and near the end
    assert reads == []
    catalog.rows(query, label, far, 30, total)  # far from both: the view is kept
    assert reads == [label]
    page = catalog.page(query, label, far + 30, 30, total)  # now a slice of it
    catalog.rows(query, label, 0, 30)
    assert reads == [label]
    alone = paging.fact_page(catalog._db, query, label, far + 30, 30, total)
    assert (page.rows, page.first, page.last) == (alone.rows, alone.first, alone.last)
    assert paging.search_driven_keys(catalog._db, query, FactSort()) is None  # report order


def test_only_the_last_views_are_kept(catalog):
    query = FactQuery(search="rural")
    for key in ("label", "value", "place", "unit"):
        catalog.rows(query, FactSort(key), kept_views.FAR, 30)
    kept = catalog._kept._views
    assert len(kept) == kept_views.KEPT
    assert list(kept) == [(query, FactSort("place")), (query, FactSort("unit"))]


def test_a_small_search_or_a_small_filter_is_read_page_by_page(catalog):
    db = catalog._db
    assert paging.search_driven_keys(db, FactQuery(search="xylophone"), FactSort("label")) is None
    few = next(
        query
        for query in (
            FactQuery(category_id="rural-sales-g003"),
            FactQuery(entity_id="gen-entity-0003"),
            FactQuery(place_id="banan"),
        )
        if 0 < paging.count(db, query) <= paging.SPARSE
    )  # a filter this small drives each page
    small = dataclasses.replace(few, search="rural")
    assert paging.search_driven_keys(db, small, FactSort("label")) is None
