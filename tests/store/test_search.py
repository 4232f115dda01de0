"""Search accepts anything a person can type, and never raises."""

from __future__ import annotations

import pytest

from cqdesk.store import FactQuery
from cqdesk.store.facts import count_facts, fact_rows
from cqdesk.store.search import match_expression

HOSTILE = [
    '"',
    '""',
    "'",
    "AND",
    "OR",
    "NOT",
    "*",
    "NEAR(",
    "NEAR(a b",
    "10%",
    "C++",
    "park -lake",
    "巴南",
    '"\n',
    "a\x00b",
    "\x00",
    "(",
    ")",
    "^",
    ":",
    "label:",
    "{",
    "a OR",
    "-",
    "_",
    "%_%",
    "\\",
    "';DROP TABLE facts;--",
    "💥",
    "\ud800",
    " " * 1000,
    "x" * 10000,
    "col:value",
    "a AND OR b",
    'he said "hi',
    "\t\r\n",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_never_raises(tiny_db, text):
    count = count_facts(tiny_db, FactQuery(search=text))
    rows = fact_rows(tiny_db, FactQuery(search=text), limit=5)
    assert count >= len(rows)


def test_real_database_takes_hostile_input(real_db):
    for text in HOSTILE:
        count_facts(real_db, FactQuery(search=text))


def test_punctuation_only_means_no_search():
    assert match_expression('" * ( - %') is None
    assert match_expression("") is None


def test_terms_become_prefix_phrases():
    assert match_expression("24.33 巴南") == '"24 33"* "巴南"*'
    assert match_expression('NEAR("x" AND y*)') == '"NEAR x"* "AND"* "y"*'


def test_like_wildcards_are_literal_in_search(tiny_db):
    # % and _ are separators for the search, never wildcards matching everything.
    assert count_facts(tiny_db, FactQuery(search="%")) == count_facts(tiny_db, FactQuery())
    assert count_facts(tiny_db, FactQuery(search="10% zzz")) == 0


def test_thousands_separators_are_dropped_between_digits():
    from cqdesk.text.formatting import without_separators

    assert without_separators("1,827,000 and 650,000; a,b 1,5 12,3456") == (
        "1827000 and 650000; a,b 1,5 12,3456"
    )
    assert match_expression("650,000") == '"650000"*'


def test_fill_puts_values_in_once():
    from cqdesk.text.formatting import fill

    assert fill("No facts match “%1”%2.", "%2", " for Banan") == "No facts match “%2” for Banan."
    assert fill("%1 and %3", "a") == "a and %3"
