"""Tests for cqdesk.export.tables: TSV, CSV, HTML and Markdown of one row, several rows and derived facts."""

from __future__ import annotations

import csv
import dataclasses
import io
from html.parser import HTMLParser

import pytest

from cqdesk.export import COLUMNS, csv_text, html_table, markdown, tsv
from cqdesk.export.tables import TableText
from cqdesk.store.facts import fact_rows_by_id
from cqdesk.store.records import Sources
from cqdesk.store.source import sources

ONE = ["banan-firms"]
SEVERAL = ["online-sales", "banan-firms", "lakeside-shops", "acme-yuzhong"]
DERIVED = ["shops-per-firm", "online-sales-2019"]


class TableParser(HTMLParser):
    """Collects an HTML table's header, its rows and the paragraphs after it, as plain text."""

    def __init__(self) -> None:
        super().__init__()
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self.paragraphs: list[str] = []
        self._cell: list[str] | None = None
        self._tag = ""

    def handle_starttag(self, tag, attrs):
        if tag in ("th", "td", "p"):
            self._cell, self._tag = [], tag
        if tag == "tr":
            self.rows.append([])

    def handle_endtag(self, tag):
        if tag not in ("th", "td", "p") or self._cell is None:
            return
        text = "".join(self._cell)
        if tag == "th":
            self.header.append(text)
        elif tag == "td":
            self.rows[-1].append(text)
        else:
            self.paragraphs.append(text)
        self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse_html(text: str) -> TableParser:
    parser = TableParser()
    parser.feed(text)
    parser.rows = [row for row in parser.rows if row]  # the header's <tr> holds no <td>
    return parser


def records(text: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.fixture
def rows(tiny_db):
    return lambda ids: fact_rows_by_id(tiny_db, ids)


@pytest.fixture
def src(tiny_db):
    return sources(tiny_db)


@pytest.mark.parametrize("ids", [ONE, SEVERAL, DERIVED], ids=["one", "several", "derived"])
def test_tsv_parses_back_with_header_and_plain_numbers(rows, ids):
    parsed = records(tsv(rows(ids)), "\t")
    assert [record["id"] for record in parsed] == ids
    assert list(parsed[0]) == list(COLUMNS)
    for record, row in zip(parsed, rows(ids), strict=True):
        # The value to the 15 significant digits a spreadsheet keeps (and a double always
        # does): a figure as written comes back exactly, a derived one without arithmetic noise.
        # JSON and the data package carry every digit of the double.
        assert (
            (float(record["value"]) == float(f"{row.value:.15g}"))
            if row.value is not None
            else not record["value"]
        )
        assert record["quote"] == (row.quote or "")


def test_tsv_keeps_qualifier_and_unit_in_their_own_columns(rows):
    (record,) = records(tsv(rows(ONE)), "\t")
    assert (record["value"], record["qualifier"], record["unit"]) == ("300", "over", "firms")
    assert record["value_as_printed"] == "over 300 firms"


def test_tsv_marks_derived_facts(rows):
    parsed = records(tsv(rows(DERIVED)), "\t")
    assert [record["kind"] for record in parsed] == ["derived", "derived"]
    assert parsed[0]["qualifier"] == "about"
    assert parsed[0]["quote"] == ""


@pytest.mark.parametrize("ids", [ONE, SEVERAL, DERIVED], ids=["one", "several", "derived"])
def test_html_table_has_the_header_rows_and_citation(rows, src, ids):
    parsed = parse_html(html_table(rows(ids), src))
    assert parsed.header == list(COLUMNS)
    assert [row[0] for row in parsed.rows] == ids
    assert all(len(row) == len(COLUMNS) for row in parsed.rows)
    (citation,) = parsed.paragraphs
    for part in (
        "Test Commission",
        "Test Press",
        "Tiny report",
        "2021-02-08",
        "https://example.org/tiny",
    ):
        assert part in citation


def test_html_table_keeps_qualifiers(rows, src):
    parsed = parse_html(html_table(rows(SEVERAL + DERIVED), src))
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in parsed.rows}
    assert by_id["banan-firms"]["qualifier"] == "over"
    assert by_id["lakeside-shops"]["value_as_printed"] == "over 20 shops"
    assert by_id["shops-per-firm"]["qualifier"] == "about"


