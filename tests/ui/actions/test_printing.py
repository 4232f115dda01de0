"""Print and PDF: a PDF written with QPrinter is read back and holds the figure, quote and citation."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter

from cqdesk.export.printout import fact_printout, marked_quote, view_printout
from cqdesk.store.details import fact_detail
from cqdesk.store.facts import fact_rows
from cqdesk.store.records import FactQuery
from cqdesk.store.source import sources
from cqdesk.ui.actions.print_pages import Page, write_pdf

CITED = "Statement by Test Commission, 2021-02-07; published by Test Press"


def pdf_text(path: Path) -> str:
    """Every page's text, whitespace folded (layout breaks lines where it likes) and ligatures
    undone (the font draws "fi" as one glyph)."""
    reader = pypdf.PdfReader(str(path))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return unicodedata.normalize("NFKC", text)


def _answer(path: Path):
    return lambda *_args: str(path)


def test_a_fact_pdf_holds_its_figure_quote_citation_and_id(qtbot, window, tmp_path):
    window.fact_table.select_fact("banan-firms")
    target = tmp_path / "fact.pdf"
    window.printer.choose = _answer(target)
    window.actions_.pdf_fact.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "Firms opened in Banan" in text and "over 300 firms" in text
    assert "“Over 300 firms opened in Banan District”" in text
    assert CITED in text and "https://example.org/tiny" in text
    assert "cqdesk fact: banan-firms" in text
    assert "Saved “Firms opened in Banan” as a PDF" in window.note_label.text()
    assert not list(tmp_path.glob(".*.part"))


def test_a_derived_fact_pdf_gives_its_formula_and_its_inputs_quotes(qtbot, window, tmp_path):
    window.fact_table.select_fact("shops-per-firm")
    target = tmp_path / "derived.pdf"
    window.printer.choose = _answer(target)
    window.actions_.pdf_fact.trigger()
    text = pdf_text(target)
    assert "derived by cqdesk, not stated in the source" in text
    assert "lakeside-shops / banan-firms" in text
    assert "Source of the inputs: " + CITED in text


def test_a_view_pdf_holds_the_filtered_rows_and_the_citation(qtbot, window, tmp_path):
    window.browser.set_place("banan")
    target = tmp_path / "view.pdf"
    window.printer.choose = _answer(target.with_suffix(""))  # typed without .pdf
    window.actions_.pdf_view.trigger()
    text = pdf_text(target)
    assert "Showing 3 of 8 facts — Place: Banan District" in text
    assert "Firms opened in Banan" in text and "Shops in Lakeside Park" in text
    assert "Online sales" not in text
    assert CITED in text
    box = pypdf.PdfReader(str(target)).pages[0].mediabox
    assert box.width > box.height  # a table reads across a landscape page


def test_printing_goes_through_the_chosen_printer(qtbot, window, tmp_path):
    target = tmp_path / "printed.pdf"

    def to_file(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # as the dialog's "print to file"
        printer.setOutputFileName(str(target))
        return True

    window.printer.choose_printer = to_file
    window.fact_table.select_fact("online-sales")
    window.actions_.print_fact.trigger()
    assert "10.5 billion yuan" in pdf_text(target)
    window.printer.choose_printer = lambda *_args: False  # cancelled: nothing happens
    assert not window.printer.print_(window.printer.view_page())


def test_fact_actions_wait_for_a_fact(window):
    window.browser.set_current_fact(None)
    assert not window.actions_.print_fact.isEnabled()
    assert not window.actions_.pdf_fact.isEnabled()
    assert window.actions_.print_view.shortcut().toString() == "Ctrl+P"


def test_a_pdf_into_a_missing_folder_is_refused_and_nothing_written(qapp, tmp_path, tiny_db):
    page = Page(view_printout([], sources(tiny_db), "t", "v"), "t")
    try:
        write_pdf(page, tmp_path / "missing" / "x.pdf")
    except OSError as error:
        assert "does not exist" in str(error)
    else:
        raise AssertionError("no error")


def test_the_printed_quote_marks_the_number_and_escapes_data(tiny_db):
    detail = fact_detail(tiny_db, "banan-firms")
    assert marked_quote(detail) == "“Over <b>300</b> firms opened in Banan District”"
    rows = fact_rows(tiny_db, FactQuery(search="C++"))
    assert rows  # the row whose quote holds "quoted" text and C++
    page = fact_printout(fact_detail(tiny_db, rows[0].id), sources(tiny_db), "<script>")
    assert "<script>" not in page and "&lt;script&gt;" in page
