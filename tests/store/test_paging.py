"""Planned pages, counts and positions give exactly what the plain SQL of the view gives."""

from __future__ import annotations

import pytest

from cqdesk.store import FactQuery, FactSort, paging
from cqdesk.store.facts import count_facts, fact_index, fact_rows
from cqdesk.store.records import SORT_KEYS, Anchor

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
EVERY_SORT = [FactSort(key, descending) for key in SORT_KEYS for descending in (False, True)]


pytestmark = pytest.mark.usefixtures("small_sparse_limit")  # see conftest


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
            # Knowing the view's size, it may count from the nearer end instead.
            counted = paging.position(db, query, sort, fact_id, len(ordered))
            assert counted == expected, (sort, fact_id)
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


def _read_with_anchor(db, query, sort, offset, limit, total, anchor):
    return [row.id for row in paging.fact_page(db, query, sort, offset, limit, total, anchor).rows]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_pages_read_past_a_neighbours_key_match_the_plain_order(db, query):
    total = count_facts(db, query)
    for sort in SORTS:
        expected = [row.id for row in fact_rows(db, query, sort)]
        middle = total // 2
        held = paging.fact_page(db, query, sort, middle, 20, total)
        assert [row.id for row in held.rows] == expected[middle : middle + 20], sort
        if not held.rows:
            continue
        after = Anchor(middle + len(held.rows) - 1, held.last)
        before = Anchor(middle, held.first)
        for offset, anchor in (
            (middle + 20, after),
            (middle + 45, after),
            (max(middle - 20, 0), before),
            (max(middle - 47, 0), before),
        ):
            got = _read_with_anchor(db, query, sort, offset, 20, total, anchor)
            assert got == expected[offset : offset + 20], (sort, offset, anchor)
            # Without the view's size too (still counting): from the anchor or the start.
            got = _read_with_anchor(db, query, sort, offset, 20, None, anchor)
            assert got == expected[offset : offset + 20], (sort, offset, anchor)


def _skips(monkeypatch) -> list[int]:
    """The rows each page read skips (OFFSET) before the rows it returns."""
    skipped: list[int] = []
    keys = paging._keys

    def recording(db, way, extra, reverse, limit, skip):
        skipped.append(skip)
        return keys(db, way, extra, reverse, limit, skip)

    monkeypatch.setattr(paging, "_keys", recording)
    return skipped


def test_a_page_next_to_a_held_one_skips_nothing_at_any_depth(db, monkeypatch):
    query = FactQuery(category_id="rural-ecommerce")
    total = count_facts(db, query)
    skipped = _skips(monkeypatch)
    for sort in (FactSort("label"), FactSort("value", descending=True)):
        expected = [row.id for row in fact_rows(db, query, sort)]
        page = paging.fact_page(db, query, sort, 0, 10, total)
        for offset in range(10, total, 10):  # scrolling down through the whole view
            anchor = Anchor(offset - 1, page.last)
            page = paging.fact_page(db, query, sort, offset, 10, total, anchor)
            assert [row.id for row in page.rows] == expected[offset : offset + 10]
    assert skipped and set(skipped) == {0}


@pytest.mark.parametrize("sort", EVERY_SORT, ids=str)
def test_any_page_of_the_whole_table_is_a_range_of_its_order(db, sort, monkeypatch):
    total = count_facts(db, FactQuery())
    expected = [row.id for row in fact_rows(db, FactQuery(), sort)]
    skipped = _skips(monkeypatch)
    for offset in (0, 1, total // 3, total // 2, total - 7):
        got = [row.id for row in paging.fact_page(db, FactQuery(), sort, offset, 10).rows]
        assert got == expected[offset : offset + 10], offset
    assert set(skipped) == {0}
    # And a fact's row there is its stored number: nothing counted.
    fact_id = expected[total // 2]
    assert paging.position(db, FactQuery(), sort, fact_id) == total // 2


def _plans(db, action, within: str = "FROM fact_order o") -> list[tuple[str, list[str]]]:
    """Each statement ``action`` runs that reads ``within``, with its query plan."""
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        action()
    finally:
        db.set_trace_callback(None)
    return [
        (sql, [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}")])
        for sql in statements
        if within in sql
    ]


@pytest.mark.parametrize("sort", EVERY_SORT, ids=str)
def test_every_order_is_walked_on_its_own_index_alone(db, sort):
    # A walk with a category filter (too big to drive here) reads the order's index alone, in
    # order: no table rows, no sort of the hits, for a page, a keyset page and a position.
    query = FactQuery(category_id="rural-ecommerce")
    total = count_facts(db, query)
    deep = [row.id for row in fact_rows(db, query, sort)][total * 2 // 3]

    def read() -> None:
        page = paging.fact_page(db, query, sort, total // 2, 10, total)
        paging.fact_page(
            db, query, sort, total // 2 + 10, 10, total, Anchor(total // 2 + 9, page.last)
        )
        paging.position(db, query, sort, deep, total)
        paging.position(db, query, sort, deep)

    plans = _plans(db, read)
    assert len(plans) == 4
    for sql, plan in plans:
        covered = [step for step in plan if "USING COVERING INDEX fact_order_by_" in step]
        assert plan == covered, sql


def test_a_big_search_is_checked_per_row_of_the_order_not_sorted(db):
    plans = _plans(
        db, lambda: paging.fact_page(db, FactQuery(search="rural"), FactSort("label"), 0, 10)
    )
    assert plans
    for sql, plan in plans:
        assert not any("TEMP B-TREE" in step for step in plan), (sql, plan)
        assert any("USING COVERING INDEX fact_order_by_label" in step for step in plan), plan


def test_a_row_deep_in_a_place_is_counted_over_the_place_not_the_whole_order(db):
    # Walking the label order probes every fact for the place: fine for the first pages of a
    # big place, but for a row deep down its own facts (place_facts) are fewer to read.
    query, sort = FactQuery(place_id="banan"), FactSort("label")
    total = count_facts(db, query)
    assert paging.SPARSE < total < count_facts(db, FactQuery()) // 10
    expected = [row.id for row in fact_rows(db, query, sort)]
    driven = "SEARCH place_facts USING PRIMARY KEY (ancestor_id=?)"
    deep = expected[total // 3]
    found: list[int | None] = []
    plans = _plans(
        db, lambda: found.append(paging.position(db, query, sort, deep, total)), "COUNT(*)"
    )
    assert found == [total // 3]
    assert plans and all(driven in plan for _, plan in plans), plans
