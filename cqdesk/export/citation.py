"""Citations: where a figure comes from, as plain text and as escaped HTML, for reported and derived facts."""

from __future__ import annotations

from html import escape

from cqdesk.export.values import as_printed
from cqdesk.store.records import FactDetail, FactRow, Source

DERIVED_MARK = "derived by cqdesk, not stated in the source"


def quoted(text: str) -> str:
    """Text in typographic quotation marks (the data's own straight quotes stay as they are)."""
    return f"\u201c{text}\u201d"


def source_citation(source: Source) -> str:
    """The source's citation on one line: statement by, publisher, title, date, address.

    ``Statement by X, 2021-02-07; published by iChongqing, “Title”, 2021-02-08, https://...``
    """
    published = ", ".join(
        part
        for part in (source.publisher, quoted(source.title), source.published, source.url)
        if part
    )
    if not source.statement_by:
        return f"Published by {published}."
    when = f", {source.statement_date}" if source.statement_date else ""
    return f"Statement by {source.statement_by}{when}; published by {published}."


def source_citation_html(source: Source) -> str:
    """The citation as escaped HTML; the address stays text, never a link."""
    return escape(source_citation(source))


def source_record(source: Source) -> dict[str, str | None]:
    """The citation as fields, for JSON."""
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published,
        "statement_by": source.statement_by,
        "statement_date": source.statement_date,
        "citation": source_citation(source),
    }


def _headline(row: FactRow) -> str:
    value = as_printed(row)
    return f"{row.label}: {value}" if value else row.label


def _input_line(row: FactRow) -> str:
    if row.quote:
        return f"- {row.id} ({_headline(row)}): {quoted(row.quote)}"
    return f"- {row.id} ({_headline(row)}): {row.kind}, no quote"


def citation_text(detail: FactDetail, source: Source) -> str:
    """A fact with its citation as plain text.

    Reported facts and statements: the quote in quotation marks, then the citation. Derived facts
    have no quote: their value, formula and note, marked as derived, then the quotes of the inputs.
    """
    if detail.row.kind != "derived":
        return f"{quoted(detail.row.quote or '')}\n{source_citation(source)}"
    lines = [f"{_headline(detail.row)} ({DERIVED_MARK})"]
    if detail.formula:
        lines.append(f"Formula: {detail.formula}")
    if detail.note:
        lines.append(f"Note: {detail.note}")
    if detail.inputs:
        lines.append("Inputs:")
        lines.extend(_input_line(row) for row in detail.inputs)
    lines.append(f"Source of the inputs: {source_citation(source)}")
    return "\n".join(lines)


def citation_html(detail: FactDetail, source: Source) -> str:
    """The same as ``citation_text`` as HTML, every piece of data escaped."""
    if detail.row.kind != "derived":
        return (
            f"<blockquote>{escape(quoted(detail.row.quote or ''))}</blockquote>\n"
            f"<p>{source_citation_html(source)}</p>"
        )
    parts = [f"<p><b>{escape(_headline(detail.row))}</b> <i>({escape(DERIVED_MARK)})</i></p>"]
    if detail.formula:
        parts.append(f"<p>Formula: <code>{escape(detail.formula)}</code></p>")
    if detail.note:
        parts.append(f"<p>Note: {escape(detail.note)}</p>")
    if detail.inputs:
        items = "".join(f"<li>{escape(_input_line(row)[2:])}</li>" for row in detail.inputs)
        parts.append(f"<p>Inputs:</p><ul>{items}</ul>")
    parts.append(f"<p>Source of the inputs: {source_citation_html(source)}</p>")
    return "\n".join(parts)


def fact_reference(row: FactRow) -> str:
    """The fact's id, so a pasted figure can be found again (``cqdesk show ID``)."""
    return f"cqdesk fact: {row.id}"


def cited_fact_text(detail: FactDetail, source: Source) -> str:
    """Copy with citation: the label and figure, the quote (or derivation) and citation, the id."""
    body = citation_text(detail, source)
    if detail.row.kind != "derived":  # a derivation already opens with the label and figure
        body = f"{_headline(detail.row)}\n{body}"
    return f"{body}\n{fact_reference(detail.row)}"


def cited_fact_html(detail: FactDetail, source: Source) -> str:
    """``cited_fact_text`` as escaped HTML."""
    body = citation_html(detail, source)
    if detail.row.kind != "derived":
        body = f"<p><b>{escape(_headline(detail.row))}</b></p>\n{body}"
    return f"{body}\n<p>{escape(fact_reference(detail.row))}</p>"
