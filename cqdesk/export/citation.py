"""Citations: where a figure comes from, as plain text and as escaped HTML, for reported and derived facts."""

from __future__ import annotations

from html import escape

from cqdesk.export.licences import CODE_LICENCE, DATA_LICENCE, source_text_terms
from cqdesk.export.values import as_printed
from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import FactDetail, FactRow, Source, Sources
from cqdesk.text.formatting import fill

DERIVED_MARK = ENGLISH.derived_mark
REFERENCE_MARK = ENGLISH.reference_mark


def quoted(text: str) -> str:
    """Text in typographic quotation marks (the data's own straight quotes stay as they are)."""
    return f"\u201c{text}\u201d"


def source_citation(source: Source, words: Words = ENGLISH) -> str:
    """The source's citation on one line: statement by, publisher, title, date, address.

    ``Statement by X, 2021-02-07; published by iChongqing, “Title”, 2021-02-08, https://...``
    (the title as published; the framing, and the names where the data has them, in
    ``words``' language).
    """
    publisher, statement_by = words.publisher(source), words.statement_giver(source)
    published = words.separator.join(
        part for part in (publisher, quoted(source.title), source.published, source.url) if part
    )
    if not statement_by:
        return fill(words.published_by, published)
    if source.statement_date:
        return fill(words.statement_on, statement_by, source.statement_date, published)
    return fill(words.statement_by, statement_by, published)


def source_citation_html(source: Source, words: Words = ENGLISH) -> str:
    """The citation as escaped HTML; the address stays text, never a link."""
    return escape(source_citation(source, words))


def source_record(source: Source, words: Words = ENGLISH) -> dict[str, str | dict[str, str] | None]:
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
        "publisher_zh": source.publisher_zh,
        "statement_by_zh": source.statement_by_zh,
        "citation": source_citation(source, words),
        "licences": licence_record(source, words),
    }


def licence_record(source: Source, words: Words = ENGLISH) -> dict[str, str]:
    """Which licence covers what, for JSON."""
    return {
        "data": f"{DATA_LICENCE.spdx} ({DATA_LICENCE.url}): {words.data_scope}",
        "source_text": source_text_terms(source, words),
        "code": CODE_LICENCE.spdx,
    }


def _headline(row: FactRow, words: Words) -> str:
    value = as_printed(row)
    return words.labelled(row.label, value) if value else row.label


def _input_line(row: FactRow, words: Words) -> str:
    said = quoted(row.quote) if row.quote else words.without_quote.get(row.kind, row.kind)
    return "- " + words.labelled(words.beside(row.id, _headline(row, words)), said)


def fact_sources(row: FactRow, sources: Sources) -> tuple[Source, ...]:
    """The sources a fact draws on: its own, or for a derived fact those of its inputs."""
    return sources_cited(row.cited_sources, row.source_id, sources)


def sources_cited(
    cited_sources: tuple[str, ...], source_id: str | None, sources: Sources
) -> tuple[Source, ...]:
    """``fact_sources`` of a row with these ``cited_sources`` and ``source_id``."""
    return sources.cited(cited_sources or ([source_id] if source_id else []))


def sources_line(
    row: FactRow, sources: Sources, *, of_inputs: bool = False, words: Words = ENGLISH
) -> str:
    """Every source a fact draws on, cited, on one line ("Sources of the inputs: ... ...")."""
    cited = fact_sources(row, sources)
    if of_inputs:
        noun = words.source_of_inputs if len(cited) == 1 else words.sources_of_inputs
    else:
        noun = words.source if len(cited) == 1 else words.sources
    return words.labelled(noun, " ".join(source_citation(source, words) for source in cited))


def _reading_line(row: FactRow, words: Words) -> str:
    if not row.reading:
        return ""
    reading = words.beside(words.reading_label(row.reading), words.reading_meaning(row.reading))
    return words.labelled(words.reading, reading)


def _derived_lines(detail: FactDetail, sources: Sources, words: Words) -> list[str]:
    lines = [
        words.beside(_headline(detail.row, words), words.derived_mark),
        _reading_line(detail.row, words),
    ]
    if detail.formula:
        lines.append(words.labelled(words.formula, detail.formula))
    if detail.note:
        lines.append(words.labelled(words.note, detail.note))
    if detail.inputs:
        lines.append(words.heading(words.inputs))
        lines.extend(_input_line(row, words) for row in detail.inputs)
    lines.append(sources_line(detail.row, sources, of_inputs=True, words=words))
    return [line for line in lines if line]


