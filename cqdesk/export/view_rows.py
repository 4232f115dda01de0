"""A streamed export's text written straight from the store's tuples of a view's facts.

``CsvCells`` and ``JsonLines`` read a fact as ``records.CSV_FIELDS`` or ``JSON_FIELDS`` (what
``Catalog.csv_values`` and ``json_values`` yield) and write exactly the text that ``cells``
and ``RecordLines.line`` write for its FactRow and FactDetail, through the same functions of
the same values: an export of 100,000 facts makes no row or detail record for any of them.
"""

from __future__ import annotations

# The pieces RecordLines puts a line together from: the same template, encoder and escaping.
from cqdesk.export.records import (
    LINE,
    LINE_ENCODER,
    RecordLines,
    json_number,
    json_piece,
    place_fields,
    provenance,
)
from cqdesk.export.tables import delimited
from cqdesk.export.values import is_chinese, plain, printed, qualifier_text
from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import Sources, ViewLinks
from cqdesk.text.formatting import qualified_display

# A line with the line break (and for all but the first, the comma) before it.
_FIRST, _NEXT = "\n    " + LINE, ",\n    " + LINE
# What the next chunks will ask again (escaped lists, a sources cell), up to this many keys of
# each kind; what is kept for each of the database's sources or readings is bounded by them.
_KEPT = 20_000


def _cited_sources(cited: str | None) -> tuple[str, ...]:
    # As fact_row makes FactRow.cited_sources of the stored text.
    return tuple(cited.split()) if cited else ()


class CsvCells:
    """The CSV lines of facts read as ``CSV_FIELDS`` (and ``CSV_CHINESE_FIELDS`` when
    ``chinese``): the cells of their rows (``in_chinese`` when ``chinese``)."""

    def __init__(self, words: Words = ENGLISH, chinese: bool = False) -> None:
        self._words = words
        self.cells = self._chinese_cells if chinese else self._cells
        # What thousands of rows share, worked out once: a reading's name, the sources cell.
        self._readings: dict[object, str] = {}
        self._sources: dict[tuple, str] = {}

    def lines(self, chunk: list[tuple]) -> str:
        """The chunk's CSV lines (the header row is not among them)."""
        if len(self._sources) > _KEPT:  # bounded however many facts the view holds
            self._sources.clear()
        cells = self.cells
        return delimited([cells(values) for values in chunk], ",", "\r\n", header=False)

    def _reading(self, reading: str | None) -> str:
        found = self._readings.get(reading)
        if found is None:
            found = self._words.reading_name(reading)
            if reading is None or reading.__class__ is str:  # a number's key could equal another's
                self._readings[reading] = found
        return found

    def _source_cell(self, cited: str | None, source_id: str | None) -> str:
        key = (cited, source_id)
        found = self._sources.get(key)
        if found is None:
            ids = _cited_sources(cited) or ([source_id] if source_id else [])
            found = self._sources[key] = " ".join(ids)
        return found

    def _cells(self, values: tuple) -> list[str]:
        """``cells`` of the fact's FactRow."""
        (
            fact_id, label, value, display, code, display_zh, unit, change, period, kind,
            reading, place, entity, category, quote, formula, note, source_id, cited,
        ) = values  # fmt: skip
        display = qualified_display(display, code)
        chinese = is_chinese(display, display_zh)
        return [
            fact_id,
            label,
            plain(value),
            qualifier_text(code, chinese),
            unit or "",
            printed(display, unit, chinese),
            change or "",
            period or "",
            kind,
            self._reading(reading),
            place or "",
            entity or "",
            category,
            quote or "",
            formula or "",
            note or "",
            self._source_cell(cited, source_id),
        ]

    def _chinese_cells(self, values: tuple) -> list[str]:
        """``cells`` of ``in_chinese`` of the fact's FactRow: each text its Chinese form where
        it has one."""
        (
            fact_id, label, value, display, code, display_zh, unit, change, period, kind,
            reading, place, entity, category, quote, formula, note, source_id, cited,
            label_zh, unit_zh, change_zh, period_zh, place_zh, entity_zh, category_zh, note_zh,
        ) = values  # fmt: skip
        display = display_zh or qualified_display(display, code)
        unit = unit_zh or unit
        chinese = is_chinese(display, display_zh)
        return [
            fact_id,
            label_zh or label,
            plain(value),
            qualifier_text(code, chinese),
            unit or "",
            printed(display, unit, chinese),
            change_zh or change or "",
            period_zh or period or "",
            kind,
            self._reading(reading),
            place_zh or place or "",
            entity_zh or entity or "",
            category_zh or category,
            quote or "",
            formula or "",
            note_zh or note or "",
            self._source_cell(cited, source_id),
        ]


