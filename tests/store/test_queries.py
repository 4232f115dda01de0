"""Every store query against a tiny database the test builds itself."""

from __future__ import annotations

import pytest

from cqdesk.store import FactQuery, FactSort, open_database
from cqdesk.store.charts import charts
from cqdesk.store.details import fact_detail
from cqdesk.store.facts import (
    count_facts,
    fact_index,
    fact_row_by_id,
    fact_rows,
    fact_rows_by_id,
    total_facts,
)
from cqdesk.store.records import SORT_KEYS
from cqdesk.store.source import sources, spans
from cqdesk.store.trees import (
    category_name,
    category_tree,
    entity_by_id,
    place_by_id,
    place_tree,
)
from tests.factories import edited_copy


def _ids(rows):
    return [row.id for row in rows]


def test_category_tree_counts_whole_subtrees(tiny_db):
    overview, market = category_tree(tiny_db)
    assert (overview.id, overview.count) == ("overview", 4)
    assert market.count == 4 and [c.count for c in market.children] == [3, 1]


def test_place_tree_counts_places_inside_a_district(tiny_db):
    (chongqing,) = place_tree(tiny_db)
    banan = next(p for p in chongqing.children if p.id == "banan")
    assert banan.direct_count == 2 and banan.count == 3
    assert (
        banan.children[0].id == "lakeside-park" and banan.children[0].parent_provenance == "source"
    )
    wanzhou = next(p for p in chongqing.children if p.id == "wanzhou")
    assert wanzhou.count == 0


def test_filters_combine(tiny_db):
    assert count_facts(tiny_db, FactQuery()) == total_facts(tiny_db) == 8
    assert count_facts(tiny_db, FactQuery(category_id="market")) == 4
    assert _ids(fact_rows(tiny_db, FactQuery(place_id="banan"))) == [
        "banan-firms",
        "lakeside-shops",
        "shops-per-firm",
    ]
    both = FactQuery(category_id="market-firms", place_id="banan", search="lakeside")
    assert _ids(fact_rows(tiny_db, both)) == ["lakeside-shops"]
    assert count_facts(tiny_db, FactQuery(place_id="wanzhou")) == 0


def test_search_finds_chinese_place_names_and_numbers(tiny_db):
    found = _ids(fact_rows(tiny_db, FactQuery(search="巴南")))
    # The park inside Banan is found by its district's name, as the place filter finds it.
    assert {"banan-firms", "lakeside-shops"} <= set(found)
    assert "online-sales" in _ids(fact_rows(tiny_db, FactQuery(search="10.5")))
    assert _ids(fact_rows(tiny_db, FactQuery(search="acme"))) == ["acme-yuzhong"]


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_orders_in_sql(tiny_db, key):
    ascending = fact_rows(tiny_db, FactQuery(), FactSort(key))
    descending = fact_rows(tiny_db, FactQuery(), FactSort(key, descending=True))
    assert sorted(_ids(ascending)) == sorted(_ids(descending))
    assert len(ascending) == 8


def test_numbers_sort_as_numbers_and_empty_values_last(tiny_db):
    rows = fact_rows(tiny_db, FactQuery(), FactSort("value"))
    values = [row.value for row in rows]
    numbers = [v for v in values if v is not None]
    assert numbers == sorted(numbers) and values[-1] is None
    rows = fact_rows(tiny_db, FactQuery(), FactSort("value", descending=True))
    assert rows[0].id == "online-sales" and rows[-1].value is None


def test_pages_and_index(tiny_db):
    everything = _ids(fact_rows(tiny_db, FactQuery()))
    assert _ids(fact_rows(tiny_db, FactQuery(), offset=2, limit=3)) == everything[2:5]
    sort = FactSort("label")
    ordered = _ids(fact_rows(tiny_db, FactQuery(), sort))
    assert fact_index(tiny_db, FactQuery(), sort, "banan-firms") == ordered.index("banan-firms")
    assert fact_index(tiny_db, FactQuery(place_id="yuzhong"), sort, "banan-firms") is None


def test_unknown_sort_key_is_refused(tiny_db):
    with pytest.raises(ValueError):
        fact_rows(tiny_db, FactQuery(), FactSort("value; DROP TABLE facts"))


def test_rows_by_id_keep_the_given_order(tiny_db):
    assert _ids(fact_rows_by_id(tiny_db, ["acme-yuzhong", "nope", "online-sales"])) == [
        "acme-yuzhong",
        "online-sales",
    ]
    assert fact_row_by_id(tiny_db, "nope") is None


def test_detail_of_a_derived_fact(tiny_db):
    detail = fact_detail(tiny_db, "online-sales-2019")
    assert detail.row.kind == "derived" and detail.quote_start is None
    assert [row.id for row in detail.inputs] == ["online-sales", "online-sales-growth"]
    assert detail.category_path == ("Overview",)
    assert fact_detail(tiny_db, "missing") is None