def citation_text(detail: FactDetail, sources: Sources, words: Words = ENGLISH) -> str:
    """A fact with its citation as plain text, citing the fact's own source(s).

    Reported facts and statements: the quote in quotation marks, then the citation. Reference
    figures have no quote: their value and note, marked as cited, then their publication. Derived
    facts have no quote: their value, reading, formula and note, marked as derived, then the
    quotes of the inputs and every source the inputs come from. The framing is in ``words``'
    language; the data is as given.
    """
    row = detail.row
    if row.kind == "derived":
        return "\n".join(_derived_lines(detail, sources, words))
    source = sources.get(row.source_id)
    if row.kind == "reference":
        note = f"\n{words.labelled(words.note, detail.note)}" if detail.note else ""
        headline = words.beside(_headline(row, words), words.reference_mark)
        return f"{headline}{note}\n{source_citation(source, words)}"
    return f"{quoted(row.quote or '')}\n{source_citation(source, words)}"


def _labelled_html(words: Words, name: str, html: str) -> str:
    # The name's own text escaped; ``html`` is escaped already (or markup of ours).
    return fill(escape(words.field), escape(name), html)


def _marked_html(words: Words, headline: str, mark: str) -> str:
    # "<b>Label: value</b> (<i>derived by cqdesk …</i>)", the brackets as the language writes them.
    return fill(escape(words.aside), f"<b>{escape(headline)}</b>", f"<i>{escape(mark)}</i>")


def citation_html(detail: FactDetail, sources: Sources, words: Words = ENGLISH) -> str:
    """The same as ``citation_text`` as HTML, every piece of data escaped."""
    row = detail.row
    note = f"<p>{_labelled_html(words, words.note, escape(detail.note))}</p>" if detail.note else ""
    if row.kind == "reference":
        note_line = f"{note}\n" if note else ""
        return (
            f"<p>{_marked_html(words, _headline(row, words), words.reference_mark)}</p>\n"
            f"{note_line}"
            f"<p>{source_citation_html(sources.get(row.source_id), words)}</p>"
        )
    if row.kind != "derived":
        return (
            f"<blockquote>{escape(quoted(row.quote or ''))}</blockquote>\n"
            f"<p>{source_citation_html(sources.get(row.source_id), words)}</p>"
        )
    parts = [f"<p>{_marked_html(words, _headline(row, words), words.derived_mark)}</p>"]
    if row.reading:
        parts.append(f"<p>{escape(_reading_line(row, words))}</p>")
    if detail.formula:
        formula = f"<code>{escape(detail.formula)}</code>"
        parts.append(f"<p>{_labelled_html(words, words.formula, formula)}</p>")
    if note:
        parts.append(note)
    if detail.inputs:
        items = "".join(f"<li>{escape(_input_line(r, words)[2:])}</li>" for r in detail.inputs)
        inputs = escape(words.heading(words.inputs))
        parts.append(f"<p>{inputs}</p><ul>{items}</ul>")
    parts.append(f"<p>{escape(sources_line(row, sources, of_inputs=True, words=words))}</p>")
    return "\n".join(parts)


def fact_reference(row: FactRow, words: Words = ENGLISH) -> str:
    """The fact's id, so a pasted figure can be found again (``cqdesk show ID``)."""
    return fill(words.fact_reference, row.id)


def cited_fact_text(detail: FactDetail, sources: Sources, words: Words = ENGLISH) -> str:
    """Copy with citation: the label and figure, the quote (or derivation) and citation, the id."""
    body = citation_text(detail, sources, words)
    # A derivation and a reference figure already open with the label and figure.
    if detail.row.kind not in ("derived", "reference"):
        body = f"{_headline(detail.row, words)}\n{body}"
    return f"{body}\n{fact_reference(detail.row, words)}"


def cited_fact_html(detail: FactDetail, sources: Sources, words: Words = ENGLISH) -> str:
    """``cited_fact_text`` as escaped HTML."""
    body = citation_html(detail, sources, words)
    if detail.row.kind not in ("derived", "reference"):
        body = f"<p><b>{escape(_headline(detail.row, words))}</b></p>\n{body}"
    return f"{body}\n<p>{escape(fact_reference(detail.row, words))}</p>"