class JsonLines(RecordLines):
    """The lines of a JSON export of facts read as ``JSON_FIELDS`` with their ``ViewLinks``:
    exactly ``RecordLines.line`` of their details. SQLite has escaped each fact's own texts;
    what thousands of facts share (a place, an organisation, a path, a unit, the citation of
    their sources) is escaped once, here."""

    def __init__(self, sources: Sources, words: Words = ENGLISH) -> None:
        super().__init__(sources, words)
        self._paths: dict[str, str] = {}
        # Every place's and organisation's JSON, kept: at most one for each of the database's.
        self._place_json: dict[str, str] = {}
        self._entity_json: dict[str, str] = {}
        # An ordinary fact's kind, qualifier, unit, reading and source are text or None: equal
        # keys are equal values. (Keyed with the sources too, they held a copy of a citation for
        # every combination: 22 MB more at the peak of a million-fact window.)
        self._by_key: dict[tuple, tuple[str, ...]] = {}
        self._by_sources_text: dict[tuple, tuple[str, ...]] = {}

    def lines(self, chunk: list[tuple], links: ViewLinks, done: int) -> str:
        """The chunk's lines, after ``done`` lines already written (each with the comma or line
        break before it)."""
        # Not the places' and organisations': each one's record comes only once (ViewLinks).
        for known in (self._by_key, self._by_sources_text):
            if len(known) > _KEPT:  # bounded however many facts the view holds
                known.clear()
        # The places and organisations the chunk names for the first time, escaped now: their
        # records come only once.
        for place_id, place in links.place_records.items():
            self._place_json[place_id] = LINE_ENCODER.encode(place_fields(place))
        for entity_id, entity in links.entity_records.items():
            self._entity_json[entity_id] = self._entities((entity,))[1:-1]
        line = self.values_line
        return "".join([line(values, links, done + n == 0) for n, values in enumerate(chunk)])

    def _common(self, key: tuple) -> tuple[str, ...]:
        """The JSON of what a fact shares with every fact of the same kind, qualifier, unit and
        reading (and ``is_chinese`` or not): a few hundred of these in a whole database."""
        found = self._by_key.get(key)
        if found is None:
            kind, code, unit, reading, chinese = key
            found = self._by_key[key] = (
                json_piece(kind),
                json_piece(qualifier_text(code, chinese) or None),
                json_piece(code),
                json_piece(unit),
                json_piece(reading),
                json_piece(self._words.reading_meaning(reading) or None),
            )
        return found

    def _sources_of(self, key: tuple) -> tuple[str, ...]:
        """A fact's source, the ids of the sources it draws on and their citation, in JSON, and
        the citation itself, by its stored ``source_id`` and ``cited_sources``."""
        found = self._by_sources_text.get(key)
        if found is None:
            source_id, cited = key
            _ids, ids_json, citation = self._cited_by(_cited_sources(cited), source_id)
            # The citation after a quote: its JSON without the opening quotation mark (the
            # same text each time, as RecordLines makes it).
            tail = self._once(("citation", citation), lambda: " " + citation)
            found = self._by_sources_text[key] = (
                json_piece(source_id),
                ids_json,
                citation,
                tail[1:],
            )
        return found

    def values_line(self, values: tuple, links: ViewLinks, first: bool) -> str:
        """One fact's line (with the comma or line break before it)."""
        (
            id_json, label_json, change_json, period_json, category_json, quote_json,
            quote_start_json, quote_end_json, formula_json, describes_json, note_json,
            fact_id, kind, value, display, code, unit, display_zh, reading, source_id, cited,
            category_id, ordinary,
        ) = values  # fmt: skip
        if not ordinary:
            return self.line(links.details[fact_id], first)
        display = qualified_display(display, code)
        chinese = is_chinese(display, display_zh)
        kind_json, qualifier_json, code_json, unit_json, reading_json, meaning_json = self._common(
            (kind, code, unit, reading, chinese)
        )
        source_json, ids_json, citation, after_quote = self._sources_of((source_id, cited))
        number = json_number(value)
        inputs = links.inputs.get(fact_id, ())
        if kind in ("derived", "reference"):
            cited_json = json_piece(provenance(kind, None, list(inputs), citation, self._words))
        elif quote_json == "null":
            cited_json = '"\u201c\u201d' + after_quote
        else:  # the quote in quotation marks (which JSON does not escape), then the citation
            cited_json = '"\u201c' + quote_json[1:-1] + "\u201d" + after_quote
        path = self._paths.get(category_id)
        if path is None:
            path = self._paths[category_id] = self._path(links.paths.get(category_id, ()))
        place_ids = links.places.get(fact_id)
        entity_ids = links.entities.get(fact_id)
        return (_FIRST if first else _NEXT) % (
            id_json,
            kind_json,
            label_json,
            "null" if number is None else repr(number),
            qualifier_json,
            code_json,
            unit_json,
            json_piece(printed(display, unit, chinese) or None),
            change_json,
            period_json,
            category_json,
            path,
            self._place_list(place_ids) if place_ids else "[]",
            self._entity_list(entity_ids) if entity_ids else "[]",
            quote_json,
            quote_start_json,
            quote_end_json,
            formula_json,
            LINE_ENCODER.encode(list(inputs)) if inputs else "[]",
            describes_json,
            note_json,
            reading_json,
            meaning_json,
            source_json,
            ids_json,
            cited_json,
        )

    def _path(self, path: tuple[str, ...]) -> str:
        return self._once(("path", path), lambda: list(path)) if path else "[]"

    def _place_list(self, ids: list[str]) -> str:
        known = self._place_json
        return "[" + ", ".join([known[i] for i in ids]) + "]"

    def _entity_list(self, ids: list[str]) -> str:
        known = self._entity_json
        return "[" + ", ".join([known[i] for i in ids]) + "]"
