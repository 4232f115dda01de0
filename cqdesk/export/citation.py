"""Citations: where a figure comes from, as plain text and as escaped HTML, for reported and derived facts."""

from __future__ import annotations

from html import escape

from cqdesk.export.licences import CODE_LICENCE, DATA_LICENCE, DATA_SCOPE, source_text_terms
from cqdesk.export.values import as_printed
from cqdesk.store.records import FactDetail, FactRow, Source, Sources
from cqdesk.text.readings import reading_meaning

DERIVED_MARK = "derived by cqdesk, not stated in the source"
REFERENCE_MARK = "a reference figure from another publication, cited, not quoted"


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


def source_record(source: Source) -> dict[str, str | dict[str, str] | None]:
    """The citation as fields, for JSON."""
    return {
        "id": source.id,
        "kind": source.kind,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published,
        "statement_by": source.statement_by,
        "statement_date": source.statement_date,
        "citation": source_citation(source),
        "licences": licence_record(source),
    }


def licence_record(source: Source) -> dict[str, str]:
    """Which licence covers what, for JSON."""
    return {
        "data": f"{DATA_LICENCE.spdx} ({DATA_LICENCE.url}): {DATA_SCOPE}",
        "source_text": source_text_terms(source),
        "code": CODE_LICENCE.spdx,
    }


def _headline(row: FactRow) -> str:
    value = as_printed(row)
    return f"{row.label}: {value}" if value else row.label


def _input_line(row: FactRow) -> str:
    if row.quote:
        return f"- {row.id} ({_headline(row)}): {quoted(row.quote)}"
    return f"- {row.id} ({_headline(row)}): {row.kind}, no quote"


def fact_sources(row: FactRow, sources: Sources) -> tuple[Source, ...]:
    """The sources a fact draws on: its own, or for a derived fact those of its inputs."""
    return sources.cited(row.cited_sources or ([row.source_id] if row.source_id else []))


def sources_line(row: FactRow, sources: Sources, of: str = "") -> str:
    """Every source a fact draws on, cited, on one line ("Sources of the inputs: ... ...")."""
    cited = fact_sources(row, sources)
    noun = "Source" if len(cited) == 1 else "Sources"
    return f"{noun}{of}: " + " ".join(source_citation(source) for source in cited)


def _reading_line(row: FactRow) -> str:
    return f"Reading: {row.reading} ({reading_meaning(row.reading)})" if row.reading else ""


def _derived_lines(detail: FactDetail, sources: Sources) -> list[str]:
    lines = [f"{_headline(detail.row)} ({DERIVED_MARK})", _reading_line(detail.row)]
    if detail.formula:
        lines.append(f"Formula: {detail.formula}")
    if detail.note:
        lines.append(f"Note: {detail.note}")
    if detail.inputs:
        lines.append("Inputs:")
        lines.extend(_input_line(row) for row in detail.inputs)
    lines.append(sources_line(detail.row, sources, " of the inputs"))
    return [line for line in lines if line]


def citation_text(detail: FactDetail, sources: Sources) -> str:
    """A fact with its citation as plain text, citing the fact's own source(s).

    Reported facts and statements: the quote in quotation marks, then the citation. Reference
    figures have no quote: their value and note, marked as cited, then their publication. Derived
    facts have no quote: their value, reading, formula and note, marked as derived, then the
    quotes of the inputs and every source the inputs come from.
    """
    row = detail.row
    if row.kind == "derived":
        return "\n".join(_derived_lines(detail, sources))
    source = sources.get(row.source_id)
    if row.kind == "reference":
        note = f"\nNote: {detail.note}" if detail.note else ""
        return f"{_headline(row)} ({REFERENCE_MARK}){note}\n{source_citation(source)}"
    return f"{quoted(row.quote or '')}\n{source_citation(source)}"


def citation_html(detail: FactDetail, sources: Sources) -> str:
    """The same as ``citation_text`` as HTML, every piece of data escaped."""
    row = detail.row
    if row.kind == "reference":
        note = f"<p>Note: {escape(detail.note)}</p>\n" if detail.note else ""
        return (
            f"<p><b>{escape(_headline(row))}</b> <i>({escape(REFERENCE_MARK)})</i></p>\n{note}"
            f"<p>{source_citation_html(sources.get(row.source_id))}</p>"
        )
    if row.kind != "derived":
        return (
            f"<blockquote>{escape(quoted(row.quote or ''))}</blockquote>\n"
            f"<p>{source_citation_html(sources.get(row.source_id))}</p>"
        )
    parts = [f"<p><b>{escape(_headline(row))}</b> <i>({escape(DERIVED_MARK)})</i></p>"]
    if row.reading:
        parts.append(f"<p>{escape(_reading_line(row))}</p>")
    if detail.formula:
        parts.append(f"<p>Formula: <code>{escape(detail.formula)}</code></p>")
    if detail.note:
        parts.append(f"<p>Note: {escape(detail.note)}</p>")
    if detail.inputs:
        items = "".join(f"<li>{escape(_input_line(r)[2:])}</li>" for r in detail.inputs)
        parts.append(f"<p>Inputs:</p><ul>{items}</ul>")
    parts.append(f"<p>{escape(sources_line(row, sources, ' of the inputs'))}</p>")
    return "\n".join(parts)


def fact_reference(row: FactRow) -> str:
    """The fact's id, so a pasted figure can be found again (``cqdesk show ID``)."""
    return f"cqdesk fact: {row.id}"


def cited_fact_text(detail: FactDetail, sources: Sources) -> str:
    """Copy with citation: the label and figure, the quote (or derivation) and citation, the id."""
    body = citation_text(detail, sources)
    # A derivation and a reference figure already open with the label and figure.
    if detail.row.kind not in ("derived", "reference"):
        body = f"{_headline(detail.row)}\n{body}"
    return f"{body}\n{fact_reference(detail.row)}"


def cited_fact_html(detail: FactDetail, sources: Sources) -> str:
    """``cited_fact_text`` as escaped HTML."""
    body = citation_html(detail, sources)
    if detail.row.kind not in ("derived", "reference"):
        body = f"<p><b>{escape(_headline(detail.row))}</b></p>\n{body}"
    return f"{body}\n<p>{escape(fact_reference(detail.row))}</p>"
