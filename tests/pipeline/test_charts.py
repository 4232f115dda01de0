"""Chart data the pane could not draw honestly is refused by the build with a clear message."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from cqdesk.pipeline.charts import chart_rows
from cqdesk.pipeline.errors import BuildError
from cqdesk.store import open_database
from cqdesk.store.charts import charts
from tests.factories import TINY_CHARTS, TINY_FACTS, build_tiny


def _facts_with_value(fact_id: str, value: float) -> list[dict]:
    return [dict(fact, value=value) if fact["id"] == fact_id else fact for fact in TINY_FACTS]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_non_finite_value_in_facts_yaml_stops_the_build(tmp_path, value):
    with pytest.raises(
        BuildError, match=r"facts\.yaml 'online-sales': value must be a finite number"
    ):
        build_tiny(tmp_path, facts=_facts_with_value("online-sales", value))


def test_a_chart_without_bars_stops_the_build(tmp_path):
    empty = {"id": "empty", "category": "overview", "title": "Nothing", "facts": []}
    with pytest.raises(BuildError, match=r"charts\.yaml 'empty': a chart needs at least one fact"):
        build_tiny(tmp_path, charts=[*TINY_CHARTS, empty])


def test_a_bar_without_a_value_stops_the_build(tmp_path):
    statement = {
        "id": "words",
        "category": "overview",
        "title": "Words",
        "facts": [{"fact": "acme-yuzhong"}],
    }
    with pytest.raises(BuildError, match=r"'acme-yuzhong' is not a fact with a value"):
        build_tiny(tmp_path, charts=[statement])


def test_bars_of_mixed_units_stop_the_build(tmp_path):
    mixed = {
        "id": "mixed",
        "category": "overview",
        "title": "Mixed",
        "facts": [{"fact": "online-sales"}, {"fact": "online-sales-growth"}],
    }
    with pytest.raises(BuildError, match=r"charts\.yaml 'mixed': its bars mix units"):
        build_tiny(tmp_path, charts=[mixed])


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_the_chart_check_itself_refuses_a_non_finite_bar(value):
    # The facts step already refuses these; the chart step must not rely on it.
    resources = SimpleNamespace(
        charts=[{"id": "c", "category": "overview", "title": "C", "facts": [{"fact": "f"}]}]
    )
    facts = [{"id": "f", "value": value, "unit": "CNY", "label": "F"}]
    with pytest.raises(BuildError, match=r"charts\.yaml 'c': 'f' has no finite value to draw"):
        chart_rows(resources, facts, {"overview"})


def test_the_store_returns_the_chart_rows_in_order(tiny_db):
    found = {chart.id: chart for chart in charts(tiny_db)}
    assert list(found) == [chart["id"] for chart in TINY_CHARTS]
    for entry in TINY_CHARTS:
        bars = found[entry["id"]].bars
        assert [bar.fact_id for bar in bars] == [bar["fact"] for bar in entry["facts"]]
        assert [bar.label for bar in bars] == [bar["label"] for bar in entry["facts"]]
        assert all(math.isfinite(bar.value) for bar in bars)


def test_every_real_chart_has_finite_bars_in_one_unit(real_db_path):
    db = open_database(real_db_path)
    try:
        found = charts(db)
    finally:
        db.close()
    assert found
    for chart in found:
        assert chart.bars, chart.id
        assert all(math.isfinite(bar.value) for bar in chart.bars), chart.id
