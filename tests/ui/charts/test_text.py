"""The words of a chart: printed values with their qualifier symbol, axis scales, refusals."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from cqdesk.store.records import Chart, ChartBar, Source, Sources
from cqdesk.text import language
from cqdesk.ui.charts.text import (
    axis_scale,
    bar_tooltip_lines,
    bar_value_text,
    chart_problem,
    chart_source_line,
    chart_summary,
    source_line,
)


def _bar(value=1.0, display="1", qualifier=None, kind="reported", label="Bar") -> ChartBar:
    return ChartBar("fact", label, value, display, qualifier, kind)


@pytest.mark.parametrize(
    ("display", "qualifier", "expected"),
    [
        ("135.05 billion yuan", None, "135.05 billion yuan"),
        ("over 650,000", "lower_bound", "≥ 650,000"),
        ("more than 20", "lower_bound", "≥ 20"),
        ("300", "lower_bound", "≥ 300"),
        ("about USD 21 billion", "approximate", "≈ USD 21 billion"),
        ("0.71 shops per firm", "approximate", "≈ 0.71 shops per firm"),
    ],
)
def test_a_bar_is_labelled_with_its_printed_value_and_qualifier_symbol(
    display, qualifier, expected
):
    assert bar_value_text(_bar(display=display, qualifier=qualifier)) == expected


@pytest.mark.parametrize(
    ("unit", "values", "factor", "title"),
    [
        ("CNY", [135.05e9, 7.81e9], 1e9, "billion yuan"),
        ("CNY", [6.4e6, 2e6], 1e6, "million yuan"),
        ("CNY", [4e9, 1.2e8], 1e9, "billion yuan"),
        ("%", [13.05, 44], 1.0, "%"),
        ("pp", [1.49], 1.0, "percentage points"),
        ("people", [786000, 1041000], 1e6, "million people"),
        ("count", [9300, 650000], 1e3, "thousands"),
        ("count", [9300], 1.0, "number"),
        ("tons", [366, 5], 1.0, "tons"),
        ("parcels", [5.9e8], 1e6, "million parcels"),
    ],
)
def test_axis_scales_read_in_words(unit, values, factor, title):
    assert axis_scale(unit, values) == (factor, title)


def test_the_tooltip_says_label_value_qualifier_and_kind():
    assert bar_tooltip_lines(
        _bar(display="over 30,000", qualifier="lower_bound", label="All firms")
    ) == ["All firms", "over 30,000", "Lower bound: at least this much", "Reported in the source"]
    derived = bar_tooltip_lines(_bar(display="0.71", qualifier="approximate", kind="derived"))
    assert derived[2:] == ["Qualifier: approximate", "Derived: computed from reported figures"]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_chart_with_a_non_finite_bar_is_refused(value):
    chart = Chart("c", "overview", "Sizes", "bar", "CNY", (_bar(), _bar(value=value, label="Bad")))
    assert (
        chart_problem(chart)
        == f"The chart “Sizes” cannot be drawn: the bar “Bad” has no finite value ({value})."
    )


def test_a_chart_without_bars_is_refused():
    assert "has no bars" in chart_problem(Chart("c", "overview", "Empty", "bar", "CNY", ()))
    assert chart_problem(Chart("c", "overview", "Fine", "bar", "CNY", (_bar(),))) is None


def test_the_source_line_names_publisher_and_date():
    assert source_line([("iChongqing", "2021-02-08")]) == "Source: iChongqing, 2021-02-08"


def test_the_source_line_names_the_publisher_in_the_window_language():
    press = Source(
        "p",
        "Title",
        "Test Press",
        "https://example.org",
        "2021-01-28",
        None,
        None,
        "",
        publisher_zh="测试出版社",
    )
    bar = ChartBar("fact", "Bar", 1.0, "1", None, "reported", source_id="p")
    chart = Chart("c", "overview", "Chart", "bar", "CNY", (bar,))
    try:
        language.set_current(language.CHINESE)
        assert "测试出版社, 2021-01-28" in chart_source_line(chart, Sources((press,)))
    finally:
        language.set_current(language.ENGLISH)
    assert "Test Press, 2021-01-28" in chart_source_line(chart, Sources((press,)))


def test_pyqtgraph_stays_out_of_the_chart_words_and_the_selector_model():
    # The window imports the pane after its first paint; only chart_* drawing modules may load it.
    code = (
        "import sys, cqdesk.ui.charts.text, cqdesk.ui.charts.style, cqdesk.models.chart_list_model; "
        "sys.exit('pyqtgraph' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_chart_summary_says_what_it_shows_its_extremes_and_its_source():
    bars = (
        ChartBar("a", "Retail", 135.05e9, "135.05 billion yuan", None, "reported"),
        ChartBar("b", "Rural", 24.33e9, "24.33 billion yuan", None, "reported"),
        ChartBar("c", "Share", 30e9, "30 billion yuan", None, "derived"),
    )
    text = chart_summary(Chart("x", "cat", "Sales", "bar", "CNY", bars), "Source: A, 2021")
    assert text.startswith("Bar chart of 3 bars, in yuan.")
    assert "Largest: Retail, 135.05 billion yuan." in text
    assert "Smallest: Rural, 24.33 billion yuan." in text
    assert "One bar is derived by cqdesk" in text and "Source: A, 2021." in text
    one = chart_summary(Chart("y", "cat", "One", "bar", "%", bars[:1]), "")
    assert one.startswith("Bar chart of one bar, in %.") and "Smallest" not in one


@pytest.mark.parametrize(
    ("unit", "unit_zh", "values", "factor", "title"),
    [
        ("people", "人", [786000, 1041000], 1e4, "万人"),  # the data's Chinese for the unit
        ("packages", "件", [5.9e8, 4.6e8], 1e8, "亿件"),
        ("CNY", None, [135.05e9], 1e8, "亿元"),  # without it, the built-in forms
        ("tons", "吨", [366, 5], 1.0, "吨"),
    ],
)
def test_axis_scales_in_chinese_name_the_unit(monkeypatch, unit, unit_zh, values, factor, title):
    from cqdesk.text import language

    monkeypatch.setattr(language._Shown, "code", language.CHINESE)
    assert axis_scale(unit, values, unit_zh) == (factor, title)


def test_the_charts_carry_their_unit_in_chinese(real_db):
    from cqdesk.store.charts import charts

    units = {chart.id: chart.unit_zh for chart in charts(real_db)}
    assert units["employment-direct-indirect"] == "人"
    assert units["express-parcels-2019-2020"] == "件"
    assert units["ecommerce-firms"] is None  # "count": the interface words it
