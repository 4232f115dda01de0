"""The reference figures and the comparisons with them, recomputed from their inputs in the bundled data."""

from __future__ import annotations

import csv
import math

import pytest

from tests.locations import REPO

REFERENCE_CSV = REPO / "resources" / "reference" / "national-2020.csv"


def _values(db) -> dict[str, float]:
    return dict(db.execute("SELECT id, value FROM facts WHERE value IS NOT NULL"))


def _fact(db, fact_id: str) -> dict:
    cursor = db.execute("SELECT * FROM facts WHERE id = ?", [fact_id])
    names = [column[0] for column in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def test_every_reference_figure_is_a_cited_fact_of_its_publication(real_db):
    with REFERENCE_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 11
    for row in rows:
        fact = _fact(real_db, row["id"])
        assert fact["kind"] == "reference" and fact["label"] == row["label"], row["id"]
        assert math.isclose(fact["value"], float(row["value"])) and fact["unit"] == row["unit"]
        assert fact["quote"] is None and fact["quote_start"] is None, row["id"]
        kind, title, published, url, text = real_db.execute(
            "SELECT kind, title, published, url, text FROM sources WHERE id = ?",
            [fact["source_id"]],
        ).fetchone()
        assert (kind, title, published, url, text) == (
            "reference",
            row["title"],
            row["published"],
            row["url"],
            "",
        ), row["id"]
    assert _fact(real_db, "national-live-broadcasts")["qualifier"] == "lower_bound"


# Each comparison, recomputed here from the printed figures of both sources.
COMPARISONS = {
    "share-of-national-online-retail": 135.05e9 / 11.76e12 * 100,
    "share-of-national-parcels": 590e6 / 83.36e9 * 100,
    "online-retail-growth-gap-to-national": 13.05 - 10.9,
    "online-retail-growth-relative-gap-to-national": (13.05 / 10.9 - 1) * 100,
    "physical-goods-growth-gap-to-national": 25.8 - 14.8,
    "rural-growth-gap-to-national": 11.5 - 8.9,
    "cross-border-growth-gap-to-national": 17.7 - 31.1,
    "online-retail-gap-discrepancy": 1.49 - (13.05 - 10.9),
    "physical-goods-gap-discrepancy": 11 - (25.8 - 14.8),
}


@pytest.mark.parametrize(("fact_id", "expected"), COMPARISONS.items())
def test_each_comparison_recomputes_from_inputs_of_both_sources(real_db, fact_id, expected):
    fact = _fact(real_db, fact_id)
    assert fact["kind"] == "derived" and fact["reading"] and fact["note"]
    assert math.isclose(fact["value"], expected, rel_tol=1e-9, abs_tol=1e-9), fact_id
    kinds = {
        kind
        for (kind,) in real_db.execute(
            "SELECT s.kind FROM fact_inputs i JOIN facts f ON f.id = i.input_id "
            "JOIN sources s ON s.id = f.source_id WHERE i.fact_id = ?",
            [fact_id],
        )
    }
    assert kinds == {"report", "reference"}, fact_id
    assert len(fact["cited_sources"].split()) == 2


def test_the_implied_national_online_growth_differs_from_the_published_and_says_so(real_db):
    values = _values(real_db)
    implied, published = (
        values["national-online-retail-growth"],
        values["national-online-retail-sales-growth"],
    )
    assert math.isclose(implied, 11.56) and math.isclose(published, 10.9)
    discrepancy = _fact(real_db, "online-retail-gap-discrepancy")
    assert math.isclose(-discrepancy["value"], implied - published)
    assert discrepancy["reading"] == "unresolved" and "0.66" in discrepancy["note"]
    implied_fact = _fact(real_db, "national-online-retail-growth")
    assert implied_fact["reading"] == "unresolved" and "10.9%" in implied_fact["note"]
    gap = _fact(real_db, "online-retail-growth-gap")
    assert "unresolved" in gap["note"] and "2.15" in gap["note"] and "19.7%" in gap["note"]


def test_the_implied_national_physical_goods_growth_matches_the_published(real_db):
    values = _values(real_db)
    implied = values["national-physical-goods-growth"]
    assert math.isclose(implied, values["national-physical-goods-online-retail-growth"])
    assert values["physical-goods-gap-discrepancy"] == pytest.approx(0, abs=1e-9)
    assert "No discrepancy" in _fact(real_db, "physical-goods-gap-discrepancy")["note"]


def test_the_chongqing_and_china_chart_pairs_each_rate_with_the_published_one(real_db):
    kind, unit = real_db.execute(
        "SELECT kind, unit FROM charts WHERE id = 'chongqing-and-china'"
    ).fetchone()
    assert (kind, unit) == ("comparison", "%")
    bars = real_db.execute(
        "SELECT cf.group_label, cf.label, f.kind FROM chart_facts cf JOIN facts f "
        "ON f.id = cf.fact_id WHERE cf.chart_id = 'chongqing-and-china' ORDER BY cf.position"
    ).fetchall()
    groups = list(dict.fromkeys(group for group, _, _ in bars))
    assert len(groups) == 4
    for group in groups:
        assert [(label, kind) for g, label, kind in bars if g == group] == [
            ("Chongqing", "reported"),
            ("China", "reference"),
        ], group


def test_the_chart_source_line_cites_both_kinds_of_source(qtbot, real_db):
    from cqdesk.store.charts import charts
    from tests.ui.charts.test_pane import select, show_pane

    pane = show_pane(qtbot, real_db, charts(real_db))
    select(pane, "chongqing-and-china")
    line = pane._source_text(pane.current_chart())
    assert line.startswith("Sources: iChongqing, 2021-02-08")
    assert "Ministry of Commerce" in line and "Belt and Road News" in line


def _build_with(tmp_path, figures=None, sources=None):
    from cqdesk.pipeline import build_database
    from tests.factories import write_references, write_resources

    resources = write_resources(tmp_path / "resources")
    write_references(resources, figures, sources)
    return build_database(resources, tmp_path / "out.db")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"url": "https://example.org/elsewhere"}, "not a source of reference/sources.yaml"),
        ({"value": "lots"}, "is not a number"),
        ({"qualifier": "roughly"}, "qualifier must be one of"),
        ({"title": "Another title"}, "must give one citation"),
    ],
)
def test_a_reference_figure_that_does_not_check_stops_the_build(tmp_path, change, message):
    from cqdesk.pipeline import BuildError
    from tests.factories import TINY_REFERENCE_FIGURES

    figures = [TINY_REFERENCE_FIGURES[0], {**TINY_REFERENCE_FIGURES[1], **change}]
    with pytest.raises(BuildError, match=message):
        _build_with(tmp_path, figures=figures)


def test_a_reference_source_without_a_publisher_stops_the_build(tmp_path):
    from cqdesk.pipeline import BuildError
    from tests.factories import TINY_REFERENCE_SOURCES

    sources = [{key: v for key, v in TINY_REFERENCE_SOURCES[0].items() if key != "publisher"}]
    with pytest.raises(BuildError, match="needs an id, a url and a publisher"):
        _build_with(tmp_path, sources=sources)


def test_a_resources_folder_without_references_builds_one_source(tiny_db):
    assert tiny_db.execute("SELECT id, kind FROM sources").fetchall() == [
        ("chongqing-ecommerce-2020", "report")
    ]
