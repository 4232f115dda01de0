"""Tests for exporting a view: CSV and JSON files parse back and match the view's rows and order."""

from __future__ import annotations

import csv
import json

import pytest

from cqdesk.export import describe, render, write
from cqdesk.store.details import fact_detail, fact_details
from cqdesk.store.facts import fact_rows
from cqdesk.store.records import FactQuery, FactSort
from cqdesk.store.source import sources

VIEWS = [
    (FactQuery(), FactSort()),
    (FactQuery(category_id="market"), FactSort("value", descending=True)),
    (FactQuery(place_id="banan"), FactSort("label")),
    (FactQuery(search="online sales"), FactSort("kind", descending=True)),
]


@pytest.mark.parametrize(("query", "sort"), VIEWS)
def test_csv_file_matches_the_view(tiny_db, tmp_path, query, sort):
    rows = fact_rows(tiny_db, query, sort)
    path = tmp_path / "view.csv"
    write(path, render("csv", rows, sources(tiny_db), bom=True))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        parsed = list(csv.DictReader(handle))
    assert [record["id"] for record in parsed] == [row.id for row in rows]
    assert [record["qualifier"] for record in parsed] == [
        {"lower_bound": "over", "approximate": "about"}.get(row.qualifier, "") for row in rows
    ]


@pytest.mark.parametrize(("query", "sort"), VIEWS)
def test_json_file_matches_the_view(tiny_db, tmp_path, query, sort):
    rows = fact_rows(tiny_db, query, sort)
    details = fact_details(tiny_db, query, sort)
    path = tmp_path / "view.json"
    write(path, render("json", rows, sources(tiny_db), details=details))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [record["id"] for record in document["facts"]] == [row.id for row in rows]
    assert document["count"] == len(rows)
    assert document["source"]["statement_by"] == "Test Commission"
    licences = document["source"]["licences"]
    assert licences["data"].startswith("CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/)")
    assert "remain Test Press's" in licences["source_text"] and licences["code"] == "MIT"


def test_json_records_carry_places_entities_qualifier_and_citation(tiny_db):
    details = fact_details(tiny_db, FactQuery())
    facts = {
        r["id"]: r
        for r in json.loads(render("json", [], sources(tiny_db), details=details))["facts"]
    }
    acme = facts["acme-yuzhong"]
    assert acme["places"] == [
        {"id": "yuzhong", "name": "Yuzhong District", "name_zh": "渝中区", "kind": "district"}
    ]
    assert acme["entities"] == [{"id": "acme", "name": "Acme", "kind": "company"}]
    assert acme["value"] is None and "Test Press" in acme["citation"]
    firms = facts["banan-firms"]
    assert (firms["value"], firms["qualifier"], firms["unit"]) == (300, "over", "firms")
    assert firms["citation"].startswith("\u201cOver 300 firms")
    derived = facts["shops-per-firm"]
    assert derived["qualifier"] == "about" and derived["quote"] is None
    assert derived["inputs"] == ["lakeside-shops", "banan-firms"]
    assert derived["citation"].startswith("derived by cqdesk")


def test_bulk_details_agree_with_one_by_one(tiny_db):
    for bulk in fact_details(tiny_db, FactQuery(), FactSort("label")):
        single = fact_detail(tiny_db, bulk.row.id)
        for name in (
            "row",
            "category_path",
            "quote_start",
            "quote_end",
            "value_start",
            "value_end",
            "formula",
            "note",
            "entities",
            "inputs",
            "describes",
        ):
            assert getattr(bulk, name) == getattr(single, name), (bulk.row.id, name)
        assert [p.id for p in bulk.places] == [p.id for p in single.places]


def test_markdown_export_in_view_order(tiny_db):
    rows = fact_rows(tiny_db, FactQuery(category_id="market"), FactSort("label", descending=True))
    text = render("md", rows, sources(tiny_db))
    ids = [line.split(" | ")[0].removeprefix("| ") for line in text.splitlines()[4 : 4 + len(rows)]]
    assert ids == [row.id for row in rows]


def test_render_refuses_json_without_details_and_unknown_formats(tiny_db):
    with pytest.raises(ValueError):
        render("json", [], sources(tiny_db))
    with pytest.raises(ValueError):
        render("xlsx", [], sources(tiny_db))


def test_describe_says_count_filters_and_order():
    assert describe(1, "csv") == "1 fact as CSV, no filters, in the report order"
    text = describe(
        12,
        "json",
        category="Overview",
        place="Banan District",
        search=" sales ",
        order="sorted by value, descending",
    )
    assert text == (
        "12 facts as JSON, filtered by category Overview, place Banan District, "
        "search \u201csales\u201d, sorted by value, descending"
    )


def test_the_issue_examples_on_the_bundled_data(real_db):
    from cqdesk.export import as_printed, number
    from cqdesk.store.facts import fact_row_by_id

    sales, merchants = (
        fact_row_by_id(real_db, fact_id) for fact_id in ("online-retail-sales", "online-merchants")
    )
    assert (number(sales), as_printed(sales)) == ("135050000000", "135.05 billion yuan")
    assert (number(merchants), as_printed(merchants)) == ("650000", "over 650,000 merchants")
    assert number(fact_row_by_id(real_db, "online-retail-sales-growth")) == "13.05"
    details = fact_details(real_db, FactQuery(), FactSort("value", descending=True))
    assert [d.row.id for d in details] == [
        r.id for r in fact_rows(real_db, FactQuery(), FactSort("value", descending=True))
    ]
    for bulk in details:
        single = fact_detail(real_db, bulk.row.id)
        assert (bulk.inputs, bulk.entities, bulk.category_path, bulk.describes) == (
            single.inputs,
            single.entities,
            single.category_path,
            single.describes,
        )


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
@pytest.mark.parametrize(
    "query", [FactQuery(), FactQuery(place_id="banan"), FactQuery(search="sales")], ids=str
)
def test_streamed_export_equals_the_whole_one(tiny_db_path, tmp_path, fmt, query):
    from cqdesk.export.views import export_view, stream_view
    from cqdesk.store import Catalog

    sort = FactSort("value", descending=True)
    with Catalog.open(tiny_db_path) as catalog:
        whole = export_view(catalog, query, sort, fmt, bom=True)
        seen = []
        path = tmp_path / f"view.{fmt}"
        count = stream_view(
            catalog, query, sort, fmt, path, bom=True, progress=lambda done, _: seen.append(done)
        )
    assert count == whole.count and path.read_bytes().decode("utf-8") == whole.text
    assert not list(tmp_path.glob("*.part"))
    assert fmt == "md" or seen[-1] == count


def test_streamed_export_of_nothing_is_valid_json(tiny_db_path, tmp_path):
    from cqdesk.export.views import stream_view
    from cqdesk.store import Catalog

    with Catalog.open(tiny_db_path) as catalog:
        path = tmp_path / "none.json"
        assert stream_view(catalog, FactQuery(search="zzzz"), FactSort(), "json", path) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["facts"] == []
