"""Tabular formats of fact rows: TSV and CSV for spreadsheets, an HTML table and a Markdown table.

Every format has the same columns (``COLUMNS``). ``value`` is the plain number a spreadsheet
reads as a number (empty for a statement); the qualifier is its own column, as a word:
``over`` (a lower bound: "over", "exceeded", "more than"), ``about`` (approximate), ``at most``
(an upper bound) or empty; ``unit`` is the stored unit code (``CNY``, ``%``, ``pp``, ``firms``);
``value_as_printed`` keeps the qualifier and unit in words (``over 650,000 merchants``).
``reading`` says how far a derived figure can be trusted (``exact arithmetic``, ``assumption (see
note)``, ``unresolved``; empty for the others); ``formula`` and ``note`` carry the derivation and
its assumption, ``organisations`` the organisations named with the fact, and ``source`` the ids of
the sources it draws on, each cited under the table.
"""

from __future__ import annotations

import csv
import io
import re
from html import escape

from cqdesk.export.citation import source_citation, source_citation_html
from cqdesk.export.licences import licence_line
from cqdesk.export.values import as_printed, number, qualifier
from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import FactRow, Source, Sources
from cqdesk.text.formatting import fill

COLUMNS = (
    "id",
    "label",
    "value",
    "qualifier",
    "unit",
    "value_as_printed",
    "change",
    "period",
    "kind",
    "reading",
    "place",
    "organisations",
    "category",
    "quote",
    "formula",
    "note",
    "source",
)
BOM = "\ufeff"


def cells(row: FactRow, words: Words = ENGLISH) -> list[str]:
    """One row's cells, in ``COLUMNS`` order, as text (the reading named in ``words``)."""
    return [
        row.id,
        row.label,
        number(row),
        qualifier(row),
        row.unit or "",
        as_printed(row),
        row.change or "",
        row.period or "",
        row.kind,
        words.reading_name(row.reading),
        row.place_label or "",
        row.entity_label or "",
        row.category_name,
        row.quote or "",
        row.formula or "",
        row.note or "",
        " ".join(row.cited_sources or ([row.source_id] if row.source_id else [])),
    ]


def cited_sources(rows: list[FactRow], sources: Sources) -> tuple[Source, ...]:
    """The sources the rows draw on, once each (the report alone when there are no rows)."""
    return sources.cited(
        source_id
        for row in rows
        for source_id in (row.cited_sources or [row.source_id])
        if source_id
    )


def _delimited(rows: list[FactRow], delimiter: str, line_end: str, words: Words) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(COLUMNS)
    writer.writerows(cells(row, words) for row in rows)
    return out.getvalue()


def tsv(rows: list[FactRow], words: Words = ENGLISH) -> str:
    """Tab-separated values with a header row, as spreadsheets paste them (one cell per value)."""
    return _delimited(rows, "\t", "\n", words)


def csv_text(rows: list[FactRow], bom: bool = False, words: Words = ENGLISH) -> str:
    """CSV (RFC 4180 line ends) with a header row; ``bom`` lets Excel read the UTF-8 as UTF-8."""
    return (BOM if bom else "") + _delimited(rows, ",", "\r\n", words)


def _html_cell(column: str, text: str) -> str:
    align = ' align="right"' if column == "value" else ""
    return f"<td{align}>{escape(text)}</td>"


def html_table(rows: list[FactRow], sources: Sources, words: Words = ENGLISH) -> str:
    """An HTML table with the same header, then the citation; every piece of data is escaped.

    Borders and top-aligned cells keep it readable when pasted into a word processor.
    """
    head = "".join(f"<th>{name}</th>" for name in COLUMNS)
    body = "\n".join(
        '<tr valign="top">'
        + "".join(
            _html_cell(column, cell)
            for column, cell in zip(COLUMNS, cells(row, words), strict=True)
        )
        + "</tr>"
        for row in rows
    )
    cited = cited_sources(rows, sources)
    citations = "".join(
        f"<p>{escape(words.labelled(_source_noun(source, cited, words), ''))}"
        f"{source_citation_html(source, words)}</p>\n"
        for source in cited
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="3">\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table>\n{citations}"
    )


def _source_noun(source: Source, cited: tuple[Source, ...], words: Words) -> str:
    # "Source", or with several "Source mofcom-online-retail-2020", so each can be told apart.
    return fill(words.source_numbered, source.id) if len(cited) > 1 else words.source


def html_document(fragment: str) -> str:
    """A fragment wrapped as a UTF-8 HTML document, as office programs expect on the clipboard."""
    return f'<html><head><meta charset="utf-8"></head><body>\n{fragment}</body></html>\n'


# Characters a CommonMark viewer would act on inside a cell: a pipe ends the cell; "<" and ">"
# open raw HTML (a data text "<img src=…>" would be rendered, not shown); "&" starts an entity;
# brackets and backticks make links, images and code; a backslash escapes what follows.
_MARKDOWN_SPECIAL = re.compile(r"([\\|<>&\[\]`])")


def _markdown_cell(text: str) -> str:
    """``text`` as literal Markdown inline text: special characters backslash-escaped, line
    breaks (which would end the table row) as spaces."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def markdown(rows: list[FactRow], sources: Sources, words: Words = ENGLISH) -> str:
    """A Markdown table of the rows with a footnote citing each source they draw on."""
    cited = cited_sources(rows, sources)
    names = {source.id: f"source-{number}" for number, source in enumerate(cited, 1)}
    names[cited[0].id] = "source"  # one source reads as it always has
    titles = ", ".join(f"{_markdown_cell(s.title)}[^{names[s.id]}]" for s in cited)
    lines = [
        fill(words.figures_from, titles),
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---:" if name == "value" else "---" for name in COLUMNS) + "|",
    ]
    lines.extend(
        "| " + " | ".join(_markdown_cell(cell) for cell in cells(row, words)) + " |" for row in rows
    )
    lines += ["", _markdown_cell(licence_line(sources.report, words)), ""]
    lines += [f"[^{names[s.id]}]: {_markdown_cell(source_citation(s, words))}" for s in cited]
    lines.append("")
    return "\n".join(lines)
