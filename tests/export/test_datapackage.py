"""``cqdesk export --format datapackage``: a Frictionless Data Package that validates, and fails
validation when one byte of the source text changes."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3

import pytest

from cqdesk.cli import main

frictionless = pytest.importorskip("frictionless")

LINKS = {"fact_places", "fact_entities", "fact_inputs", "place_parents", "chart_facts"}


def export(capsys, db_path, target, *extra):
    code = main(
        ["export", "--format", "datapackage", "-o", str(target), "--db", str(db_path), *extra]
    )
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def package(capsys, tiny_db_path, tmp_path):
    target = tmp_path / "package"
    code, out, err = export(capsys, tiny_db_path, target)
    assert (code, out) == (0, "") and str(target) in err
    return target


def descriptor(package):
    return json.loads((package / "datapackage.json").read_text(encoding="utf-8"))


def text_resource(package):
    (resource,) = [r for r in descriptor(package)["resources"] if r["path"].startswith("source/")]
    return resource


def test_the_package_validates(package):
    report = frictionless.validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])


def test_it_holds_every_table_with_its_rows(package, tiny_db_path):
    resources = {r["name"]: r for r in descriptor(package)["resources"]}
    assert {"facts", "places", "entities", "categories", "sources"} | LINKS <= set(resources)
    assert "search_index" not in resources and "meta" not in resources
    with sqlite3.connect(tiny_db_path) as db:
        for name in {"facts", "places", "entities", "categories"} | LINKS:
            (count,) = db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()
            with (package / resources[name]["path"]).open(encoding="utf-8", newline="") as f:
                assert len(list(csv.DictReader(f))) == count, name
        positions = [p for (p,) in db.execute("SELECT position FROM facts ORDER BY position")]
    with (package / "data/facts.csv").open(encoding="utf-8", newline="") as f:
        facts = list(csv.DictReader(f))
    assert [int(row["position"]) for row in facts] == positions  # the report's order
    banan = next(row for row in facts if row["id"] == "banan-firms")
    assert (banan["value"], banan["unit"], banan["qualifier"]) == ("300.0", "firms", "lower_bound")


def test_schemas_carry_types_keys_and_units(package):
    resources = {r["name"]: r for r in descriptor(package)["resources"]}
    facts = resources["facts"]["schema"]
    fields = {field["name"]: field for field in facts["fields"]}
    assert fields["value"]["type"] == "number" and fields["position"]["type"] == "integer"
    assert "135.05 billion yuan is 135050000000" in fields["value"]["description"]
    assert "percentage points" in fields["unit"]["description"]
    assert facts["primaryKey"] == ["id"]
    assert {"fields": "category_id", "reference": {"resource": "categories", "fields": "id"}} in (
        facts["foreignKeys"]
    )
    assert {"fields": "describes_id", "reference": {"resource": "", "fields": "id"}} in (
        facts["foreignKeys"]
    )
    assert resources["fact_places"]["schema"]["primaryKey"] == ["fact_id", "place_id"]


def test_the_source_text_travels_with_its_sha256_and_licences(package, tiny_db_path):
    resource = text_resource(package)
    data = (package / resource["path"]).read_bytes()
    with sqlite3.connect(tiny_db_path) as db:
        ((text, sha256),) = db.execute("SELECT text, sha256 FROM sources").fetchall()
    assert data == text.encode("utf-8")
    assert resource["hash"] == f"sha256:{sha256}" == f"sha256:{hashlib.sha256(data).hexdigest()}"
    assert resource["bytes"] == len(data)
    assert "remain Test Press's" in resource["description"]
    assert resource["licenses"][0]["name"] == "LicenseRef-publisher"
    document = descriptor(package)
    assert document["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 International",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
    ]
    assert "MIT" in document["x_licences_note"]
    assert document["sources"][0]["path"] == "https://example.org/tiny"


def test_one_changed_byte_of_the_source_fails_validation(package):
    path = package / text_resource(package)["path"]
    data = bytearray(path.read_bytes())
    data[10] ^= 0x01  # same length: only the hash can tell
    path.write_bytes(bytes(data))
    report = frictionless.validate(str(package / "datapackage.json"))
    assert not report.valid
    assert {error.type for task in report.tasks for error in task.errors} == {"hash-count"}


def test_a_broken_link_fails_validation(package):
    path = package / "data/fact_places.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = "no-such-fact," + lines[1].split(",", 1)[1]
    path.write_text("".join(lines), encoding="utf-8", newline="")
    report = frictionless.validate(str(package / "datapackage.json"))
    assert not report.valid and "foreign-key" in {e.type for t in report.tasks for e in t.errors}


def test_a_new_export_replaces_an_old_package_whole(capsys, package, tiny_db_path):
    (package / "data" / "stale.csv").write_text("left from before", encoding="utf-8")
    code, _, _ = export(capsys, tiny_db_path, package)
    assert code == 0 and not (package / "data" / "stale.csv").exists()
    assert frictionless.validate(str(package / "datapackage.json")).valid
    assert [p.name for p in package.parent.iterdir() if p.name.startswith(".")] == []


def test_it_never_writes_over_a_folder_that_is_not_a_package(capsys, tiny_db_path, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    code, out, err = export(capsys, tiny_db_path, tmp_path / "mine")
    assert (code, out) == (1, "") and "is not a data package" in err
    assert (tmp_path / "mine" / "notes.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--place", "banan"], "holds the whole database"), (["--sort", "value"], "drop the filters")],
)
def test_filters_are_refused(capsys, tiny_db_path, tmp_path, extra, message):
    code, _, err = export(capsys, tiny_db_path, tmp_path / "p", *extra)
    assert code == 1 and message in err and not (tmp_path / "p").exists()


def test_a_folder_is_required(capsys, tiny_db_path):
    code = main(["export", "--format", "datapackage", "--db", str(tiny_db_path)])
    assert code == 1 and "give it with -o DIR" in capsys.readouterr().err
