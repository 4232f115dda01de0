"""``cqdesk show``'s number field, for every fact of the bundled data.db: the stored value without
float noise, in at most 15 significant digits, and unchanged wherever it has no more."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest

from cqdesk.cli import main
from tests.locations import REPO

with closing(sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True)) as _db:
    VALUES = dict(_db.execute("SELECT id, value FROM facts WHERE value IS NOT NULL ORDER BY id"))


def significant_digits(text: str) -> int:
    return len(Decimal(text).normalize().as_tuple().digits)


def number_field(capsys, real_db_path, fact_id: str) -> str:
    assert main(["show", fact_id, "--db", str(real_db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    (field,) = [line.split()[1] for line in lines if line.split()[:1] == ["number"]]
    return field


@pytest.mark.parametrize("fact_id", sorted(VALUES))
def test_the_number_field_is_the_value_without_noise(capsys, real_db_path, fact_id):
    value = VALUES[fact_id]
    field = number_field(capsys, real_db_path, fact_id)
    assert significant_digits(field) <= 15, field
    assert "e" not in field.lower() and "," not in field
    # The stored value to the 15 significant digits a double always keeps...
    assert float(field) == float(f"{value:.15g}")
    # ...which, for a value written with no more digits than that, is the value itself.
    if significant_digits(repr(value)) <= 15:
        assert float(field) == value


def test_arithmetic_noise_is_gone_where_the_data_has_it():
    noisy = [fact_id for fact_id, value in VALUES.items() if significant_digits(repr(value)) > 15]
    assert "online-retail-growth-gap-to-national" in noisy  # 13.05 - 10.9 = 2.1500000000000004
