"""A smoke test of the store on the bundled data.db, with the counts the closing note quotes."""

from __future__ import annotations

from cqdesk.store import FactQuery
from cqdesk.store.charts import charts
from cqdesk.store.details import fact_detail
from cqdesk.store.facts import count_facts, fact_rows
from cqdesk.store.trees import category_tree, place_tree


def test_counts_by_kind(real_db):
    kinds = dict(real_db.execute("SELECT kind, COUNT(*) FROM facts GROUP BY kind"))
    assert kinds["reported"] >= 40 and kinds["statement"] >= 10 and kinds["derived"] >= 15


def test_top_categories_are_the_report_sections(real_db):
    names = [c.name.lower() for c in category_tree(real_db)]
    assert len(names) == 7
    assert "overview" in names[0] and "cross-border" in names[5]


def test_place_tree_and_filter(real_db):
    roots = {p.id: p for p in place_tree(real_db)}
    chongqing = roots["chongqing"]
    assert len([p for p in chongqing.children if p.provenance == "gazetteer"]) == 38
    banan = next(p for p in chongqing.children if p.id == "banan")
    assert banan.count >= banan.direct_count and banan.children
    assert count_facts(real_db, FactQuery(place_id="banan")) == banan.count
    assert count_facts(real_db, FactQuery(place_id="wanzhou")) == 0


def test_search_finds_the_headline_figure(real_db):
    ids = [row.id for row in fact_rows(real_db, FactQuery(search="135.05"))]
    assert "online-retail-sales" in ids
    assert fact_rows(real_db, FactQuery(search="24.33"))[0].value == 24_330_000_000


def test_headline_detail(real_db):
    detail = fact_detail(real_db, "online-retail-sales")
    assert detail.row.value == 135_050_000_000 and detail.row.unit == "CNY"
    assert detail.row.change == "+13.05%"


def test_every_category_with_charts_draws(real_db):
    for chart in charts(real_db):
        assert chart.bars and all(bar.value == bar.value for bar in chart.bars)


def test_numbers_are_found_however_they_are_typed(real_db):
    def ids(text):
        return {row.id for row in fact_rows(real_db, FactQuery(search=text))}

    assert "online-merchants" in ids("650,000") and "online-merchants" in ids("650000")
    assert "rural-brands-small" in ids("1,041") and "rural-brands-small" in ids("1041")
    assert "employment-total" in ids("1827000") and "employment-total" in ids("1.827")
    assert "online-retail-sales" in ids("135050000000")


def test_a_change_in_points_reads_as_points(real_db):
    assert fact_detail(real_db, "designated-scale-growth").row.change == "+31 pp"
