"""JSON export: one record per fact with its value, places, entities, inputs and citation."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator

from cqdesk.export.citation import (
    fact_sources,
    quoted,
    source_citation,
    source_record,
    sources_cited,
)
from cqdesk.export.values import as_printed, qualifier
from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import Entity, FactDetail, FactRow, Place, Sources
from cqdesk.text.formatting import fill


def json_number(value: float | None) -> float | int | None:
    """A value as a JSON number is written: whole numbers as integers, and None for none (or
    for a value that is not finite, which JSON cannot hold)."""
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else value


def _provenance(detail: FactDetail, citation: str, words: Words) -> str:
    row = detail.row
    return provenance(row.kind, row.quote, [one.id for one in detail.inputs], citation, words)


def provenance(
    kind: str, quote: str | None, input_ids: list[str], citation: str, words: Words = ENGLISH
) -> str:
    """A record's ``citation``: how a fact of ``kind`` (with its quote, or the ids of its inputs)
    comes from the sources ``citation`` cites."""
    if kind == "derived":
        return fill(
            words.derived_provenance, words.derived_mark, words.separator.join(input_ids), citation
        )
    if kind == "reference":
        return fill(words.reference_provenance, words.reference_mark, citation)
    return f"{quoted(quote or '')} {citation}"


def record(detail: FactDetail, sources: Sources, words: Words = ENGLISH) -> dict:
    """One fact as a JSON-ready dict; the citation line makes a lone record still say its
    source(s): the fact's own, or for a derived fact every source its inputs come from.
    (An export writes the same text through ``RecordLines``, which shares what lines share.)"""
    row = detail.row
    cited = fact_sources(row, sources)
    cited_ids = tuple(source.id for source in cited)
    citation = " ".join(source_citation(s, words) for s in cited)
    return {
        "id": row.id,
        "kind": row.kind,
        "label": row.label,
        "value": json_number(row.value),
        "qualifier": qualifier(row) or None,
        "qualifier_code": row.qualifier,
        "unit": row.unit,
        "value_as_printed": as_printed(row) or None,
        "change": row.change,
        "period": row.period,
        "category": row.category_name,
        "category_path": list(detail.category_path),
        "places": [place_fields(p) for p in detail.places],
        "entities": [{"id": e.id, "name": e.name, "kind": e.kind} for e in detail.entities],
        "quote": row.quote,
        "quote_start": detail.quote_start,
        "quote_end": detail.quote_end,
        "formula": detail.formula,
        "inputs": [r.id for r in detail.inputs],
        "describes": detail.describes.id if detail.describes else None,
        "note": detail.note,
        "reading": row.reading,
        "reading_meaning": words.reading_meaning(row.reading) or None,
        "source": row.source_id,
        "sources": list(cited_ids),
        "citation": _provenance(detail, citation, words),
    }


def place_fields(p: Place) -> dict:
    """A place as a record lists it."""
    return {"id": p.id, "name": p.name, "name_zh": p.name_zh, "kind": p.kind}


# json.dumps with any option makes a new encoder per call: one for every line of an export.
LINE_ENCODER = json.JSONEncoder(ensure_ascii=False)


def record_line(fact: dict, first: bool) -> str:
    """A fact's ``record`` as its line of the JSON export."""
    return ("\n" if first else ",\n") + "    " + LINE_ENCODER.encode(fact)


def json_open(sources: Sources, count: int, words: Words = ENGLISH) -> str:
    """The JSON export before its first fact line."""
    head = json.dumps(source_record(sources.report, words), ensure_ascii=False)
    return f'{{\n  "source": {head},\n  "count": {count},\n  "facts": ['


def json_close(sources: Sources, cited: set[str], empty: bool, words: Words = ENGLISH) -> str:
    """The JSON export after its last fact line: the sources the facts draw on (the report
    first), listed after the facts so that a streamed export knows them when it gets there."""
    return "".join(json_close_pieces(sources, cited, empty, words))


def json_close_pieces(
    sources: Sources, cited: set[str], empty: bool, words: Words = ENGLISH
) -> Iterator[str]:
    """``json_close`` a source at a time: a view of a generated database cites thousands, and
    their records all at once took more memory than the rest of a streamed export."""
    yield ("]" if empty else "\n  ]") + ',\n  "sources": ['
    for n, source in enumerate(sources.cited(cited | {sources.report.id})):
        # As json.dumps lists them: ", " between the records.
        yield (", " if n else "") + LINE_ENCODER.encode(source_record(source, words))
    yield "]\n}\n"


# The C function the encoder escapes each string with (ensure_ascii=False): a string's JSON is
# the same piece of text wherever it sits, so a line can be put together from its parts.
_STRING = json.encoder.encode_basestring
# The keys of ``record``, in its order.
_KEYS = (
    "id", "kind", "label", "value", "qualifier", "qualifier_code", "unit", "value_as_printed",
    "change", "period", "category", "category_path", "places", "entities", "quote",
    "quote_start", "quote_end", "formula", "inputs", "describes", "note", "reading",
    "reading_meaning", "source", "sources", "citation",
)  # fmt: skip
LINE = "{" + ", ".join(f"{_STRING(key)}: %s" for key in _KEYS) + "}"


