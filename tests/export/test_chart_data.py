"""Tests for cqdesk.export.chart_data: a chart's bars as TSV, HTML and CSV, and the atomic write."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from cqdesk.export.chart_data import (
    CHART_COLUMNS,
    chart_csv,
    chart_html,
    chart_tsv,
    write_atomically,
)
from cqdesk.export.citation import source_citation
from cqdesk.store.charts import charts
from cqdesk.store.records import Chart, ChartBar
from cqdesk.store.source import sources


@pytest.fixture
def levels(tiny_db) -> Chart:
    return next(chart for chart in charts(tiny_db) if chart.id == "levels")


def test_tsv_has_the_header_and_one_row_per_bar_in_the_chart_order(levels):
    lines = chart_tsv(levels).splitlines()
    assert lines[0].split("\t") == list(CHART_COLUMNS)
    rows = [line.split("\t") for line in lines[1:]]
    assert [row[0] for row in rows] == ["2019", "2020"]
    assert [row[5] for row in rows] == ["derived", "reported"]
    assert rows[1][6] == "online-sales"


def test_a_chosen_bar_alone_and_a_qualifier_as_a_word():
    bar = ChartBar("f", "Merchants", 650000.0, "over 650,000", "lower_bound", "reported")
    chart = Chart("c", "cat", "Merchants <b>", "bar", "merchants", (bar,))
    (row,) = [line.split("\t") for line in chart_tsv(chart, [bar]).splitlines()[1:]]
    assert row == [
        "Merchants",
        "over 650,000",
        "650000",
        "over",
        "merchants",
        "reported",
        "f",
        "",  # a reported figure has no reading
        "",  # a hand-made bar names no source
    ]


def test_html_names_the_chart_escapes_it_and_cites_the_source(tiny_db):
    bar = ChartBar("f", "<i>x</i>", 1.0, "1", None, "reported")
    chart = Chart("c", "cat", "A & B", "bar", "count", (bar,))
    page = chart_html(chart, sources(tiny_db))
    assert "<caption>A &amp; B</caption>" in page
    assert "&lt;i&gt;x&lt;/i&gt;" in page and "<i>x</i>" not in page
    assert "Source: " in page


def test_csv_leads_with_title_and_source_then_the_table(tiny_db, levels):
    text = chart_csv(levels, sources(tiny_db))
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["title", "Online sales by year"]
    assert rows[1] == ["source", source_citation(sources(tiny_db).report)]
    assert rows[2] == []
    assert rows[3] == list(CHART_COLUMNS)
    assert [row[0] for row in rows[4:]] == ["2019", "2020"]


def test_an_atomic_write_replaces_the_file_whole_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "chart.csv"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o644)
    write_atomically(target, "new,“text”\r\n")
    assert target.read_bytes() == "new,“text”\r\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # the file keeps its mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.csv"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "chart.csv"
    target.write_text("old", encoding="utf-8")

    def refuse(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.csv"]


def test_a_new_file_gets_the_usual_mode_not_a_private_one(tmp_path):
    target = tmp_path / "new.csv"
    write_atomically(target, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert isinstance(target, Path)


def test_chart_data_carries_readings_and_cites_every_source(real_db):
    found = {chart.id: chart for chart in charts(real_db)}
    lines = chart_tsv(found["express-parcels-2019-2020"]).splitlines()
    first = dict(zip(CHART_COLUMNS, lines[1].split("\t"), strict=True))
    assert first["reading"] == "assumption (see note)" and first["kind"] == "derived"
    rows = list(csv.reader(io.StringIO(chart_csv(found["chongqing-and-china"], sources(real_db)))))
    cited = [row[1] for row in rows if row and row[0] == "source"]
    assert len(cited) == 3 and "iChongqing" in cited[0]
    page = chart_html(found["chongqing-and-china"], sources(real_db))
    assert page.count("<p>Source: ") == 3
