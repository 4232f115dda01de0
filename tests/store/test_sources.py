"""Several sources: a database with the report and a reference publication, end to end."""

from __future__ import annotations

import json
import math

import pytest

from cqdesk.export import citation_text, markdown, render
from cqdesk.export.tables import cited_sources
from cqdesk.store import Catalog, open_database
from cqdesk.store.charts import charts
from cqdesk.store.details import fact_detail, fact_details
from cqdesk.store.facts import fact_rows_by_id
from cqdesk.store.records import FactQuery
from cqdesk.store.source import sources, spans
from tests.factories import build_two_sources


@pytest.fixture(scope="module")
def two_path(tmp_path_factory):
    return build_two_sources(tmp_path_factory.mktemp("two"))


@pytest.fixture
def two(two_path):
    db = open_database(two_path)
    yield db
    db.close()


def test_the_database_holds_a_report_and_a_reference_source(two):
    found = sources(two)
    assert [(s.id, s.kind) for s in found.all] == [
        ("chongqing-ecommerce-2020", "report"),
        ("national-test-bureau", "reference"),
    ]
    reference = found.get("national-test-bureau")
    assert reference.text == "" and reference.publisher == "National Test Bureau"
    assert reference.url == "https://example.org/national" and reference.published == "2021-01-28"
    assert found.report.text.startswith("- Online sales")


def test_every_fact_names_its_source_and_a_reference_fact_has_no_quote(two):
    rows = dict(two.execute("SELECT id, source_id FROM facts"))
    assert rows["national-sales-growth"] == "national-test-bureau"
    assert rows["online-sales"] == "chongqing-ecommerce-2020"
    assert None not in rows.values()
    quote = two.execute(
        "SELECT kind, quote, quote_start, quote_end, value_start, value_end, value, qualifier "
        "FROM facts WHERE id = 'national-sales'"
    ).fetchone()
    assert quote == ("reference", None, None, None, None, None, 100e9, "lower_bound")
    assert "national-sales" not in {span.fact_id for span in spans(two)}


def test_a_comparison_takes_inputs_from_both_sources_and_cites_both(two):
    detail = fact_detail(two, "sales-growth-gap-to-national")
    assert math.isclose(detail.row.value, 12.5 - 10)
    assert [row.id for row in detail.inputs] == ["online-sales-growth", "national-sales-growth"]
    assert {row.source_id for row in detail.inputs} == {
        "chongqing-ecommerce-2020",
        "national-test-bureau",
    }
    assert detail.row.cited_sources == ("chongqing-ecommerce-2020", "national-test-bureau")
    text = citation_text(detail, sources(two))
    assert "Tiny report" in text and "National figures, 2020" in text
    assert "Reading: exact" in text


def test_a_reference_fact_is_cited_from_its_own_source_not_quoted(two):
    text = citation_text(fact_detail(two, "national-sales-growth"), sources(two))
    assert "National Test Bureau" in text and "National figures, 2020" in text
    assert "Tiny report" not in text and "\u201c" in text  # the title's quotation marks only
    assert "cited, not quoted" in text


def test_a_reported_fact_is_still_cited_from_the_report(two):
    text = citation_text(fact_detail(two, "banan-firms"), sources(two))
    assert "Tiny report" in text and "National Test Bureau" not in text


def test_tables_cite_every_source_their_rows_draw_on(two):
    found = sources(two)
    report_only = fact_rows_by_id(two, ["banan-firms"])
    both = fact_rows_by_id(two, ["banan-firms", "share-of-national-sales"])
    assert [s.id for s in cited_sources(report_only, found)] == ["chongqing-ecommerce-2020"]
    assert len(cited_sources(both, found)) == 2
    text = markdown(both, found)
    assert "[^source]: " in text and "[^source-2]: Published by National Test Bureau" in text


def test_json_lists_the_sources_and_each_facts_own(two):
    query = FactQuery()
    details = fact_details(two, query)
    data = json.loads(render("json", [d.row for d in details], sources(two), details=details))
    assert [s["kind"] for s in data["sources"]] == ["report", "reference"]
    by_id = {fact["id"]: fact for fact in data["facts"]}
    assert by_id["national-sales"]["source"] == "national-test-bureau"
    assert by_id["national-sales"]["quote"] is None
    assert by_id["share-of-national-sales"]["sources"] == [
        "chongqing-ecommerce-2020",
        "national-test-bureau",
    ]
    assert "National Test Bureau" in by_id["share-of-national-sales"]["citation"]


