"""Every derived fact carries its reading, and every face shows it: table, detail, chart, copies, exports."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cqdesk.export import COLUMNS, csv_text, markdown, render, tsv
from cqdesk.models.fact_table_model import COL_READING, FACT_ROW_ROLE, HEADERS
from cqdesk.pipeline import BuildError
from cqdesk.store.charts import charts
from cqdesk.store.details import fact_details
from cqdesk.store.facts import fact_rows_by_id
from cqdesk.store.records import FactQuery
from cqdesk.store.source import sources
from cqdesk.text.readings import READINGS, reading_name
from tests.export.test_tables import parse_html
from tests.factories import TINY_DERIVED, build_tiny
from tests.ui.actions.test_copy_controller import press_copy, select

ASSUMED = "shops-per-firm"  # the tiny database's derived fact whose reading is "assumption"


def test_every_derived_fact_of_the_real_database_has_a_reading_and_others_none(real_db):
    for fact_id, kind, reading, note in real_db.execute(
        "SELECT id, kind, reading, note FROM facts"
    ):
        if kind == "derived":
            assert reading in READINGS, fact_id
            assert reading == "exact" or note, f"{fact_id}: a {reading} reading says why"
        else:
            assert reading is None, fact_id


@pytest.mark.parametrize(
    ("change", "message"),
    [({"reading": None}, "reading must be one of"), ({"note": None}, "needs a note")],
)
def test_the_build_refuses_a_derived_fact_without_an_honest_reading(tmp_path, change, message):
    derived = [dict(TINY_DERIVED[0]), {**TINY_DERIVED[1], **change}]
    with pytest.raises(BuildError, match=message):
        build_tiny(tmp_path, derived=derived)


def test_the_table_has_a_reading_column(qapp, window):
    model = window.fact_table.model_
    assert model.headerData(COL_READING, Qt.Orientation.Horizontal) == HEADERS[COL_READING]
    cells = {}
    for row in range(model.rowCount()):
        fact = model.data(model.index(row, 0), FACT_ROW_ROLE)
        cells[fact.id] = model.data(model.index(row, COL_READING))
        tooltip = model.data(model.index(row, COL_READING), Qt.ItemDataRole.ToolTipRole)
        if fact.id == ASSUMED:
            assert "Reading: assumption (see note)" in tooltip
    assert cells[ASSUMED] == "assumption"
    assert cells["online-sales-2019"] == "exact"
    assert cells["banan-firms"] == ""


def test_the_detail_pane_shows_the_reading(qtbot, window):
    window.fact_table.select_fact(ASSUMED)
    text = window.detail_pane.toPlainText()
    assert "Reading" in text and "assumption (see note)" in text
    assert "Rests on an assumption, which the note states." in text


def test_tsv_and_html_copies_carry_the_reading(qtbot, window):
    select(qtbot, window, ASSUMED)
    press_copy(qtbot, window)
    mime = QApplication.clipboard().mimeData()
    rows = list(csv.DictReader(io.StringIO(mime.text(), newline=""), delimiter="\t"))
    assert rows[0]["reading"] == reading_name("assumption")
    parsed = parse_html(mime.html())
    assert parsed.rows[0][COLUMNS.index("reading")] == "assumption (see note)"


def test_csv_and_markdown_carry_reading_formula_note_and_organisations(tiny_db):
    rows = fact_rows_by_id(tiny_db, [ASSUMED, "acme-yuzhong"])
    records = list(csv.DictReader(io.StringIO(csv_text(rows), newline="")))
    derived, statement = records
    assert derived["reading"] == "assumption (see note)"
    assert derived["formula"] == "lakeside-shops / banan-firms"
    assert derived["note"].startswith("Both inputs are lower bounds")
    assert statement["organisations"] == "Acme"
    text = markdown(rows, sources(tiny_db))
    line = next(line for line in text.splitlines() if line.startswith(f"| {ASSUMED} "))
    assert "assumption (see note)" in line and "lakeside-shops / banan-firms" in line
    assert "Both inputs are lower bounds" in line
    assert "| Acme |" in text
    assert tsv(rows).splitlines()[0].split("\t") == list(COLUMNS)


def test_json_carries_the_reading_and_its_meaning(tiny_db):
    details = fact_details(tiny_db, FactQuery())
    data = json.loads(render("json", [d.row for d in details], sources(tiny_db), details=details))
    by_id = {fact["id"]: fact for fact in data["facts"]}
    assert by_id[ASSUMED]["reading"] == "assumption"
    assert by_id[ASSUMED]["reading_meaning"] == "Rests on an assumption, which the note states."
    assert by_id["banan-firms"]["reading"] is None


def test_chart_marks_carry_the_reading(qtbot, real_db):
    from tests.ui.charts.test_pane import select as select_chart
    from tests.ui.charts.test_pane import show_pane

    pane = show_pane(qtbot, real_db, charts(real_db))
    select_chart(pane, "express-parcels-2019-2020")
    view = pane.chart_view()
    labels = [label.toPlainText() for label in view.value_labels()]
    assert labels == ["≈ 460 million · assumption", "590 million"]
    assert "Reading: assumption (see note)" in view.bars()[0].toolTip()
    assert "Reading" not in view.bars()[1].toolTip()  # a reported figure has none


def test_the_command_line_shows_the_reading(tiny_db_path, capsys):
    from cqdesk.cli.main import main

    assert main(["show", ASSUMED, "--db", str(tiny_db_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"reading +assumption \(see note\)", out) and "Reading: assumption" in out
    assert main(["search", "shops", "--db", str(tiny_db_path)]) == 0
    assert "derived (assumption)" in capsys.readouterr().out


def test_the_table_sorts_by_reading_with_the_unread_last(tiny_db):
    from cqdesk.store import Catalog
    from cqdesk.store.records import FactSort

    rows = Catalog(tiny_db).rows(FactQuery(), FactSort("reading"))
    readings = [row.reading for row in rows]
    assert readings[:2] == ["assumption", "exact"] and set(readings[2:]) == {None}


def test_printouts_carry_the_reading(tiny_db):
    from cqdesk.export.printout import fact_printout, view_printout
    from cqdesk.store.details import fact_detail

    page = fact_printout(fact_detail(tiny_db, ASSUMED), sources(tiny_db), "Print")
    assert "Reading: assumption" in page and "Rests on an assumption" in page
    table = view_printout(fact_rows_by_id(tiny_db, [ASSUMED]), sources(tiny_db), "t", "v")
    assert "<th" in table and ">Reading</th>" in table and "<td>assumption</td>" in table
