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


def _source_ids(rows: list[FactRow]) -> set[str]:
    return {
        source_id
        for row in rows
        for source_id in (row.cited_sources or [row.source_id])
        if source_id
    }


def cited_sources(rows: list[FactRow], sources: Sources) -> tuple[Source, ...]:
    """The sources the rows draw on, once each (the report alone when there are no rows)."""
    return sources.cited(_source_ids(rows))


def delimited(rows: list[list[str]], delimiter: str, line_end: str, header: bool = True) -> str:
    """Rows of cells (``cells``) as delimited lines, after the header row unless ``header`` is
    False (the next lines of a file or copy written a chunk at a time)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    if header:
        writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def tsv(rows: list[FactRow], words: Words = ENGLISH) -> str:
    """Tab-separated values with a header row, as spreadsheets paste them (one cell per value)."""
    return delimited([cells(row, words) for row in rows], "\t", "\n")


def csv_text(rows: list[FactRow], bom: bool = False, words: Words = ENGLISH) -> str:
    """CSV (RFC 4180 line ends) with a header row; ``bom`` lets Excel read the UTF-8 as UTF-8."""
    return (BOM if bom else "") + delimited([cells(row, words) for row in rows], ",", "\r\n")


# html.escape's replacements, made in one pass by str.translate.
_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)
_VALUE = COLUMNS.index("value")  # the one cell aligned right
_CELL = "\x00"  # joins cells while they are escaped together (a cell holding it is done alone)


def _escaped_cells(texts: list[str]) -> str:
    """``texts`` escaped, each in a cell (``<td>`` and ``</td>`` left to the caller between)."""
    joined = _CELL.join(texts)
    if joined.count(_CELL) != len(texts) - 1:
        return "</td><td>".join(text.translate(_HTML_ESCAPES) for text in texts)
    return joined.translate(_HTML_ESCAPES).replace(_CELL, "</td><td>")


def html_table(rows: list[FactRow], sources: Sources, words: Words = ENGLISH) -> str:
    """An HTML table with the same header, then the citation; every piece of data is escaped.

    Borders and top-aligned cells keep it readable when pasted into a word processor.
    """
    table = TableText(sources, words)
    return table.html_start() + table.add(rows)[1] + table.html_end()


def _html_row(row_cells: list[str]) -> str:
    # A few escapes per row rather than one per cell: a copy of 100,000 rows escapes 1.7
    # million cells, which took html.escape seconds.
    return (
        '<tr valign="top"><td>'
        + _escaped_cells(row_cells[:_VALUE])
        + '</td><td align="right">'
        + row_cells[_VALUE].translate(_HTML_ESCAPES)
        + "</td><td>"
        + _escaped_cells(row_cells[_VALUE + 1 :])
        + "</td></tr>"
    )


class TableText:
    """TSV and the HTML table of a copy, made a chunk of rows at a time: a big copy streams
    its rows and holds only the text (100,000 rows are 64 MB of UTF-8, and 120 MB as rows).

    ``tsv_start() + add(rows)[0] + ...`` is exactly ``tsv(all rows, words)``, and
    ``html_start() + add(rows)[1] + ... + html_end()`` exactly ``html_table(all rows, ...)``.
    """

    def __init__(self, sources: Sources, words: Words = ENGLISH) -> None:
        self._sources, self._words = sources, words
        self._cited: set[str] = set()
        self._rows = 0

    def tsv_start(self) -> str:
        """The TSV's header row."""
        return delimited([], "\t", "\n")

    def html_start(self) -> str:
        """The table's opening and header row."""
        head = "".join(f"<th>{name}</th>" for name in COLUMNS)
        return (
            f'<table border="1" cellspacing="0" cellpadding="3">\n<thead><tr>{head}</tr></thead>\n'
            "<tbody>\n"
        )

    def add(self, rows: list[FactRow]) -> tuple[str, str]:
        """The TSV lines and the HTML rows of the next ``rows`` (each row's cells made once)."""
        if not rows:
            return "", ""
        row_cells = [cells(row, self._words) for row in rows]
        html = "\n".join(_html_row(one) for one in row_cells)
        if self._rows:
            html = "\n" + html  # rows are joined by a line break, as in one piece
        self._rows += len(rows)
        self._cited |= _source_ids(rows)
        return delimited(row_cells, "\t", "\n", header=False), html

    def html_end(self) -> str:
        """The table's end, then the citation of every source the rows added draw on."""
        cited, words = self._sources.cited(self._cited), self._words
        citations = "".join(
            f"<p>{escape(words.labelled(_source_noun(source, cited, words), ''))}"
            f"{source_citation_html(source, words)}</p>\n"
            for source in cited
        )
        return f"\n</tbody>\n</table>\n{citations}"


def _source_noun(source: Source, cited: tuple[Source, ...], words: Words) -> str:
    # "Source", or with several "Source mofcom-online-retail-2020", so each can be told apart.
    return fill(words.source_numbered, source.id) if len(cited) > 1 else words.source


# A fragment wrapped as a UTF-8 HTML document, as office programs expect on the clipboard.
HTML_DOCUMENT_START = '<html><head><meta charset="utf-8"></head><body>\n'
HTML_DOCUMENT_END = "</body></html>\n"


def html_document(fragment: str) -> str:
    """A fragment wrapped as a UTF-8 HTML document, as office programs expect on the clipboard."""
    return HTML_DOCUMENT_START + fragment + HTML_DOCUMENT_END


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
