"""Tests for cqdesk.store.catalog and the typed query: the one seam the ui and the CLI use."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from cqdesk.store import Catalog, FactQuery, FactSort, StoreError
from cqdesk.store.records import FILTERS, Category, FactDetail, FactRow, Place
from tests.factories import edited_copy


@pytest.fixture
def catalog(tiny_db_path):
    with Catalog.open(tiny_db_path) as opened:
        yield opened


def test_every_question_answers_with_records(catalog):
    assert all(isinstance(node, Category) for node in catalog.categories())
    assert all(isinstance(node, Place) for node in catalog.places())
    rows = catalog.rows(FactQuery(), FactSort("label"), 0, 2)
    assert len(rows) == 2 and all(isinstance(row, FactRow) for row in rows)
    assert catalog.count(FactQuery()) == catalog.total() == sum(catalog.kind_counts().values())
    assert isinstance(catalog.detail(rows[0].id), FactDetail)
    assert catalog.detail("no-such-fact") is None
    assert catalog.position(FactQuery(), FactSort("label"), rows[1].id) == 1
    assert catalog.sources().report.text and catalog.spans()
    assert catalog.charts() and catalog.path.endswith("tiny.db")


def test_one_detail_equals_the_same_fact_in_a_view(catalog):
    for detail in catalog.details(FactQuery(), FactSort("value", descending=True)):
        assert catalog.detail(detail.row.id) == detail


def test_unknown_ids_are_named_by_kind(catalog):
    assert catalog.unknown_ids("market", "banan", "banan-firms") == []
    assert catalog.unknown_ids("nope", None, "gone") == [("category", "nope"), ("fact", "gone")]


def test_filters_hiding_a_fact_are_the_fewest_to_clear(catalog):
    query = FactQuery(category_id="overview", place_id="banan", search="firms")
    assert catalog.filters_hiding(query, "banan-firms") == ("category_id",)
    assert catalog.filters_hiding(FactQuery(), "banan-firms") == ()


def test_a_failed_read_is_a_store_error_not_sqlite(tiny_db_path, tmp_path):
    broken = edited_copy(tiny_db_path, tmp_path / "broken.db", "DROP TABLE search_index_fts")
    # The open-time check looks for the table; put a plain table in its place.
    broken = edited_copy(broken, tmp_path / "broken2.db", "CREATE TABLE search_index_fts (x)")
    # The open-time check now reads the search index itself, so this file is refused at once.
    with pytest.raises(StoreError, match="its search index cannot be read"):
        Catalog.open(broken)
    # A read that fails later (the file changed under an open catalog) is a StoreError too.
    later = edited_copy(tiny_db_path, tmp_path / "later.db")
    with Catalog.open(later) as catalog:
        writer = sqlite3.connect(later)
        writer.execute("UPDATE search_index_fts_config SET v = 99 WHERE k = 'version'")
        writer.commit()
        writer.close()
        with pytest.raises(StoreError, match="can no longer be read"):
            catalog.count(FactQuery(search="firms"))


def test_query_knows_its_filters():
    query = FactQuery(category_id="market", place_id="banan", search="  firms ")
    assert query.search == "firms"
    assert query.active() == ("search", "place_id", "category_id")
    assert query.without("search", "place_id") == FactQuery(category_id="market")
    assert query.with_filter("entity_id", "acme").entity_id == "acme"
    assert query.with_filter("place_id", "").place_id is None
    assert set(FILTERS) == {field.name for field in dataclasses.fields(FactQuery)}
    with pytest.raises(ValueError):
        query.without("colour")


def test_query_normalises_empty_ids_and_search_once():
    assert FactQuery(category_id="", search="\x00 ") == FactQuery()
    assert FactQuery(search="24.33").match == '"24 33"*'
    assert FactQuery(search="!!!").searches_nothing
    assert not FactQuery().searches_nothing


def test_sort_refuses_unknown_keys_when_made():
    with pytest.raises(ValueError, match="unknown sort key"):
        FactSort("colour")
    assert FactSort().is_report_order and not FactSort("label").is_report_order
