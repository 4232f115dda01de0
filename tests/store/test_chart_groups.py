"""A comparison chart's groups and a chart's unit carry their Chinese forms from the database."""

from __future__ import annotations

from cqdesk.store.charts import charts


def test_every_group_of_a_comparison_chart_has_its_chinese_form(real_db):
    comparison = next(chart for chart in charts(real_db) if chart.kind == "comparison")
    pairs = {(bar.group, bar.group_zh) for bar in comparison.bars}
    assert ("Online retail", "网络零售") in pairs and (
        "Cross-border e-commerce",
        "跨境电商",
    ) in pairs
    assert all(group_zh for _group, group_zh in pairs)
    assert {bar.label_zh for bar in comparison.bars} == {"重庆", "全国"}


def test_a_bar_chart_has_no_groups_and_its_unit_reads_in_chinese(real_db):
    by_id = {chart.id: chart for chart in charts(real_db)}
    parcels = by_id["express-parcels-2019-2020"]
    assert {bar.group_zh for bar in parcels.bars} == {None}
    assert parcels.unit == "packages" and parcels.unit_zh == "件"
    assert by_id["ecommerce-firms"].unit_zh is None  # mixed counts have no one unit
