"""Tests for the streamed exports' fast path: its CSV and JSON are the reference renderers' text,
byte for byte, on the bundled data, a generated database and one full of awkward text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cqdesk.export import view_rows
from cqdesk.export.records import json_text
from cqdesk.export.tables import csv_text
from cqdesk.export.values import in_chinese
from cqdesk.export.views import write_view
from cqdesk.export.words import ENGLISH, words_in
from cqdesk.store import Catalog
from cqdesk.store.records import FactQuery, FactSort
from tests.bad_databases import invalid_utf8_database
from tests.factories import edited_copy

# Every word the exports use, "translated" so that each one shows where it came from.
MARKED = words_in(lambda text: f"«{text}»", "zh")

VIEWS = [
    (FactQuery(), FactSort()),  # one pass over the report's order
    (FactQuery(), FactSort("label", descending=True)),  # an order's index walked backwards
    (FactQuery(place_id="chongqing"), FactSort("label")),  # keys sorted, rows read by rowid
    (FactQuery(search="online"), FactSort("value", descending=True)),
    (FactQuery(category_id="market"), FactSort("place")),
]

# Text a CSV cell or a JSON string has to escape or keep as it is: quotes, commas, line breaks
# of every kind, a backslash, control characters, Chinese, a line separator, and empty values;
# values of types the build never writes (an integer label, a fractional offset); links to
# facts and places the database does not hold; the ids of cited sources oddly spaced.
AWKWARD = (
    "UPDATE facts SET label = 'He said \"stop\", then' || char(13, 10) || '停, ' || label "
    "WHERE rowid % 7 = 0",
    "UPDATE facts SET quote = quote || char(92, 34, 1, 9, 10, 13, 8232, 31) || '，“引”' "
    "WHERE rowid % 5 = 0",
    "UPDATE facts SET note = '', unit = '', change = '', period = '', formula = '' "
    "WHERE rowid % 11 = 0",
    "UPDATE facts SET quote = NULL, value_display = NULL, value = NULL WHERE rowid % 13 = 0",
    "UPDATE facts SET quote = '' WHERE rowid % 37 = 0",
    "UPDATE facts SET value_display_zh = value_display WHERE rowid % 17 = 0",
    "UPDATE facts SET label_zh = '标签, \"甲\"' || char(10) || '乙', note_zh = '', "
    "place_label_zh = '', change_zh = '增长' WHERE rowid % 3 = 0",
    "UPDATE facts SET label = 42 WHERE rowid % 19 = 0",
    "UPDATE facts SET quote_start = 1.5, kind = 'derived' WHERE rowid % 23 = 0",
    "UPDATE facts SET describes_id = 'no-such-fact' WHERE rowid % 29 = 0",
    "UPDATE facts SET describes_id = '' WHERE rowid % 41 = 0",
    "UPDATE facts SET cited_sources = ' ' || COALESCE(cited_sources, '') || '  ' "
    "WHERE rowid % 31 = 0",
    "UPDATE facts SET reading = 'unheard-of' WHERE rowid % 43 = 0",
    "UPDATE places SET name = name || '，重庆 \"区\", a' || char(10) WHERE rowid % 3 = 0",
    "UPDATE entities SET name = '\"' || name || '\", 公司'",
    "UPDATE categories SET name = name || ' \"q\", x' WHERE rowid % 2 = 0",
    "INSERT OR IGNORE INTO fact_places SELECT id, 'no-such-place' FROM facts WHERE rowid % 47 = 0",
    "INSERT OR IGNORE INTO fact_inputs SELECT id, 'no-such-input', 9 FROM facts "
    "WHERE rowid % 53 = 0",
)


@pytest.fixture(scope="module")
def awkward_db_path(generated_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return edited_copy(
        generated_db_path, tmp_path_factory.mktemp("awkward") / "awkward.db", *AWKWARD
    )


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def text(self) -> str:
        return "".join(self.parts)


def _streamed(catalog: Catalog, query, sort, fmt: str, words, chinese: bool = False) -> str:
    sink = _Text()
    write_view(catalog, query, sort, fmt, sink, bom=True, words=words, chinese=chinese)
    return sink.text()


def _check_every_view(path: Path) -> None:
    with Catalog.open(path) as catalog:
        sources = catalog.sources()
        for query, sort in VIEWS:
            rows = catalog.rows(query, sort)
            for words in (ENGLISH, MARKED):
                assert _streamed(catalog, query, sort, "csv", words) == csv_text(
                    rows, bom=True, words=words
                ), (query, sort)
                assert _streamed(catalog, query, sort, "csv", words, chinese=True) == csv_text(
                    [in_chinese(row) for row in rows], bom=True, words=words
                ), (query, sort)
                assert _streamed(catalog, query, sort, "json", words) == json_text(
                    catalog.details(query, sort), sources, words
                ), (query, sort)


def test_the_bundled_data_exports_as_the_reference_writes_it(real_db_path):
    _check_every_view(real_db_path)


def test_a_generated_database_exports_as_the_reference_writes_it(generated_db_path):
    _check_every_view(generated_db_path)


def test_awkward_text_exports_as_the_reference_writes_it(awkward_db_path):
    with Catalog.open(awkward_db_path) as catalog:  # the edits took, and some facts are unusual
        values = [v for chunk, _ in catalog.json_values(FactQuery()) for v in chunk]
        assert len(values) > 3000
        assert sum(not v[-1] for v in values) > 100 and sum(bool(v[-1]) for v in values) > 2000
    _check_every_view(awkward_db_path)


def test_text_that_is_not_utf8_exports_as_the_reference_writes_it(tiny_db_path, tmp_path):
    _check_every_view(invalid_utf8_database(tiny_db_path, tmp_path))


def test_what_is_kept_between_chunks_can_be_forgotten(awkward_db_path, monkeypatch):
    # The caches that keep memory bounded are emptied as they fill: the text stays the same.
    # (A place's or organisation's record comes once, with the first chunk that names it.)
    query, sort = FactQuery(), FactSort("label")
    with Catalog.open(awkward_db_path) as catalog:
        whole = {fmt: _streamed(catalog, query, sort, fmt, ENGLISH) for fmt in ("csv", "json")}
        monkeypatch.setattr(view_rows, "_KEPT", 1)
        for fmt in ("csv", "json"):
            assert _streamed(catalog, query, sort, fmt, ENGLISH) == whole[fmt], fmt


def test_json_quote_escapes_every_character_as_the_json_module_does():
    # What makes SQLite's escaping of the JSON export's texts safe: every code point (but the
    # surrogates, which no UTF-8 text holds) comes out of json_quote as json writes it.
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    db = sqlite3.connect(":memory:")
    (quoted,) = db.execute("SELECT json_quote(?)", [text]).fetchone()
    assert quoted == json.encoder.encode_basestring(text)  # type: ignore[attr-defined]
    assert db.execute("SELECT json_quote(NULL), json_quote(-12)").fetchone() == ("null", "-12")
