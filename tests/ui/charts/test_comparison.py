"""The comparison chart kind: groups with a gap between them, one colour per series, a legend naming them."""

from __future__ import annotations

import pytest

from cqdesk.store import open_database
from cqdesk.store.charts import charts
from cqdesk.ui.charts.comparison import GROUP_GAP, ComparisonChartView
from cqdesk.ui.charts.kinds import drawing_for
from cqdesk.ui.charts.style import bar_colour
from cqdesk.ui.charts.text import source_line
from tests.ui.charts.test_pane import select, show_pane


@pytest.fixture
def comparison_pane(qtbot, real_db_path):
    db = open_database(real_db_path)
    try:
        pane = show_pane(qtbot, db, charts(db))
    finally:
        db.close()
    select(pane, "chongqing-and-china")
    return pane


def test_the_comparison_kind_has_its_own_drawing():
    assert drawing_for("comparison") is ComparisonChartView


def test_groups_are_set_apart_and_series_coloured(comparison_pane):
    view = comparison_pane.chart_view()
    assert isinstance(view, ComparisonChartView)
    rows = [bar.row for bar in view.bars()]
    assert rows[1] - rows[0] == 1.0 and rows[2] - rows[1] == pytest.approx(1.0 + GROUP_GAP)
    looks = [bar.look for bar in view.bars()]
    assert [look.series for look in looks] == [0, 1] * 4
    colours = {bar_colour(look, view.bars()[0].colours).name() for look in looks}
    assert len(colours) == 2
    assert view.legend_texts() == ["Chongqing", "China: published figure, cited"]


def test_the_source_line_names_every_source_of_the_bars():
    two = source_line([("iChongqing", "2021-02-08"), ("Belt and Road News", "2021-01")])
    assert two == "Sources: iChongqing, 2021-02-08; Belt and Road News, 2021-01"