def test_a_comparison_chart_draws_pairs_and_names_each_bars_source(two):
    chart = next(c for c in charts(two) if c.id == "beside-national")
    assert chart.kind == "comparison"
    assert [(b.group, b.label, b.source_id) for b in chart.bars] == [
        ("Online sales", "Chongqing", "chongqing-ecommerce-2020"),
        ("Online sales", "China", "national-test-bureau"),
    ]


def test_the_window_shows_a_reference_fact_with_its_citation_and_no_quote(qtbot, two):
    from cqdesk.settings import Settings
    from cqdesk.ui.window.main_window import MainWindow

    window = MainWindow(Catalog(two), Settings())
    qtbot.addWidget(window)
    window.start()
    window.fact_table.select_fact("national-sales")
    text = window.detail_pane.toPlainText()
    assert "Reference: a national figure" in text and "National Test Bureau" in text
    assert "Quote" not in text and "Tiny report" not in text
    assert window.source_view.extraSelections() == []  # nothing of the report to light
    window.fact_table.select_fact("share-of-national-sales")
    text = window.detail_pane.toPlainText()
    assert "Sources" in text and "Tiny report" in text and "National Test Bureau" in text


def test_the_about_box_cites_the_reference_publications(qapp, two):
    from cqdesk.ui.window.about import about_text

    text = about_text(sources(two), {"reference": 2, "reported": 5}, "two.db")
    assert "2 reference figures" in text
    assert (
        "Reference figures (cited, not quoted) from:\n- Published by National Test Bureau" in text
    )


def test_a_database_without_a_report_is_refused_with_a_message(tmp_path, two_path):
    from cqdesk.store import StoreError
    from tests.factories import edited_copy

    broken = edited_copy(
        two_path, tmp_path / "no-report.db", "UPDATE sources SET kind = 'reference'"
    )
    with pytest.raises(StoreError, match="no report among its sources"):
        open_database(broken)


SECOND = "Second report: Acme opened a plant."


@pytest.fixture
def two_reports(tmp_path, two_path):
    """Two reports (made by hand: the build takes one) and the reference source."""
    from tests.factories import edited_copy

    quote = "Acme opened a plant."
    start = SECOND.index(quote)
    path = edited_copy(
        two_path,
        tmp_path / "two-reports.db",
        "INSERT INTO sources (id, kind, title, publisher, url, published, text) VALUES "
        f"('second', 'report', 'Second', 'Other Press', 'https://example.org/2', '2021', '{SECOND}')",
        f"UPDATE facts SET source_id = 'second', cited_sources = 'second', quote = '{quote}', "
        f"quote_start = {start}, quote_end = {start + len(quote)} WHERE id = 'acme-yuzhong'",
    )
    catalog = Catalog.open(path)
    yield catalog
    catalog.close()


# two_reports first: it closes after qtbot has closed the window.
def test_the_source_view_shows_the_text_of_the_report_a_fact_quotes(two_reports, qtbot):
    from cqdesk.settings import Settings
    from cqdesk.ui.window.main_window import MainWindow

    quote = "Acme opened a plant."
    window = MainWindow(two_reports, Settings())
    qtbot.addWidget(window)
    window.start()
    view = window.source_view
    window.fact_table.select_fact("acme-yuzhong")
    assert view.shown_source() == "second" and view.toPlainText() == SECOND
    (lit,) = view.extraSelections()
    assert lit.cursor.selectedText() == quote
    assert "Other Press" in window.detail_pane.toPlainText()
    window.fact_table.select_fact("banan-firms")
    assert view.shown_source() == "chongqing-ecommerce-2020"
    assert view.toPlainText().startswith("- Online sales")
    assert "Over 300 firms" in view.extraSelections()[0].cursor.selectedText()


def test_printouts_cite_each_facts_own_sources(two):
    from cqdesk.export.printout import fact_printout, view_printout

    page = fact_printout(fact_detail(two, "national-sales"), sources(two), "Print")
    assert "National Test Bureau" in page and "Tiny report" not in page
    rows = fact_rows_by_id(two, ["banan-firms", "share-of-national-sales"])
    table = view_printout(rows, sources(two), "t", "v")
    assert "Sources: " in table and "Tiny report" in table and "National Test Bureau" in table
