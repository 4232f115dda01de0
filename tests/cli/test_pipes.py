"""The command line in a pipe: data on stdout, messages on stderr, formats, full labels, versions."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from cqdesk.cli import main
from cqdesk.cli import search as search_command
from cqdesk.export import COLUMNS
from tests.factories import edited_copy

LONG_LABEL = "Firms opened in Banan, counted over the whole of the year the report describes"


def run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def long_label_db(tiny_db_path, tmp_path):
    return edited_copy(
        tiny_db_path,
        tmp_path / "long.db",
        f"UPDATE facts SET label = '{LONG_LABEL}' WHERE id = 'banan-firms'",
    )


def test_a_pipe_gets_every_label_whole(capsys, long_label_db):
    code, out, _ = run(capsys, "search", "firms", "--db", long_label_db)
    assert code == 0 and LONG_LABEL in out and "\u2026" not in out


def test_a_terminal_gets_labels_cut_to_fit(capsys, long_label_db, monkeypatch):
    monkeypatch.setattr(search_command, "to_terminal", lambda: True)
    code, out, _ = run(capsys, "search", "firms", "--db", long_label_db)
    assert code == 0 and LONG_LABEL not in out and "Firms opened in Banan, counted" in out
    assert "\u2026" in out


@pytest.mark.parametrize(("fmt", "delimiter"), [("tsv", "\t"), ("csv", ",")])
def test_search_as_tsv_and_csv(capsys, tiny_db_path, fmt, delimiter):
    code, out, err = run(capsys, "search", "firms", "--format", fmt, "--db", tiny_db_path)
    assert code == 0 and err == "2 facts\n"
    records = list(csv.DictReader(io.StringIO(out, newline=""), delimiter=delimiter))
    assert [r["id"] for r in records] == ["banan-firms", "shops-per-firm"]
    assert list(records[0]) == list(COLUMNS)
    assert (records[0]["value"], records[0]["qualifier"]) == ("300", "over")


def test_search_as_json(capsys, tiny_db_path):
    code, out, _ = run(capsys, "search", "巴南", "--format", "json", "--db", tiny_db_path)
    document = json.loads(out)
    assert code == 0 and document["count"] == len(document["facts"]) >= 1
    assert "banan-firms" in [fact["id"] for fact in document["facts"]]
    assert document["source"]["licences"]["code"] == "MIT"


def test_show_in_every_format(capsys, tiny_db_path):
    code, out, _ = run(capsys, "show", "banan-firms", "--format", "json", "--db", tiny_db_path)
    document = json.loads(out)
    assert code == 0 and document["fact"]["id"] == "banan-firms"
    assert document["fact"]["value"] == 300 and document["fact"]["qualifier"] == "over"
    assert document["source"]["statement_by"] == "Test Commission"
    for fmt, delimiter in (("tsv", "\t"), ("csv", ",")):
        code, out, _ = run(capsys, "show", "banan-firms", "--format", fmt, "--db", tiny_db_path)
        (record,) = csv.DictReader(io.StringIO(out, newline=""), delimiter=delimiter)
        assert code == 0 and record["id"] == "banan-firms" and record["unit"] == "firms"
    code, out, _ = run(capsys, "show", "banan-firms", "--format", "table", "--db", tiny_db_path)
    assert out.startswith("Firms opened in Banan\n")


def test_build_narrates_on_stderr_only(capsys, tmp_path, tiny_db_path):
    resources = tiny_db_path.parent / "resources"
    code, out, err = run(capsys, "build", "--resources", resources, "-o", tmp_path / "x.db")
    assert (code, out) == (0, "") and err.startswith("wrote ")


def test_help_documents_the_exit_codes(capsys):
    for argv in ([], ["search"], ["show"]):
        with pytest.raises(SystemExit) as stop:
            main([*argv, "--help"])
        assert stop.value.code == 0
        out = capsys.readouterr().out
        assert "Exit status: 0 on success; 1 when nothing matched" in " ".join(out.split())
        assert "2 for a bad command line" in " ".join(out.split())


def test_version_names_qt_pyside_pyqtgraph_and_sqlite():
    import sqlite3

    import PySide6
    from PySide6.QtCore import qVersion

    done = subprocess.run(
        [sys.executable, "-m", "cqdesk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith("cqdesk 0.")
    assert f"Qt {qVersion()}" in lines and f"PySide6 {PySide6.__version__}" in lines
    assert f"SQLite {sqlite3.sqlite_version}" in lines
    assert any(line.startswith("pyqtgraph 0.") for line in lines)
