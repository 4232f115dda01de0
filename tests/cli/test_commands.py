"""Tests for ``cqdesk search``, ``show`` and ``export``: their output and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from cqdesk.cli import main
from cqdesk.cli.terminal import fit, table, width


def run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_an_aligned_table(capsys, tiny_db_path):
    code, out, err = run(capsys, "--db", tiny_db_path, "search", "firms")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "LABEL", "VALUE", "CHANGE", "KIND", "PLACE", "CATEGORY"]
    ids = [line.split()[0] for line in lines[2:]]
    assert ids == ["banan-firms", "shops-per-firm"]
    assert "over 300 firms" in lines[2] and "about 0.07 shops per firm" in lines[3]
    # Every column starts where its header starts.
    starts = [lines[0].index(header) for header in ("LABEL", "KIND", "PLACE")]
    for line in lines[2:]:
        assert [line[start - 2 : start] for start in starts] == ["  "] * 3
    assert err.strip() == "2 facts"


def test_db_option_after_the_sub_command(capsys, tiny_db_path):
    code, out, _ = run(capsys, "search", "Acme", "--db", tiny_db_path)
    assert code == 0 and "acme-yuzhong" in out


def test_search_with_filters_and_chinese(capsys, tiny_db_path):
    code, out, _ = run(capsys, "search", "巴南", "--db", tiny_db_path)
    assert code == 0 and "banan-firms" in out
    code, out, _ = run(
        capsys,
        "search",
        "online",
        "--category",
        "overview",
        "--place",
        "chongqing",
        "--db",
        tiny_db_path,
    )
    assert code == 0
    assert "banan-firms" not in out and "online-sales-2019" in out


def test_search_with_no_match_exits_1(capsys, tiny_db_path):
    code, out, err = run(capsys, "search", "zebra", "--db", tiny_db_path)
    assert (code, out) == (1, "")
    assert "No facts match 'zebra'" in err


def test_search_of_punctuation_only_is_refused(capsys, tiny_db_path):
    code, _, err = run(capsys, "search", "!!!", "--db", tiny_db_path)
    assert code == 1 and "nothing to search for" in err


def test_show_prints_the_fact_its_quote_and_citation(capsys, tiny_db_path):
    code, out, _ = run(capsys, "--db", tiny_db_path, "show", "banan-firms")
    assert code == 0
    assert out.startswith("Firms opened in Banan\n")
    assert "  value      over 300 firms\n" in out
    assert "  qualifier  over\n" in out
    assert "  places     Banan District (巴南区)\n" in out
    assert "\u201cOver 300 firms opened in Banan District\u201d" in out
    assert "Statement by Test Commission, 2021-02-07; published by Test Press" in out


def test_show_a_derived_fact(capsys, tiny_db_path):
    code, out, _ = run(capsys, "show", "shops-per-firm", "--db", tiny_db_path)
    assert code == 0
    assert "derived by cqdesk, not stated in the source" in out
    assert "Formula: lakeside-shops / banan-firms" in out
    assert "\u201cOver 300 firms opened in Banan District\u201d" in out


def test_show_an_unknown_id_suggests_close_ones(capsys, tiny_db_path):
    code, out, err = run(capsys, "show", "banan-firm", "--db", tiny_db_path)
    assert (code, out) == (1, "")
    assert err == "cqdesk show: no fact with id 'banan-firm'. Did you mean banan-firms?\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "x", "--category", "nope"], "no category with id 'nope'"),
        (["search", "x", "--place", "banann"], "no place with id 'banann'. Did you mean banan?"),
        (["export", "--category", "markets"], "Did you mean market"),
        (["export", "--format", "json", "--bom"], "--bom applies to --format csv only"),
        (["export", "--search", "***"], "nothing to search for"),
    ],
)
def test_unknown_ids_and_bad_combinations(capsys, tiny_db_path, argv, message):
    code, out, err = run(capsys, *argv, "--db", tiny_db_path)
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [["search"], ["export", "--format", "xlsx"], ["search", "x", "--sort", "size"], ["show"]],
)
def test_bad_options_exit_2_with_usage(capsys, argv):
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert "usage: cqdesk" in capsys.readouterr().err


def test_missing_and_corrupt_databases(capsys, tmp_path):
    code, _, err = run(capsys, "--db", tmp_path / "none.db", "search", "sales")
    assert code == 1 and err == f"cqdesk search: No database at {tmp_path / 'none.db'}.\n"
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not sqlite" * 100)
    code, _, err = run(capsys, "show", "x", "--db", corrupt)
    assert code == 1 and "is not a readable cqdesk database" in err


def test_export_csv_to_stdout_in_view_order(capsys, tiny_db_path):
    code, out, err = run(
        capsys,
        "export",
        "--category",
        "market",
        "--sort",
        "value",
        "--descending",
        "--db",
        tiny_db_path,
    )
    assert code == 0
    parsed = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["id"] for r in parsed] == [
        "banan-firms",
        "lakeside-shops",
        "shops-per-firm",
        "acme-yuzhong",
    ]
    assert [r["qualifier"] for r in parsed] == ["over", "over", "about", ""]
    assert err == (
        "cqdesk export: 4 facts as CSV, filtered by category Market entities, "
        "sorted by value, descending\n"
    )


def test_export_json_file(capsys, tiny_db_path, tmp_path):
    out_file = tmp_path / "banan.json"
    code, out, err = run(
        capsys,
        "--db",
        tiny_db_path,
        "export",
        "--format",
        "json",
        "--place",
        "banan",
        "-o",
        out_file,
    )
    assert code == 0 and out == ""
    document = json.loads(out_file.read_text(encoding="utf-8"))
    assert [fact["id"] for fact in document["facts"]] == [
        "banan-firms",
        "lakeside-shops",
        "shops-per-firm",
    ]
    assert "filtered by place Banan District" in err and str(out_file) in err


def test_export_csv_with_bom_and_markdown(capsys, tiny_db_path, tmp_path):
    target = tmp_path / "all.csv"
    assert run(capsys, "export", "--bom", "-o", target, "--db", tiny_db_path)[0] == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,label,value,qualifier")
    code, out, _ = run(capsys, "export", "--format", "md", "--search", "Acme", "--db", tiny_db_path)
    assert code == 0 and "| acme-yuzhong |" in out and "[^source]: Statement by" in out


def test_export_to_an_unwritable_place(capsys, tiny_db_path, tmp_path):
    code, _, err = run(
        capsys, "export", "-o", tmp_path / "no" / "such" / "dir.csv", "--db", tiny_db_path
    )
    assert code == 1 and "cannot write" in err and "Traceback" not in err


def test_the_installed_entry_point_exit_codes(tiny_db_path):
    def cqdesk(*argv):
        return subprocess.run(
            [sys.executable, "-m", "cqdesk", *map(str, argv)],
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert cqdesk("--db", tiny_db_path, "show", "online-sales").returncode == 0
    missing = cqdesk("--db", "/nonexistent/x.db", "show", "online-sales")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert cqdesk("export", "--format", "pdf").returncode == 2


def test_terminal_table_aligns_wide_characters():
    text = table(
        ["NAME", "ZH", "N"],
        [["Banan", "巴南区", "1"], ["Yuzhong District", "渝中", "22"]],
        right=frozenset({2}),
    )
    lines = text.splitlines()
    assert len({width(line) for line in lines}) == 1  # the right-aligned last column ends evenly
    zh_start = [
        width(line[: line.index(zh)])
        for line, zh in zip(lines[2:], ["巴南区", "渝中"], strict=True)
    ]
    assert zh_start[0] == zh_start[1] == width(lines[0][: lines[0].index("ZH")])


def test_fit_cuts_by_display_width():
    assert fit("巴南区巴南区", 7) == "巴南区\u2026"
    assert width(fit("巴南区巴南区", 6)) <= 6
    assert fit("two\nlines", None) == "two lines"


def test_export_streams_a_big_view_as_the_window_writes_it(capsys, generated_db_path, tmp_path):
    from cqdesk.export.views import stream_view
    from cqdesk.store import Catalog, FactQuery, FactSort

    query, sort = FactQuery(search="rural"), FactSort("label", descending=True)
    with Catalog.open(generated_db_path) as catalog:
        stream_view(catalog, query, sort, "json", tmp_path / "window.json")
    args = ("--db", generated_db_path, "export", "--format", "json", "--search", "rural")
    args += ("--sort", "label", "--descending")
    code, out, err = run(capsys, *args)
    assert code == 0 and out == (tmp_path / "window.json").read_text(encoding="utf-8")
    count = len(json.loads(out)["facts"])
    assert count > 100 and err.startswith(f"cqdesk export: {count} facts as JSON")
    code, out, _ = run(capsys, *args, "-o", tmp_path / "cli.json")
    assert code == 0 and out == ""
    assert (tmp_path / "cli.json").read_bytes() == (tmp_path / "window.json").read_bytes()