def test_detail_of_a_reported_fact(tiny_db):
    detail = fact_detail(tiny_db, "online-sales-growth")
    text = sources(tiny_db).report.text
    assert text[detail.value_start : detail.value_end] == "12.5%"
    assert detail.describes.id == "online-sales"
    assert [row.id for row in detail.described_by] == ["online-sales-gap"]
    assert [row.id for row in detail.used_by] == ["online-sales-2019"]
    assert fact_row_by_id(tiny_db, "online-sales").change == "+12.5%"
    # A gap to the national average is not a change over the year before.
    assert detail.row.change is None


def test_detail_of_a_statement(tiny_db):
    detail = fact_detail(tiny_db, "acme-yuzhong")
    assert [e.name for e in detail.entities] == ["Acme"]
    assert [p.id for p in detail.places] == ["yuzhong"]
    assert detail.category_path == ("Market entities", "Projects")


def test_spans_include_summary_mentions(tiny_db):
    found = spans(tiny_db)
    assert {span.role for span in found} == {"quote", "summary"}
    assert [s.start for s in found] == sorted(s.start for s in found)


def test_charts_of_a_subtree(tiny_db):
    assert [c.id for c in charts(tiny_db)] == ["levels", "firms"]
    assert [c.id for c in charts(tiny_db, "market-firms")] == []
    (firms,) = charts(tiny_db, "market")
    assert firms.bars[0].qualifier == "lower_bound"
    (levels,) = charts(tiny_db, "overview")
    assert [b.label for b in levels.bars] == ["2019", "2020"] and levels.bars[0].kind == "derived"


def test_lookups(tiny_db):
    assert place_by_id(tiny_db, "banan").name_zh == "巴南区"
    assert place_by_id(tiny_db, "nowhere") is None
    assert category_name(tiny_db, "market-firms") == "Firms"
    assert sources(tiny_db).report.publisher == "Test Press"


def test_spans_stand_once_for_identical_stretches(tiny_db_path, tmp_path):
    # A copy of a fact quoting the very same words with the same value adds no second span.
    copy = edited_copy(
        tiny_db_path,
        tmp_path / "dup.db",
        "INSERT INTO facts (id, source_id, category_id, kind, label, value, unit, quote, "
        "quote_start, quote_end, value_start, value_end, position) SELECT id || '-copy', "
        "source_id, category_id, kind, label, value, unit, quote, quote_start, quote_end, "
        "value_start, value_end, position + 100 FROM facts WHERE id = 'banan-firms'",
    )
    before = spans(open_database(tiny_db_path))
    after = spans(open_database(copy))
    assert after == before
    assert [s.fact_id for s in after if s.start == before[5].start] == ["banan-firms"]


def test_filter_by_organisation(tiny_db):
    assert _ids(fact_rows(tiny_db, FactQuery(entity_id="acme"))) == ["acme-yuzhong"]
    assert count_facts(tiny_db, FactQuery(entity_id="acme", place_id="banan")) == 0
    assert count_facts(tiny_db, FactQuery(entity_id="nobody")) == 0
    assert entity_by_id(tiny_db, "acme").name == "Acme"
    assert entity_by_id(tiny_db, "nobody") is None


def test_chart_bars_survive_empty_labels_and_printed_values(tiny_db_path, tmp_path):
    copy = edited_copy(
        tiny_db_path,
        tmp_path / "nulls.db",
        "UPDATE chart_facts SET label = NULL WHERE fact_id = 'online-sales'",
        "UPDATE facts SET value_display = NULL WHERE id = 'banan-firms'",
    )
    connection = open_database(copy)
    levels, firms = charts(connection)
    assert levels.bars[1].label == "Online sales"
    assert firms.bars[0].value_display == "over 300"
    connection.close()


def test_matching_ids_takes_any_number_of_ids(tiny_db):
    from cqdesk.store.views import matching_fact_ids

    many = [f"missing-{n}" for n in range(40_000)] + ["banan-firms", "online-sales"]
    assert matching_fact_ids(tiny_db, FactQuery(place_id="banan"), many) == {"banan-firms"}
    assert matching_fact_ids(tiny_db, FactQuery(), []) == set()


def test_a_category_cycle_does_not_hang(tiny_db_path, tmp_path):
    copy = edited_copy(
        tiny_db_path,
        tmp_path / "cycle.db",
        "UPDATE categories SET parent_id = 'market-firms' WHERE id = 'market'",
    )
    connection = open_database(copy)
    detail = fact_detail(connection, "banan-firms")
    assert 2 <= len(detail.category_path) <= 40
    assert count_facts(connection, FactQuery(category_id="market")) == 4
    connection.close()
