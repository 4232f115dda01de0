"""The public schema of PRODUCT.md: the tables and columns users may rely on."""

from __future__ import annotations

import pytest

from cqdesk import SCHEMA_VERSION
from cqdesk.store import open_database

CONTRACT = {
    "sources": [
        "id",
        "kind",
        "title",
        "publisher",
        "url",
        "published",
        "statement_by",
        "text",
        "sha256",
    ],
    "categories": ["id", "parent_id", "name", "position"],
    "facts": [
        "id",
        "source_id",
        "category_id",
        "kind",
        "label",
        "value",
        "unit",
        "qualifier",
        "period",
        "quote",
        "quote_start",
        "quote_end",
        "value_start",
        "value_end",
        "formula",
        "note",
        "reading",
    ],
    "places": ["id", "name", "name_zh", "kind", "provenance"],
    "place_parents": ["place_id", "parent_id", "provenance"],
    "fact_places": ["fact_id", "place_id"],
    "entities": ["id", "name", "kind"],
    "fact_entities": ["fact_id", "entity_id"],
    "fact_inputs": ["fact_id", "input_id"],
    "charts": ["id", "category_id", "title", "kind"],
    "chart_facts": ["chart_id", "fact_id", "position", "label"],
    "meta": ["key", "value"],
}


@pytest.fixture(params=["bundled", "generated"])
def schema_db(request, real_db_path, generated_db_path):
    """The bundled data.db, and a database made by the benchmark's generator: both must pass."""
    connection = open_database(real_db_path if request.param == "bundled" else generated_db_path)
    yield connection
    connection.close()


def _columns(db, table):
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def test_contract_tables_and_columns(schema_db):
    for table, columns in CONTRACT.items():
        present = _columns(schema_db, table)
        assert present, f"missing table {table}"
        assert set(columns) <= set(present), (table, set(columns) - set(present))


def test_value_is_real(schema_db):
    types = {row[1]: row[2] for row in schema_db.execute("PRAGMA table_info(facts)")}
    assert types["value"].upper() in ("REAL", "FLOAT")


def test_meta_records_version_and_source_hash(schema_db):
    meta = dict(schema_db.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    sha = schema_db.execute("SELECT sha256 FROM sources").fetchone()[0]
    assert (
        meta["source_sha256"]
        == sha
        == "2cdd5747c8304dcfc5cbec08b36cd9d4277f32e22cd2e291dee24c32318714c0"
    )


def test_kinds_and_qualifiers_are_from_the_vocabulary(schema_db):
    kinds = {row[0] for row in schema_db.execute("SELECT DISTINCT kind FROM facts")}
    assert kinds == {"reported", "derived", "statement", "reference"}
    sources = {row[0] for row in schema_db.execute("SELECT DISTINCT kind FROM sources")}
    assert sources == {"report", "reference"}
    readings = dict(
        schema_db.execute("SELECT kind, COUNT(DISTINCT reading) FROM facts GROUP BY kind")
    )
    assert readings == {"reported": 0, "derived": 3, "statement": 0, "reference": 0}
    qualifiers = {row[0] for row in schema_db.execute("SELECT DISTINCT qualifier FROM facts")}
    assert qualifiers <= {None, "lower_bound", "approximate", "upper_bound"}


def test_provenance_on_places_and_links(schema_db):
    for table in ("places", "place_parents"):
        values = {row[0] for row in schema_db.execute(f"SELECT DISTINCT provenance FROM {table}")}
        assert values == {"source", "gazetteer"}, table


def test_fts_index_covers_both_languages_and_entities(schema_db):
    columns = _columns(schema_db, "search_index_fts")
    assert {"label", "quote", "note", "places", "entities"} <= set(columns)
    hits = schema_db.execute(
        "SELECT COUNT(*) FROM search_index_fts WHERE search_index_fts MATCH '\"巴南\"*'"
    ).fetchone()[0]
    assert hits >= 1


def test_gazetteer_divisions_are_all_there(schema_db):
    kinds = dict(
        schema_db.execute(
            "SELECT kind, COUNT(*) FROM places WHERE provenance = 'gazetteer' GROUP BY kind"
        )
    )
    assert kinds == {"municipality": 1, "district": 26, "county": 8, "autonomous_county": 4}


def test_a_place_can_lie_in_two_districts(schema_db):
    rows = schema_db.execute(
        "SELECT place_id FROM place_parents GROUP BY place_id HAVING COUNT(*) > 1"
    ).fetchall()
    assert rows
