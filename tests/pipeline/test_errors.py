"""The build fails with a message that names the entry to fix, never a traceback from deep inside."""

from __future__ import annotations

import copy
import sqlite3

import pytest

from cqdesk.cli import main
from cqdesk.pipeline import BuildError
from tests.factories import TINY_CHARTS, TINY_FACTS, build_tiny, write_resources


def _facts_with(**changes):
    facts = copy.deepcopy(TINY_FACTS)
    facts[3].update(changes)
    return facts


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"quote": "Over 301 firms"}, "is not in the text"),
        ({"quote": "Banan"}, "occurs 2 times"),
        ({"value_text": "400"}, "value_text"),
        ({"category": "nowhere"}, "unknown category"),
        ({"places": ["atlantis"]}, "unknown place"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"value": float("nan")}, "finite"),
    ],
)
def test_bad_fact_entries_name_the_problem(tmp_path, changes, message):
    with pytest.raises(BuildError, match=message) as error:
        build_tiny(tmp_path, facts=_facts_with(**changes))
    assert "banan-firms" in str(error.value)


def test_occurrence_picks_one_of_several(tmp_path):
    facts = copy.deepcopy(TINY_FACTS) + [
        {
            "id": "banan-again",
            "kind": "statement",
            "category": "market-firms",
            "label": "Banan, second mention",
            "quote": "Banan",
            "occurrence": 2,
            "places": ["banan"],
        }
    ]
    db_path = build_tiny(tmp_path, facts=facts)
    text = (tmp_path / "resources" / "source" / "chongqing-ecommerce-2020.txt").read_text()
    connection = sqlite3.connect(db_path)
    start = connection.execute("SELECT quote_start FROM facts WHERE id = 'banan-again'").fetchone()[
        0
    ]
    assert start == text.index("Banan", text.index("Banan") + 1)


def test_summary_quotes_are_refused(tmp_path):
    with pytest.raises(BuildError, match="summary bullets"):
        build_tiny(tmp_path, facts=_facts_with(quote="Online sales were 10.5", value_text="10.5"))


def test_edited_source_is_refused(tmp_path):
    resources = write_resources(tmp_path / "res")
    source = resources / "source" / "chongqing-ecommerce-2020.txt"
    source.write_text(source.read_text(encoding="utf-8") + " edited", encoding="utf-8")
    from cqdesk.pipeline import build_database

    with pytest.raises(BuildError, match="sha256"):
        build_database(resources, tmp_path / "x.db")


def test_chart_mixing_money_and_counts_is_refused(tmp_path):
    charts = copy.deepcopy(TINY_CHARTS)
    charts[0]["facts"].append({"fact": "banan-firms", "label": "Firms"})
    with pytest.raises(BuildError, match="mix units"):
        build_tiny(tmp_path, charts=charts)


def test_cli_build_reports_errors_plainly(tmp_path, capsys):
    resources = write_resources(tmp_path / "res", facts=_facts_with(quote="nowhere to be found"))
    code = main(["build", "--resources", str(resources), "-o", str(tmp_path / "x.db")])
    captured = capsys.readouterr()
    assert code == 1
    assert "cqdesk build:" in captured.err and "Traceback" not in captured.err
