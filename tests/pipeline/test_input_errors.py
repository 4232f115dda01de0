"""Build input that is not what the build expects: the message names the file, entry and problem."""

from __future__ import annotations

import errno
import tempfile

import pytest
import yaml

from cqdesk.cli import main
from tests.factories import TINY_CATEGORIES, TINY_CHARTS, TINY_FACTS, TINY_PLACES, write_resources


def _with(entries: list[dict], index: int, **changes) -> list[dict]:
    changed = [dict(entry) for entry in entries]
    changed[index].update(changes)
    return changed


def _yaml(folder, name: str, entries) -> None:
    (folder / f"{name}.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")


CASES = {
    "invalid UTF-8": (
        lambda r: (r / "facts.yaml").write_bytes(b"- id: online-sales\n  label: \xff\xfe\n"),
        "facts.yaml: not valid UTF-8 (byte 0xff on line 2); save it as UTF-8",
    ),
    "a folder as the YAML path": (
        lambda r: ((r / "places.yaml").unlink(), (r / "places.yaml").mkdir()),
        "places.yaml: is a folder, not a file",
    ),
    "a non-numeric value": (
        lambda r: _yaml(r, "facts", _with(TINY_FACTS, 0, value="ten billion")),
        "facts.yaml entry 1 ('online-sales'): 'value' must be a number, not 'ten billion'",
    ),
    "a boolean value": (
        lambda r: _yaml(r, "facts", _with(TINY_FACTS, 3, value=True)),
        "facts.yaml entry 4 ('banan-firms'): 'value' must be a number, not True",
    ),
    "a label that is a number": (
        lambda r: _yaml(r, "facts", _with(TINY_FACTS, 1, label=12)),
        "facts.yaml entry 2 ('online-sales-growth'): 'label' must be text, not 12",
    ),
    "places that are not a list": (
        lambda r: _yaml(r, "facts", _with(TINY_FACTS, 0, places="chongqing")),
        "facts.yaml entry 1 ('online-sales'), 'places' must be a list, not 'chongqing'",
    ),
    "children that are not entries": (
        lambda r: _yaml(r, "categories", _with(TINY_CATEGORIES, 1, children=["a"])),
        "categories.yaml entry 2 ('market'), 'children': item 1 must be an entry with fields",
    ),
    "a parent without an id": (
        lambda r: _yaml(r, "places", _with(TINY_PLACES, 0, parents=[{"id": 5}])),
        "places.yaml entry 1 ('lakeside-park'), 'parents' item 1: 'id' must be text, not 5",
    ),
    "a chart bar that is a number": (
        lambda r: _yaml(r, "charts", _with(TINY_CHARTS, 0, facts=[1])),
        "charts.yaml entry 1 ('levels'), 'facts': item 1 must be an entry with fields, not 1",
    ),
    "a CSV in another encoding": (
        lambda r: (r / "gazetteer" / "zone-hosts.csv").write_bytes(b"zone,zone_zh\n\xe5\n"),
        "zone-hosts.csv: not valid UTF-8 (byte 0xe5 on line 2)",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_names_the_file_entry_and_problem(capsys, tmp_path, case):
    change, message = CASES[case]
    resources = write_resources(tmp_path / "resources")
    change(resources)
    out = tmp_path / "out.db"
    assert main(["build", "--resources", str(resources), "-o", str(out)]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("cqdesk build: ") and message in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_a_missing_output_folder(capsys, tmp_path):
    resources = write_resources(tmp_path / "resources")
    out = tmp_path / "no" / "such" / "data.db"
    assert main(["build", "--resources", str(resources), "-o", str(out)]) == 1
    _, err = capsys.readouterr()
    assert err == f"cqdesk build: {out}: the folder {out.parent} does not exist\n"


def test_an_output_path_that_is_a_folder(capsys, tmp_path):
    resources = write_resources(tmp_path / "resources")
    (tmp_path / "taken.db").mkdir()
    assert main(["build", "--resources", str(resources), "-o", str(tmp_path / "taken.db")]) == 1
    assert "is a folder; give the database file to write" in capsys.readouterr().err


def test_an_unwritable_output_folder(capsys, tmp_path, monkeypatch):
    # Root may write anywhere, so the folder's refusal is the system call's.
    resources = write_resources(tmp_path / "resources")
    out = tmp_path / "data.db"
    out.write_bytes(b"old")

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert main(["build", "--resources", str(resources), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"cqdesk build: {out}: cannot write in {tmp_path} (Permission denied)\n"
    assert out.read_bytes() == b"old"
