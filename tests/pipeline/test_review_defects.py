"""What the independent review of the data against the text found, each checked in the bundled data."""

from __future__ import annotations

import re

import pytest


def _one(db, sql: str, *params):
    return db.execute(sql, params).fetchone()


def test_the_implied_national_growth_is_unresolved_and_never_drawn(real_db):
    reading, label = _one(
        real_db, "SELECT reading, label FROM facts WHERE id = 'national-online-retail-growth'"
    )
    assert reading == "unresolved" and "unresolved" in label
    drawn = {row[0] for row in real_db.execute("SELECT fact_id FROM chart_facts")}
    assert "national-online-retail-growth" not in drawn
    assert (
        _one(real_db, "SELECT value_display FROM facts WHERE id = 'online-retail-growth-gap'")[0]
        == "1.49%"
    )  # kept as printed


def test_no_chart_title_claims_what_the_report_does_not_say(real_db):
    titles = [title for (title,) in real_db.execute("SELECT title FROM charts")]
    assert not any("different funds" in title for title in titles)
    together = real_db.execute(
        "SELECT COUNT(DISTINCT chart_id) FROM chart_facts WHERE fact_id IN "
        "('support-funds', 'supported-cross-border-trade') GROUP BY chart_id HAVING COUNT(*) = 2"
    ).fetchall()
    assert together == []  # money received is never a bar beside trade driven


def test_the_2019_designated_scale_growth_is_unresolved_and_not_charted(real_db):
    reading, note = _one(
        real_db, "SELECT reading, note FROM facts WHERE id = 'designated-scale-growth-2019'"
    )
    assert reading == "unresolved" and "30.95" in note and "13.05%" in note
    drawn = {row[0] for row in real_db.execute("SELECT fact_id FROM chart_facts")}
    assert "designated-scale-growth-2019" not in drawn


def test_the_2019_express_packages_are_approximate(real_db):
    qualifier, display, note = _one(
        real_db,
        "SELECT qualifier, value_display, note FROM facts WHERE id = 'express-parcels-2019'",
    )
    assert qualifier == "approximate" and display == "about 460 million"
    assert "plus or minus 4 million" in note


def test_the_implied_exchange_rate_is_not_labelled_2020(real_db):
    label, period, display, note = _one(
        real_db,
        "SELECT label, period, value_display, note FROM facts WHERE id = 'implied-cny-per-usd'",
    )
    assert period != "2020" and "publication" in label
    assert display == "about 6.4 yuan per USD" and "6.90" in note


def test_districts_and_counties_are_never_called_districts_alone(real_db):
    texts = [
        text
        for (text,) in real_db.execute(
            "SELECT label FROM facts UNION ALL SELECT title FROM charts "
            "UNION ALL SELECT label FROM chart_facts UNION ALL SELECT unit FROM facts "
            "WHERE unit IS NOT NULL"
        )
    ]
    for text in texts:
        if re.search(r"\bkey districts\b|^districts$", text):
            assert "districts and counties" in text, text


def test_the_reports_packages_are_packages(real_db):
    units = dict(
        real_db.execute(
            "SELECT id, unit FROM facts WHERE id IN ('express-parcels', 'express-parcels-2019')"
        )
    )
    assert units == {"express-parcels": "packages", "express-parcels-2019": "packages"}
    assert _one(real_db, "SELECT name FROM categories WHERE id = 'overview-express'") == (
        "Express packages",
    )


def test_six_consecutive_years_span_2015_to_2020(real_db):
    assert _one(real_db, "SELECT period FROM facts WHERE id = 'b2c-import-growth-years'") == (
        "2015–2020",
    )


def test_the_taobao_university_branch_is_planned_not_existing(real_db):
    label, note = _one(
        real_db, "SELECT label, note FROM facts WHERE id = 'taobao-university-southwest-branch'"
    )
    assert "planned" in label and "does not say that the branch exists" in note


def test_no_zone_is_named_in_chinese_as_its_district(real_db):
    districts = {
        name_zh.removesuffix("区")
        for (name_zh,) in real_db.execute(
            "SELECT name_zh FROM places WHERE kind = 'district' AND name_zh IS NOT NULL"
        )
    }
    for zone_id, name_zh in real_db.execute(
        "SELECT id, name_zh FROM places WHERE kind = 'bonded_zone'"
    ):
        assert name_zh.endswith("综合保税区") and name_zh not in districts, zone_id


@pytest.mark.parametrize(
    ("fact_id", "shown"),
    [
        ("express-parcels-2019", "about 460 million"),
        ("implied-cny-per-usd", "about 6.4 yuan per USD"),
        ("sales-per-live-broadcast", "over 54,000 yuan per broadcast"),
        ("trainees-per-session", "107"),
        ("cross-border-trade-2019", "6.64 billion yuan"),
        ("share-of-national-parcels", "0.71%"),
        ("online-retail-growth-relative-gap-to-national", "19.7%"),
    ],
)
def test_derived_values_show_only_the_digits_their_inputs_justify(real_db, fact_id, shown):
    assert _one(real_db, "SELECT value_display FROM facts WHERE id = ?", fact_id) == (shown,)


def test_no_derived_value_shows_more_than_five_significant_digits(real_db):
    for fact_id, display in real_db.execute(
        "SELECT id, value_display FROM facts WHERE kind = 'derived'"
    ):
        number = re.search(r"\d[\d,]*(?:\.\d+)?", display).group().replace(",", "")
        digits = number.replace(".", "").lstrip("0")
        if "." not in number:
            digits = digits.rstrip("0")
        assert len(digits) <= 5, (fact_id, display)


def test_park_locations_the_report_only_implies_are_marked_implied(real_db):
    evidence = {
        (place, parent): how
        for place, parent, how in real_db.execute(
            "SELECT place_id, parent_id, evidence FROM place_parents WHERE provenance = 'source'"
        )
    }
    assert None not in evidence.values()
    assert evidence[("chongqing-highway-logistics-base", "banan")] == "stated"
    for link in [
        ("ecommerce-industry-demonstration-park", "banan"),
        ("yubei-airport-park", "yubei"),
        ("xiushan-wuling-logistics-park", "xiushan"),
        ("southwest-smart-ecommerce-hq-park", "banan"),
        ("ymatou-southwest-hq", "yuzhong"),
    ]:
        assert evidence[link] == "implied", link


def test_the_place_tree_says_when_a_location_is_only_implied(real_db):
    from cqdesk.store.trees import place_tree

    def walk(places):
        for place in places:
            yield place
            yield from walk(place.children)

    found = {p.id: p for p in walk(place_tree(real_db)) if p.parent_evidence}
    assert found["yubei-airport-park"].parent_evidence == "implied"
    assert found["chongqing-highway-logistics-base"].parent_evidence == "stated"


def test_the_place_tooltip_tells_the_evidence(qapp, real_db):
    from dataclasses import replace

    from cqdesk.models.place_tree_model import _tooltip
    from cqdesk.store.trees import place_by_id

    park = replace(place_by_id(real_db, "yubei-airport-park"), parent_evidence="implied")
    assert "only implied by the report" in _tooltip(park)
