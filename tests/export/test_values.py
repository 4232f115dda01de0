"""Tests for cqdesk.export.values: plain numbers, qualifier words and values as printed."""

from __future__ import annotations

import dataclasses

import pytest

from cqdesk.export import as_printed, number, plain, qualifier
from cqdesk.store import open_database
from cqdesk.store.facts import fact_row_by_id
from tests.factories import edited_copy


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (135050000000.0, "135050000000"),
        (13.05, "13.05"),
        (9333333333.333334, "9333333333.33333"),  # 16 significant digits: the last is noise
        (13.05 - 10.9, "2.15"),  # 2.1500000000000004
        (0.00001, "0.00001"),
        (1e20, "100000000000000000000"),
        (-2.5, "-2.5"),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_plain_numbers_have_no_grouping_exponent_or_noise(value, text):
    assert plain(value) == text
    if text:
        # The value back, to the 15 significant digits a double always keeps.
        assert float(text) == float(f"{value:.15g}")


def test_number_is_the_value_alone(tiny_db):
    assert number(fact_row_by_id(tiny_db, "online-sales")) == "10500000000"
    assert number(fact_row_by_id(tiny_db, "online-sales-growth")) == "12.5"
    assert number(fact_row_by_id(tiny_db, "acme-yuzhong")) == ""


def test_qualifier_is_a_word(tiny_db):
    assert qualifier(fact_row_by_id(tiny_db, "banan-firms")) == "over"
    assert qualifier(fact_row_by_id(tiny_db, "shops-per-firm")) == "about"
    assert qualifier(fact_row_by_id(tiny_db, "online-sales")) == ""


def test_as_printed_adds_the_unit_noun_only_where_missing(tiny_db):
    assert as_printed(fact_row_by_id(tiny_db, "online-sales")) == "10.5 billion yuan"
    assert as_printed(fact_row_by_id(tiny_db, "banan-firms")) == "over 300 firms"
    assert as_printed(fact_row_by_id(tiny_db, "online-sales-growth")) == "12.5%"
    assert as_printed(fact_row_by_id(tiny_db, "online-sales-gap")) == "2%"
    assert as_printed(fact_row_by_id(tiny_db, "shops-per-firm")) == "about 0.07 shops per firm"
    assert as_printed(fact_row_by_id(tiny_db, "acme-yuzhong")) == ""


def test_a_qualifier_the_stored_display_lacks_is_added_once_by_the_store(tiny_db_path, tmp_path):
    # A hand-made database may store "300" for a lower bound: the store's row says "over 300",
    # and every reader (here as_printed) takes that as it is, adding nothing again.
    edited = edited_copy(
        tiny_db_path,
        tmp_path / "bare.db",
        "UPDATE facts SET value_display = '300' WHERE id = 'banan-firms'",
    )
    db = open_database(edited)
    try:
        row = fact_row_by_id(db, "banan-firms")
    finally:
        db.close()
    assert row.value_display == "over 300"
    assert as_printed(row) == "over 300 firms"


@pytest.mark.parametrize(
    ("display", "unit", "printed"),
    [
        ("about USD 21 billion", "USD", "about USD 21 billion"),
        ("about 6.43 yuan per USD", "CNY/USD", "about 6.43 yuan per USD"),
        ("107.43", "people/session", "107.43 people per session"),
        ("590 million", "parcels", "590 million parcels"),
    ],
)
def test_as_printed_units_of_the_real_kinds(tiny_db, display, unit, printed):
    row = dataclasses.replace(
        fact_row_by_id(tiny_db, "online-sales"), value_display=display, unit=unit
    )
    assert as_printed(row) == printed


def test_a_row_in_chinese_carries_its_chinese_note_and_organisations(real_db, tiny_db):
    from cqdesk.export.values import in_chinese

    row = in_chinese(fact_row_by_id(real_db, "hema-qinma-online-orders"))
    assert row.entity_label == "盒马鲜生、Qin Ma"  # an unknown official name stays English
    row = in_chinese(fact_row_by_id(real_db, "implied-cny-per-usd"))
    assert row.note is not None and "很可能" in row.note and "6.28至6.59" in row.note
    assert row.value == fact_row_by_id(real_db, "implied-cny-per-usd").value
    # Where a note has no translation the English stays, never a blank.
    english = fact_row_by_id(tiny_db, "online-sales-gap")
    assert english.note and english.note_zh is None
    assert in_chinese(english).note == english.note
