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
from cqdesk.store.records import FactDetail, FactRow, Source, Sources
from cqdesk.text.readings import reading_label, reading_name

# Each column with its share of the page's width: the label takes the most.
VIEW_COLUMNS = (
    ("Label", 30),
    ("Value", 13),
    ("Unit", 6),
    ("Change", 8),
    ("Reading", 5),
    ("Place", 14),
    ("Category", 12),
    ("Fact id", 12),
)
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


def _view_cells(row: FactRow) -> list[str]:
    return [
        row.label,
        as_printed(row),
        row.unit or "",
        row.change or "",
        reading_label(row.reading),
        row.place_label or "",
        row.category_name,
        row.id,
    ]


def _citations(cited: tuple[Source, ...]) -> str:
    noun = "Source" if len(cited) == 1 else "Sources"
    return f"<p>{noun}: " + "<br>".join(source_citation_html(s) for s in cited) + "</p>"


def view_printout(rows: list[FactRow], sources: Sources, title: str, view: str) -> str:
    """The rows of a view as a table under its title and filters (``view``), then the citation
    of every source the rows draw on."""
    head = "".join(f'<th width="{share}%">{name}</th>' for name, share in VIEW_COLUMNS)
    body = "\n".join(
        '<tr valign="top">'
        + "".join(f"<td>{escape(cell)}</td>" for cell in _view_cells(row))
        + "</tr>"
        for row in rows
    )
    return _document(
        title,
        f"<h2>{escape(title)}</h2><p>{escape(view)}</p>"
        f'<table class="view" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"{_citations(cited_sources(rows, sources))}",
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


def _fields(detail: FactDetail) -> list[tuple[str, str]]:
    row = detail.row
    pairs = [
        ("Kind", row.kind),
        ("Reading", reading_name(row.reading)),
        ("Unit", row.unit or ""),
        ("Change", row.change or ""),
        ("Period", row.period or ""),
        ("Category", " › ".join(detail.category_path)),
        ("Places", "; ".join(place.name for place in detail.places)),
        ("Organisations", "; ".join(entity.name for entity in detail.entities)),
        # A derived or reference fact's note belongs to its citation, printed below.
        ("Note", "" if row.kind in ("derived", "reference") else detail.note or ""),
    ]
    return [(name, text) for name, text in pairs if text]


def fact_printout(detail: FactDetail, sources: Sources, title: str) -> str:
    """One fact: label, value as printed, its fields, the quote (or derivation), the citation."""
    row = detail.row
    fields = "".join(
        f'<tr><td class="muted">{escape(name)}</td><td>{escape(text)}</td></tr>'
        for name, text in _fields(detail)
    )
    if row.kind in ("derived", "reference"):
        evidence = citation_html(detail, sources)
    else:
        evidence = (
            f"<blockquote>{marked_quote(detail)}</blockquote>"
            f"{_citations(fact_sources(row, sources))}"
        )
    value = as_printed(row)
    return _document(
        title,
        f'<p class="muted">{escape(title)}</p><h2>{escape(row.label)}</h2>'
        + (f'<p class="value">{escape(value)}</p>' if value else "")
        + f'<table cellpadding="2">{fields}</table>{evidence}'
        f'<p class="muted">{escape(fact_reference(row))}</p>',
    )
