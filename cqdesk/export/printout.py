"""Printouts as HTML for Qt's text layout: a view's table, or one fact with its quote and citation."""

from __future__ import annotations

from html import escape

from cqdesk.export.citation import (
    citation_html,
    fact_reference,
    fact_sources,
    quoted,
    source_citation_html,
)
from cqdesk.export.tables import cited_sources
from cqdesk.export.values import as_printed
from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import FactDetail, FactRow, Source, Sources

# Each column's share of the page's width: the label takes the most.
VIEW_SHARES = (30, 13, 6, 8, 5, 14, 12, 12)
_STYLE = (
    "<style>body { font-size: 10pt; } table.view { font-size: 8pt; } th { background: #e8e8e8; text-align: left; } "
    "td, th { padding: 3px; } .value { font-size: 16pt; font-weight: bold; } "
    "blockquote { margin-left: 16px; } .muted { color: #555555; }</style>"
)


def _document(title: str, body: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{escape(title)}</title>{_STYLE}</head>'
        f"<body>{body}</body></html>"
    )


def view_columns(words: Words = ENGLISH) -> tuple[tuple[str, int], ...]:
    """Each column of a view's printout, named in ``words``, with its share of the width."""
    names = (
        words.label,
        words.value,
        words.unit,
        words.change,
        words.reading,
        words.place,
        words.category,
        words.fact_id,
    )
    return tuple(zip(names, VIEW_SHARES, strict=True))


def _view_cells(row: FactRow, words: Words) -> list[str]:
    return [
        row.label,
        as_printed(row),
        row.unit or "",
        row.change or "",
        words.reading_label(row.reading),
        row.place_label or "",
        row.category_name,
        row.id,
    ]


def _citations(cited: tuple[Source, ...], words: Words) -> str:
    noun = words.source if len(cited) == 1 else words.sources
    citations = "<br>".join(source_citation_html(s, words) for s in cited)
    return f"<p>{escape(words.labelled(noun, ''))}{citations}</p>"


def view_printout(
    rows: list[FactRow], sources: Sources, title: str, view: str, words: Words = ENGLISH
) -> str:
    """The rows of a view as a table under its title and filters (``view``), then the citation
    of every source the rows draw on."""
    head = "".join(
        f'<th width="{share}%">{escape(name)}</th>' for name, share in view_columns(words)
    )
    body = "\n".join(
        '<tr valign="top">'
        + "".join(f"<td>{escape(cell)}</td>" for cell in _view_cells(row, words))
        + "</tr>"
        for row in rows
    )
    return _document(
        title,
        f"<h2>{escape(title)}</h2><p>{escape(view)}</p>"
        f'<table class="view" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"{_citations(cited_sources(rows, sources), words)}",
    )


def marked_quote(detail: FactDetail) -> str:
    """The quote in quotation marks, the number as printed in bold (escaped HTML)."""
    quote = detail.row.quote or ""
    start, value_start, value_end = detail.quote_start, detail.value_start, detail.value_end
    if start is None or value_start is None or value_end is None:
        return escape(quoted(quote))
    if not 0 <= value_start - start <= len(quote):
        return escape(quoted(quote))
    first, last = value_start - start, min(value_end - start, len(quote))
    marked = f"{escape(quote[:first])}<b>{escape(quote[first:last])}</b>{escape(quote[last:])}"
    return escape("\u201c") + marked + escape("\u201d")


def _fields(detail: FactDetail, words: Words) -> list[tuple[str, str]]:
    row = detail.row
    pairs = [
        (words.kind, words.kind_name(row.kind)),
        (words.reading, words.reading_name(row.reading)),
        (words.unit, row.unit or ""),
        (words.change, row.change or ""),
        (words.period, row.period or ""),
        (words.category, " › ".join(detail.category_path)),
        (words.places, "; ".join(place.name for place in detail.places)),
        (words.organisations, "; ".join(entity.name for entity in detail.entities)),
        # A derived or reference fact's note belongs to its citation, printed below.
        (words.note, "" if row.kind in ("derived", "reference") else detail.note or ""),
    ]
    return [(name, text) for name, text in pairs if text]


def fact_printout(detail: FactDetail, sources: Sources, title: str, words: Words = ENGLISH) -> str:
    """One fact: label, value as printed, its fields, the quote (or derivation), the citation."""
    row = detail.row
    fields = "".join(
        f'<tr><td class="muted">{escape(name)}</td><td>{escape(text)}</td></tr>'
        for name, text in _fields(detail, words)
    )
    if row.kind in ("derived", "reference"):
        evidence = citation_html(detail, sources, words)
    else:
        evidence = (
            f"<blockquote>{marked_quote(detail)}</blockquote>"
            f"{_citations(fact_sources(row, sources), words)}"
        )
    value = as_printed(row)
    return _document(
        title,
        f'<p class="muted">{escape(title)}</p><h2>{escape(row.label)}</h2>'
        + (f'<p class="value">{escape(value)}</p>' if value else "")
        + f'<table cellpadding="2">{fields}</table>{evidence}'
        f'<p class="muted">{escape(fact_reference(row, words))}</p>',
    )
