"""A whole view read in one pass holds exactly the view's rows and details, in its order."""

from __future__ import annotations

import dataclasses

import pytest

from cqdesk.store import FactQuery, FactSort, view_stream
from cqdesk.store.details import detail_chunks, fact_detail
from cqdesk.store.facts import fact_rows
from cqdesk.store.records import FactDetail, FactRow, record_maker
from tests.store.test_paging import QUERIES, SORTS, _plans

pytestmark = pytest.mark.usefixtures("small_sparse_limit")  # see conftest


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_the_rows_of_a_view_in_one_pass_are_the_plain_view(db, query):
    for sort in SORTS:
        chunks = list(view_stream.row_chunks(db, query, sort, 7))
        assert all(0 < len(chunk) <= 7 for chunk in chunks), sort
        assert [row for chunk in chunks for row in chunk] == fact_rows(db, query, sort), sort


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_a_streamed_view_is_never_sorted_with_its_columns(db, query):
    # SQLite's sorter would hold every column of every fact: a view that needs sorting sorts
    # its keys only (the plans of the keys are test_paging's).
    for sort in SORTS:
        plans = _plans(
            db, lambda s=sort: list(view_stream.row_chunks(db, query, s, 100)), "f.label"
        )
        assert plans or not fact_rows(db, query, sort), sort  # an empty view reads no rows
        for sql, plan in plans:
            assert not any("TEMP B-TREE" in step for step in plan), (sort, sql, plan)


@pytest.mark.parametrize(
    "query",
    [
        FactQuery(),
        FactQuery(place_id="banan"),
        FactQuery(search="rural"),
        FactQuery(category_id="overview"),
    ],
    ids=str,
)
def test_the_details_of_a_view_in_one_pass_are_each_facts_own(db, query):
    for sort in (FactSort(), FactSort("label"), FactSort("value", descending=True)):
        got = [detail for chunk in detail_chunks(db, query, sort, 50) for detail in chunk]
        expected = [row.id for row in fact_rows(db, query, sort)]
        assert [detail.row.id for detail in got] == expected, sort
        if sort == FactSort():  # every field, fact by fact, once per view
            assert got == [fact_detail(db, fact_id) for fact_id in expected]


def test_every_kind_of_fact_has_its_whole_detail(real_db):
    # The bundled facts have derived ones with inputs, links both ways, places and entities.
    got = [
        detail for chunk in detail_chunks(real_db, FactQuery(), FactSort(), 10) for detail in chunk
    ]
    assert {detail.row.kind for detail in got} >= {"reported", "derived", "statement"}
    assert any(detail.inputs for detail in got) and any(detail.used_by for detail in got)
    assert any(detail.places for detail in got) and any(detail.entities for detail in got)
    assert got == [fact_detail(real_db, detail.row.id) for detail in got]


def test_a_record_made_in_bulk_is_the_record_its_class_makes(real_db):
    row = fact_rows(real_db, FactQuery(), FactSort(), 0, 1)[0]
    values = [getattr(row, item.name) for item in dataclasses.fields(FactRow)]
    made = record_maker(FactRow)(values)
    assert made == FactRow(*values) and hash(made) == hash(FactRow(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.label = "changed"  # type: ignore[misc]
    with pytest.raises(ValueError):  # every field or none
        record_maker(FactDetail)([row])


def test_a_whole_place_in_some_order_is_read_from_the_place(db):
    # Exporting a place sorted by label: its own facts' keys sorted, not every fact probed.
    query, sort = FactQuery(place_id="banan"), FactSort("label")
    plans = _plans(db, lambda: list(view_stream.row_chunks(db, query, sort, 100)), "fact_order")
    assert plans and all(
        "SEARCH place_facts USING PRIMARY KEY (ancestor_id=?)" in plan for _, plan in plans
    )
