"""Tests for cqdesk.export.citation: a quote with its citation, and a derived fact with its inputs."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

from cqdesk.export import citation_html, citation_text, source_citation
from cqdesk.store.details import fact_detail
from cqdesk.store.source import sources

PARTS = (
    "Test Commission",
    "2021-02-07",
    "Test Press",
    "\u201cTiny report\u201d",
    "2021-02-08",
    "https://example.org/tiny",
)


class TextAndTags(HTMLParser):
    """The text of an HTML fragment and the tags it uses."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def parsed(html: str) -> TextAndTags:
    parser = TextAndTags()
    parser.feed(html)
    return parser


def test_source_citation_reads_in_order(tiny_db):
    text = source_citation(sources(tiny_db).report)
    positions = [text.index(part) for part in PARTS]
    assert positions == sorted(positions)
    assert text.startswith("Statement by Test Commission")


def test_source_citation_without_a_statement(tiny_db):
    text = source_citation(dataclasses.replace(sources(tiny_db).report, statement_by=None))
    assert text.startswith("Published by Test Press")


def test_reported_fact_quote_then_citation(tiny_db):
    detail = fact_detail(tiny_db, "banan-firms")
    text = citation_text(detail, sources(tiny_db))
    quote, citation = text.split("\n")
    assert quote == "\u201cOver 300 firms opened in Banan District\u201d"
    assert all(part in citation for part in PARTS)


def test_reported_fact_html(tiny_db):
    html = citation_html(fact_detail(tiny_db, "banan-firms"), sources(tiny_db))
    text = "".join(parsed(html).text)
    assert "\u201cOver 300 firms opened in Banan District\u201d" in text
    assert all(part in text for part in PARTS)
    assert "a" not in parsed(html).tags  # the address is text, never a link


def test_derived_fact_value_formula_and_inputs(tiny_db):
    text = citation_text(fact_detail(tiny_db, "shops-per-firm"), sources(tiny_db))
    assert text.startswith("Shops per firm: about 0.07 shops per firm (derived")
    assert "Formula: lakeside-shops / banan-firms" in text
    assert "Note: Both inputs are lower bounds" in text
    assert (
        "- lakeside-shops (Shops in Lakeside Park: over 20 shops): \u201cthe Lakeside Park" in text
    )
    assert "- banan-firms (Firms opened in Banan: over 300 firms): \u201cOver 300 firms" in text
    assert all(part in text for part in PARTS)


def test_derived_fact_html_is_marked_and_escaped(tiny_db):
    detail = fact_detail(tiny_db, "shops-per-firm")
    detail = dataclasses.replace(detail, note="<img src=x> & more")
    html = citation_html(detail, sources(tiny_db))
    tree = parsed(html)
    assert "img" not in tree.tags
    text = "".join(tree.text)
    assert "derived by cqdesk, not stated in the source" in text
    assert "<img src=x> & more" in text
    assert "lakeside-shops / banan-firms" in text
    assert "over 300 firms" in text


def test_cited_fact_opens_with_its_label_and_figure_and_ends_with_its_id(tiny_db):
    from cqdesk.export import cited_fact_html, cited_fact_text

    statement = cited_fact_text(fact_detail(tiny_db, "acme-yuzhong"), sources(tiny_db))
    label, quote, citation, reference = statement.split("\n")
    assert label == "Yuzhong attracted the Acme headquarters"  # a statement has no figure
    assert quote == "\u201cYuzhong District attracted the Acme headquarters.\u201d"
    assert reference == "cqdesk fact: acme-yuzhong"
    derived = cited_fact_text(fact_detail(tiny_db, "shops-per-firm"), sources(tiny_db))
    assert derived.count("Shops per firm: about 0.07 shops per firm") == 1  # not said twice
    html = cited_fact_html(fact_detail(tiny_db, "banan-firms"), sources(tiny_db))
    assert "<b>Firms opened in Banan: over 300 firms</b>" in html
    assert "a" not in parsed(html).tags
