"""The README's Datasette and sqlite-utils commands, run in-process on the bundled data.db."""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from click.testing import CliRunner

from cqdesk.paths import datasette_metadata
from cqdesk.pipeline.lookups import LOOKUP_TABLES
from cqdesk.pipeline.schema import TABLES
from tests.locations import REPO

datasette_cli = pytest.importorskip("datasette.cli").cli
sqlite_utils_cli = pytest.importorskip("sqlite_utils.cli").cli

CHECKOUT = REPO
README = CHECKOUT / "README.md"


def shell_lines() -> list[str]:
    """The lines of the README's ``sh`` code blocks."""
    lines, inside = [], False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line == "```sh"
        elif inside:
            lines.append(line)
    return lines


def readme_command(program: str) -> list[str]:
    """The arguments of the README's one shell line that runs ``program`` (after any ``&&``)."""
    found = []
    for line in shell_lines():
        for part in line.split("&&"):
            words = shlex.split(part, comments=True)
            if words and words[0] == program:
                found.append(words[1:])
    return found


def datasette_get(path: str) -> dict | list | str:
    """Datasette's answer to ``path``, from the README's command with ``--get`` (no socket)."""
    (arguments,) = readme_command("datasette")
    result = CliRunner().invoke(datasette_cli, [*arguments, "--get", path])
    assert result.exit_code == 0, result.output
    return json.loads(result.output) if ".json" in path else result.output


@pytest.fixture(autouse=True)
def in_the_checkout(monkeypatch):
    # The README's commands name data.db and the metadata file relative to the clone's root.
    monkeypatch.chdir(CHECKOUT)


def metadata() -> dict:
    return yaml.safe_load(datasette_metadata().read_text(encoding="utf-8"))


def test_the_readme_names_the_shipped_metadata_file():
    (arguments,) = readme_command("datasette")
    assert "--immutable" in arguments and "data.db" in arguments
    shipped = Path(arguments[arguments.index("--metadata") + 1]).resolve()
    assert shipped == datasette_metadata()


def test_every_table_and_column_of_the_schema_is_described():
    tables = metadata()["databases"]["data"]["tables"]
    with sqlite3.connect(CHECKOUT / "data.db") as db:
        in_file = {
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("search_index_fts")
        }
        in_columns = {
            name: {row[1] for row in db.execute(f"PRAGMA table_info({name})")} for name in in_file
        }
    assert set(tables) == set(TABLES) | set(LOOKUP_TABLES) == in_file
    for name in in_file:
        described = tables[name]["columns"]
        # Every column the schema declares and every one the build adds (the Chinese forms).
        assert set(TABLES.get(name, {}).get("columns", ())) <= in_columns[name], name
        assert set(described) == in_columns[name], name
        assert tables[name]["description"].strip(), name
        assert all(text.strip() for text in described.values()), name


