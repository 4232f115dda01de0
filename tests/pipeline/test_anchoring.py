"""Every fact in the bundled data.db is anchored exactly in the source text, and its number reads right."""

from __future__ import annotations

import math

import pytest

from tests.printed_numbers import parse_printed


def _facts(db, kind=None):
    sql = (
        "SELECT id, kind, quote, quote_start, quote_end, value_start, value_end, value, unit, "
        "note FROM facts"
    )
    rows = db.execute(sql).fetchall()
    return [row for row in rows if kind is None or row[1] == kind]


def _text(db):
    return db.execute("SELECT text FROM sources WHERE kind = 'report'").fetchone()[0]


def test_quotes_are_exact_substrings(real_db):
    texts = dict(
        real_db.execute("SELECT f.id, s.text FROM facts f JOIN sources s ON s.id = f.source_id")
    )
    for fact_id, kind, quote, start, end, *_ in _facts(real_db):
        if kind in ("derived", "reference"):
            assert quote is None and start is None, f"{fact_id}: a {kind} fact has no quote"
        else:
            assert texts[fact_id] == _text(real_db), f"{fact_id}: quoted from the report"
            assert texts[fact_id][start:end] == quote, fact_id


def test_value_span_lies_inside_quote(real_db):
    for fact_id, _kind, _quote, start, end, value_start, value_end, *_ in _facts(
        real_db, "reported"
    ):
        assert start <= value_start < value_end <= end, fact_id


def test_statements_have_no_value(real_db):
    for fact_id, *_rest, value, unit, _note in _facts(real_db, "statement"):
        assert value is None and unit is None, fact_id


def _unit_agrees(family, unit, note):
    if family == "%" and unit == "pp":
        # The report writes some gaps as "1.49% higher"; they are stored as points, and say so.
        return "percentage points" in (note or "")
    if family is None:
        return unit not in {"CNY", "USD", "%", "pp"}
    return family == unit


def test_printed_number_parses_to_stored_value_and_unit(real_db):
    text = _text(real_db)
    for fact_id, _k, _q, _s, _e, value_start, value_end, value, unit, note in _facts(
        real_db, "reported"
    ):
        printed = text[value_start:value_end]
        parsed, family = parse_printed(printed)
        assert math.isclose(parsed, value, rel_tol=1e-12), (fact_id, printed, value)
        assert _unit_agrees(family, unit, note), (fact_id, printed, unit)


def test_summary_mentions_repeat_the_same_number(real_db):
    text = _text(real_db)
    mentions = real_db.execute(
        "SELECT m.fact_id, m.value_start, m.value_end, f.value_start, f.value_end, m.quote_start "
        "FROM fact_mentions m JOIN facts f ON f.id = m.fact_id"
    ).fetchall()
    assert mentions, "the summary bullets repeat figures; their mentions must be recorded"
    body_start = text.index("Chongqing-In 2020")
    for fact_id, m_start, m_end, f_start, f_end, quote_start in mentions:
        assert quote_start < body_start, fact_id
        assert text[m_start:m_end] == text[f_start:f_end], fact_id


@pytest.mark.parametrize("qualifier", ["lower_bound", "approximate"])
def test_qualified_facts_show_their_qualifier(real_db, qualifier):
    rows = real_db.execute("SELECT id, value_display FROM facts WHERE qualifier = ?", [qualifier])
    words = {"lower_bound": "over ", "approximate": "about "}
    for fact_id, display in rows:
        assert display.startswith(words[qualifier]), fact_id
