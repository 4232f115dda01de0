"""Selection statistics: unit by unit, bounds and approximations kept, derived inputs counted, in SQL."""

from __future__ import annotations

import pytest

from cqdesk.store import open_database
from cqdesk.store.facts import fact_rows
from cqdesk.store.records import FactQuery, FactSort
from cqdesk.store.statistics import is_additive, selection_statistics
from tests.factories import edited_copy, with_fresh_lookups


def _rows_of(db, ids, query=FactQuery(), sort=FactSort()) -> list[tuple[int, int]]:
    rows = [row.id for row in fact_rows(db, query, sort)]
    return [(rows.index(fact_id), 1) for fact_id in ids]


def _unit(statistics, unit):
    return next(group for group in statistics.units if group.unit == unit)


def test_mixed_units_are_never_added_together(tiny_db):
    ids = ["online-sales", "online-sales-growth", "banan-firms", "acme-yuzhong"]
    statistics = selection_statistics(tiny_db, FactQuery(), FactSort(), _rows_of(tiny_db, ids))
    assert statistics.count == 4
    assert statistics.without_value == 1  # the statement has no number
    assert statistics.mixed_units
    assert sorted(group.unit for group in statistics.units) == ["%", "CNY", "firms"]
    assert _unit(statistics, "CNY").total == 10_500_000_000
    assert _unit(statistics, "%").total is None  # growth rates do not add up
    assert _unit(statistics, "%").mean == 12.5


def test_a_sum_of_lower_bounds_is_a_lower_bound(tiny_db):
    spans = _rows_of(tiny_db, ["banan-firms", "lakeside-shops"])
    statistics = selection_statistics(tiny_db, FactQuery(), FactSort(), spans)
    assert [group.unit for group in statistics.units] == ["firms", "shops"]  # still two units
    firms = _unit(statistics, "firms")
    assert (firms.total, firms.lower_bounds, firms.bound) == (300, 1, "lower_bound")


def test_lower_and_upper_bounds_together_bound_nothing(tiny_db_path, tmp_path):
    copy = edited_copy(
        tiny_db_path,
        tmp_path / "bounds.db",
        "UPDATE facts SET unit = 'firms', qualifier = 'upper_bound' WHERE id = 'lakeside-shops'",
    )
    db = open_database(copy)
    spans = _rows_of(db, ["banan-firms", "lakeside-shops"])
    firms = _unit(selection_statistics(db, FactQuery(), FactSort(), spans), "firms")
    db.close()
    assert (firms.count, firms.total, firms.minimum, firms.maximum) == (2, 320, 20, 300)
    assert firms.mixed_bounds and firms.bound is None


def test_approximate_and_derived_inputs_are_counted(tiny_db):
    spans = _rows_of(tiny_db, ["online-sales", "online-sales-2019", "shops-per-firm"])
    statistics = selection_statistics(tiny_db, FactQuery(), FactSort(), spans)
    assert statistics.derived == 2
    cny = _unit(statistics, "CNY")
    assert cny.derived == 1 and cny.count == 2
    assert cny.total == pytest.approx(10_500_000_000 + 10_500_000_000 / 1.125)
    ratio = _unit(statistics, "shops per firm")
    assert ratio.approximate == 1 and ratio.total is None


def test_rows_are_read_in_the_views_order_and_filter(tiny_db):
    query, sort = FactQuery(place_id="banan"), FactSort("value", descending=True)
    rows = fact_rows(tiny_db, query, sort)
    statistics = selection_statistics(tiny_db, query, sort, [(0, 2)])
    expected = {row.unit for row in rows[:2]}
    assert {group.unit for group in statistics.units} == expected


def test_no_spans_select_nothing(tiny_db):
    statistics = selection_statistics(tiny_db, FactQuery(), FactSort(), [])
    assert (statistics.count, statistics.units) == (0, ())


def test_a_large_selection_is_one_sql_statement(tiny_db_path, tmp_path):
    copy = edited_copy(
        tiny_db_path,
        tmp_path / "large.db",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
        "INSERT INTO facts (id, source_id, category_id, kind, label, value, unit, qualifier, "
        "position, category_rank) SELECT 'bulk-' || i, source_id, category_id, 'reported', "
        "'Bulk ' || i, i, 'CNY', CASE WHEN i % 2 THEN 'approximate' END, 1000 + i, category_rank "
        "FROM n, (SELECT * FROM facts WHERE id = 'online-sales')",
    )
    db = open_database(with_fresh_lookups(copy))
    statements = []
    db.set_trace_callback(statements.append)
    statistics = selection_statistics(db, FactQuery(), FactSort(), [(0, 3), (3, 20_005)])
    db.set_trace_callback(None)
    db.close()
    assert len(statements) == 1
    assert statistics.count == 20_008
    cny = _unit(statistics, "CNY")
    assert cny.total == pytest.approx(20_000 * 20_001 / 2 + 10_500_000_000 * (1 + 1 / 1.125))
    assert cny.approximate == 10_000 and cny.maximum == 10_500_000_000


def test_which_units_add_up():
    assert is_additive("CNY") and is_additive("people") and is_additive("tons")
    assert not any(is_additive(unit) for unit in ("%", "pp", "rank", "CNY/USD", "shops per firm"))


def test_many_spans_are_numbered_once_and_agree_with_few(tiny_db):
    from cqdesk.store import statistics

    query, sort = FactQuery(), FactSort("label")
    spans = [(row, 1) for row in range(0, 8, 2)]
    paged = selection_statistics(tiny_db, query, sort, spans)
    limit = statistics.MAX_PAGED_SPANS
    try:
        statistics.MAX_PAGED_SPANS = 1
        numbered = selection_statistics(tiny_db, query, sort, spans)
    finally:
        statistics.MAX_PAGED_SPANS = limit
    assert numbered == paged and paged.count == 4