def test_the_instance_is_titled_sourced_and_licensed():
    served = datasette_get("/-/metadata.json")
    assert served["title"].startswith("cqdesk")
    assert "CC BY 4.0" in served["license"] and "iChongqing" in served["license"]
    assert served["license_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert served["source_url"].startswith("https://www.ichongqing.info/2021/02/08/")
    assert "MIT" in served["description_html"]


def test_facts_come_in_the_report_order_with_facets():
    page = datasette_get("/data/facts.json?_shape=objects&_size=max")
    positions = [row["position"] for row in page["rows"]]
    assert positions == sorted(positions) and page["rows"][0]["id"] == "online-retail-sales"
    facets = page["facet_results"]
    assert set(facets) == {"kind", "unit", "category_id", "place_label"}
    kinds = {item["value"] for item in facets["kind"]["results"]}
    assert kinds == {"reported", "statement", "derived", "reference"}
    # A facet on a foreign key shows the category's name, not its id.
    with sqlite3.connect(CHECKOUT / "data.db") as db:
        names = dict(db.execute("SELECT id, name FROM categories"))
    shown = {item["value"]: item["label"] for item in facets["category_id"]["results"]}
    assert shown and all(label == names[value] for value, label in shown.items())


def test_tables_and_columns_show_their_descriptions():
    html = datasette_get("/data/facts")
    assert "One row per fact, in the report" in html
    assert "135.05 billion yuan is 135050000000" in html  # the value column's unit
    assert 'data-column="value"' in html


def test_junction_tables_show_names_not_bare_ids():
    page = datasette_get("/data/fact_places.json?_labels=on&_shape=objects&_size=1")
    (row,) = page["rows"]
    assert set(row["place_id"]) == {"value", "label"}
    assert row["place_id"]["label"] != row["place_id"]["value"]
    assert row["fact_id"]["label"] and row["fact_id"]["label"] != row["fact_id"]["value"]


def test_full_text_search_finds_a_number_as_printed():
    page = datasette_get("/data/search_index.json?_search=24.33&_shape=objects&_labels=on")
    ids = [row["fact_id"]["value"] for row in page["rows"]]
    assert "rural-online-retail-sales" in ids
    assert page["rows"][0]["fact_id"]["label"]  # linked to its fact, by label


def test_canned_queries_find_a_place_and_a_search():
    banan = datasette_get("/data/facts_about_a_place.json?place=banan&_shape=array")
    assert banan and all(row["id"] for row in banan)
    assert any("Banan" in (row["place_label"] or "") for row in banan)
    found = datasette_get("/data/search_facts.json?text=24.33&_shape=array")
    assert found[0]["value_display"] == "24.33 billion yuan"
    # The Chinese name finds the same facts as the place: the district's and its parks'.
    chinese = datasette_get("/data/search_facts.json?text=巴南&_shape=array")
    assert {row["id"] for row in chinese} == {row["id"] for row in banan}


def test_every_sqlite_utils_command_in_the_readme_works():
    commands = readme_command("sqlite-utils")
    assert any(words[0] == "search" for words in commands)
    for words in commands:
        result = CliRunner().invoke(sqlite_utils_cli, words)
        assert result.exit_code == 0, f"sqlite-utils {shlex.join(words)}: {result.output}"
        assert json.loads(result.output), shlex.join(words)


def test_sqlite_utils_search_for_a_number_needs_quote():
    # FTS5 reads 24.33 as query syntax (a "." is no part of a bare word) before any tokenizer
    # sees it, so no index can fix it: --quote makes it a phrase, as the README says.
    bare = CliRunner().invoke(sqlite_utils_cli, ["search", "data.db", "search_index", "24.33"])
    assert bare.exit_code != 0 and "syntax error" in bare.output
    quoted = CliRunner().invoke(
        sqlite_utils_cli, ["search", "data.db", "search_index", "24.33", "--quote"]
    )
    assert quoted.exit_code == 0
    ids = [row["fact_id"] for row in json.loads(quoted.output)]
    assert "rural-online-retail-sales" in ids and re.search(r"24\.33", quoted.output)


@pytest.mark.parametrize(
    ("typed", "fact_id"),
    [
        ("村", "rural-online-retail-sales"),
        ("巴南", "banan-zhongtong-settlement"),
        ("村网络零售", "rural-online-retail-sales"),  # five characters: found nothing before
        ("区县农村网络零售", "rural-sales-key-districts"),
        ("集群、基地和园区", "ecommerce-clusters"),  # a whole category name, punctuation and all
        ("1350.5亿", "online-retail-sales"),
        ("Nanan", "nanan-projects"),
    ],
)
def test_the_search_box_finds_any_piece_of_a_chinese_text(typed, fact_id):
    """Datasette's own search box (?_search=, escaped its way), not a copy of its quoting."""
    page = datasette_get(f"/data/search_index.json?_search={quote(typed)}&_shape=objects&_size=max")
    assert fact_id in [row["fact_id"] for row in page["rows"]]