def json_piece(value: object) -> str:
    """``value``'s JSON, as the line encoder writes it."""
    if value.__class__ is str:
        return _STRING(value)
    if value.__class__ is int:  # an offset
        return int.__repr__(value)
    return "null" if value is None else LINE_ENCODER.encode(value)


class RecordLines:
    """The lines of a JSON export written straight as JSON text, exactly the text of
    ``record_line(record(...))``: each fact's own strings are escaped into a template, and
    what thousands of lines share (a place, a category path, the sources cited and their
    citation) is worked out and escaped once. ``cited`` gathers the sources the lines cite."""

    def __init__(self, sources: Sources, words: Words = ENGLISH) -> None:
        self._sources, self._words = sources, words
        self._by_sources: dict[tuple, tuple[tuple[str, ...], str, str]] = {}
        self._shared: dict[object, str] = {}
        self.cited: set[str] = set()

    def _cited(self, row: FactRow) -> tuple[tuple[str, ...], str, str]:
        """The ids of the sources a row draws on, their JSON list and their citation."""
        return self._cited_by(row.cited_sources, row.source_id)

    def _cited_by(
        self, cited_sources: tuple[str, ...], source_id: str | None
    ) -> tuple[tuple[str, ...], str, str]:
        key = (cited_sources, source_id)
        found = self._by_sources.get(key)
        if found is None:
            cited = sources_cited(cited_sources, source_id, self._sources)
            ids = tuple(source.id for source in cited)
            citation = " ".join(source_citation(source, self._words) for source in cited)
            found = self._by_sources[key] = (ids, LINE_ENCODER.encode(list(ids)), citation)
            self.cited.update(ids)
        return found

    def _once(self, key: object, make: Callable[[], object]) -> str:
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = LINE_ENCODER.encode(make())
        return found

    def _place(self, p: Place) -> str:
        return self._once(("place", p.id, p.name, p.name_zh, p.kind), lambda: place_fields(p))

    def _places(self, places: tuple[Place, ...]) -> str:
        return "[" + ", ".join([self._place(p) for p in places]) + "]" if places else "[]"

    def _entities(self, entities: tuple[Entity, ...]) -> str:
        if not entities:
            return "[]"
        return LINE_ENCODER.encode([{"id": e.id, "name": e.name, "kind": e.kind} for e in entities])

    def _citation(self, detail: FactDetail, citation: str) -> str:
        row = detail.row
        if row.kind in ("derived", "reference"):
            return _STRING(_provenance(detail, citation, self._words))
        return self._quoted_citation(row.quote, citation)

    def _quoted_citation(self, quote: str | None, citation: str) -> str:
        """The JSON of a quoted fact's ``citation``: its quote, then the citation every fact of
        its sources shares, escaped once."""
        tail = self._once(("citation", citation), lambda: " " + citation)
        return _STRING(quoted(quote or ""))[:-1] + tail[1:]

    def line(self, detail: FactDetail, first: bool) -> str:
        """One fact's line (with the comma or line break before it)."""
        row, words = detail.row, self._words
        ids, ids_json, citation = self._cited(row)
        value = json_number(row.value)
        path = detail.category_path
        text = LINE % (
            json_piece(row.id),
            json_piece(row.kind),
            json_piece(row.label),
            "null" if value is None else repr(value),
            json_piece(qualifier(row) or None),
            json_piece(row.qualifier),
            json_piece(row.unit),
            json_piece(as_printed(row) or None),
            json_piece(row.change),
            json_piece(row.period),
            json_piece(row.category_name),
            self._once(("path", path), lambda: list(path)) if path else "[]",
            self._places(detail.places),
            self._entities(detail.entities),
            json_piece(row.quote),
            json_piece(detail.quote_start),
            json_piece(detail.quote_end),
            json_piece(detail.formula),
            LINE_ENCODER.encode([r.id for r in detail.inputs]) if detail.inputs else "[]",
            json_piece(detail.describes.id if detail.describes else None),
            json_piece(detail.note),
            json_piece(row.reading),
            json_piece(words.reading_meaning(row.reading) or None),
            json_piece(row.source_id),
            ids_json,
            self._citation(detail, citation),
        )
        return ("\n" if first else ",\n") + "    " + text


def json_text(details: list[FactDetail], sources: Sources, words: Words = ENGLISH) -> str:
    """The facts, in the order given, and the sources they come from, as UTF-8-ready JSON text.

    ``source`` is the report; ``sources`` every source the facts draw on (the report first).
    """
    # One fact per line: readable and diffable, and far quicker than an indented dump.
    lines = RecordLines(sources, words)
    text = "".join(lines.line(detail, n == 0) for n, detail in enumerate(details))
    opening, closing = (
        json_open(sources, len(details), words),
        json_close(sources, lines.cited, not details, words),
    )
    return opening + text + closing


def json_record_text(detail: FactDetail, sources: Sources, words: Words = ENGLISH) -> str:
    """One fact with the sources it draws on, as an indented JSON document."""
    cited = sources.cited(s.id for s in fact_sources(detail.row, sources))
    document = {
        "source": source_record(sources.report, words),
        "sources": [source_record(s, words) for s in cited],
        "fact": record(detail, sources, words),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
