"""The chart pane offers only charts with facts in the view; saved images leave the filters out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cqdesk.store.charts import charts
from cqdesk.store.records import FactQuery
from cqdesk.ui.charts.slot import charts_in_view

pytest.importorskip("cqdesk.ui.charts.pane")

from cqdesk.ui.charts.rendering import chart_image, chart_svg  # noqa: E402
from tests.ui.charts.test_pane import release_hosts  # noqa: E402, F401  (an autouse fixture)

OUTSIDE = "Outside the current filters"


def _offered(pane) -> list[str]:
    return [pane._charts.chart(row).id for row in range(pane._charts.rowCount())]


@pytest.mark.parametrize(
    ("visible", "expected"),
    [
        (None, ["levels", "firms"]),
        ({"online-sales"}, ["levels"]),
        ({"banan-firms", "lakeside-shops"}, ["firms"]),
        ({"acme-yuzhong"}, []),
        (set(), []),
    ],
)
def test_charts_in_view(tiny_db, visible, expected):
    assert [chart.id for chart in charts_in_view(charts(tiny_db), visible)] == expected


@pytest.fixture
def pane(qtbot, window):
    qtbot.waitUntil(lambda: window.charts.pane is not None)
    return window.charts.pane


@pytest.mark.parametrize(
    ("category", "place", "search", "expected"),
    [
        (None, None, "", ["levels", "firms"]),
        (None, "banan", "", ["firms"]),
        (None, "chongqing", "", ["levels", "firms"]),
        (None, "yuzhong", "", []),
        ("overview", None, "", ["levels"]),
        ("overview", None, "2019", ["levels"]),
        ("market", None, "shops", []),
        (None, None, "firms", ["firms"]),
    ],
)
def test_the_pane_offers_the_charts_each_filter_leaves(
    window, pane, category, place, search, expected
):
    window.browser.set_query(FactQuery(category, place, search))
    assert _offered(pane) == expected
    if expected:
        assert pane.message() is None and pane.current_chart().id == expected[0]
    else:
        of = " of this category" if category else ""
        assert pane.message() == f"No chart{of} has facts among those the filters show."


def test_a_category_without_charts_still_says_so(window, pane):
    window.browser.set_category("market-projects")
    assert pane.message() == "No charts for this category."


def test_the_filters_grey_on_screen_but_not_in_saved_images(window, pane):
    window.browser.set_search("2019")  # the 2020 bar of the levels chart lies outside
    view = pane.chart_view()
    assert view.legend_texts()[-1] == OUTSIDE
    filtered_image, filtered_svg = chart_image(view), chart_svg(view)
    assert view.legend_texts()[-1] == OUTSIDE  # the screen keeps its greying
    assert OUTSIDE.encode() not in filtered_svg
    window.browser.clear_filters()
    assert OUTSIDE not in view.legend_texts()
    assert chart_image(view) == filtered_image


def test_greying_from_the_worker_survives_a_sort_asked_meanwhile(qtbot, window, pane):
    window.fact_table.queries.inline_budget = None  # every answer from the worker
    window.browser.set_search("2019")
    window.fact_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # a new view of the table
    qtbot.waitUntil(lambda: OUTSIDE in pane.chart_view().legend_texts(), timeout=10_000)
    assert pane.chart_view().visible_facts() == {"online-sales-2019"}
    window.fact_table.queries.stop()