def test_html_escapes_text_from_the_data(rows, src):
    row = dataclasses.replace(rows(ONE)[0], label="<b>bold</b> & <a href='x'>link</a>")
    evil = Sources((dataclasses.replace(src.report, title="<script>alert(1)</script>"),))
    text = html_table([row], evil)
    assert "<b>" not in text and "<a " not in text and "<script>" not in text
    parsed = parse_html(text)
    assert parsed.rows[0][1] == "<b>bold</b> & <a href='x'>link</a>"
    assert "<script>alert(1)</script>" in parsed.paragraphs[0]


def test_csv_parses_back_and_the_bom_is_optional(rows):
    text = csv_text(rows(SEVERAL))
    assert not text.startswith("\ufeff") and "\r\n" in text
    assert [record["id"] for record in records(text, ",")] == SEVERAL
    with_bom = csv_text(rows(SEVERAL), bom=True)
    assert with_bom.startswith("\ufeff")
    assert records(with_bom.encode("utf-8").decode("utf-8-sig"), ",") == records(text, ",")


def test_csv_keeps_chinese_commas_quotes_and_line_breaks(rows):
    row = dataclasses.replace(rows(ONE)[0], label='巴南区, "the" firms', quote="line one\nline two")
    (record,) = records(csv_text([row], bom=True).removeprefix("\ufeff"), ",")
    assert record["label"] == '巴南区, "the" firms'
    assert record["quote"] == "line one\nline two"


def _markdown_rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines]


@pytest.mark.parametrize("ids", [ONE, SEVERAL, DERIVED], ids=["one", "several", "derived"])
def test_markdown_table_with_citation_footnote(rows, src, ids):
    text = markdown(rows(ids), src)
    table = _markdown_rows(text)
    assert table[0] == list(COLUMNS)
    assert [row[0] for row in table[1:]] == ids
    assert "[^source]" in text.split("\n\n")[0]
    footnote = [line for line in text.splitlines() if line.startswith("[^source]:")]
    assert len(footnote) == 1 and "Test Commission" in footnote[0] and "Tiny report" in footnote[0]
    (licences,) = [line for line in text.splitlines() if "CC BY 4.0" in line]
    assert "remain Test Press's" in licences and "MIT" in licences


def test_markdown_keeps_qualifiers_and_escapes_pipes(rows, src):
    row = dataclasses.replace(rows(ONE)[0], label="firms | shops", quote="a\nb")
    text = markdown([row], src)
    assert "firms \\| shops" in text
    assert "| over | firms | over 300 firms |" in text
    assert "a b" in text


def test_a_copy_made_chunk_by_chunk_is_the_copy_made_whole(rows, src):
    every = rows(SEVERAL + DERIVED)
    table = TableText(src)
    plain, html = [table.tsv_start()], [table.html_start()]
    for chunk in (every[:1], [], every[1:4], every[4:]):
        lines, cells = table.add(chunk)
        plain.append(lines)
        html.append(cells)
    html.append(table.html_end())
    assert "".join(plain) == tsv(every)
    assert "".join(html) == html_table(every, src)
    empty = TableText(src)
    assert empty.tsv_start() + empty.add([])[0] == tsv([])
    assert empty.html_start() + empty.html_end() == html_table([], src)


def test_html_escapes_every_cell_even_one_holding_a_nul(rows, src):
    row = dataclasses.replace(rows(ONE)[0], label="a\x00<b>", quote="\"q\" & 'r'")
    parsed = parse_html(html_table([row], src))
    assert parsed.rows[0][1] == "a\x00<b>"
    assert parsed.rows[0][COLUMNS.index("quote")] == "\"q\" & 'r'"
    assert len(parsed.rows[0]) == len(COLUMNS)
