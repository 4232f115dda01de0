"""A view's facts as its streamed exports read them: only the columns a format writes, as plain
tuples (``records.CSV_FIELDS``, ``JSON_FIELDS``), with no FactRow or FactDetail made per fact."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TypeVar

from cqdesk.store import view_stream
from cqdesk.store.details import (
    CHUNK,
    ENTITIES_BY_ID,
    ENTITY_IDS_SQL,
    INPUTS_SQL,
    PLACE_IDS_SQL,
    PLACES_BY_ID,
    CategoryPaths,
    fact_detail,
)
from cqdesk.store.records import (
    CSV_CHINESE_FIELDS,
    CSV_FIELDS,
    JSON_FIELDS,
    Entity,
    FactDetail,
    FactQuery,
    FactSort,
    ViewLinks,
)
from cqdesk.store.sql import FACTS_FROM
from cqdesk.store.trees import place_record

# Each field's column over ``facts f`` and its category ``c``, as FACT_COLUMNS reads it.
_COLUMNS = {
    "id": "f.id",
    "kind": "f.kind",
    "label": "f.label",
    "value": "f.value",
    "value_display": "f.value_display",
    "qualifier": "f.qualifier",
    "unit": "f.unit",
    "change": "f.change",
    "period": "f.period",
    "place_label": "f.place_label",
    "entity_label": "f.entity_label",
    "category_name": "c.name",
    "quote": "f.quote",
    "quote_start": "f.quote_start",
    "quote_end": "f.quote_end",
    "formula": "f.formula",
    "note": "f.note",
    "reading": "f.reading",
    "source_id": "f.source_id",
    "cited_sources": "f.cited_sources",
    "value_display_zh": "f.value_display_zh",
    "label_zh": "f.label_zh",
    "unit_zh": "(SELECT u.name_zh FROM units u WHERE u.id = f.unit)",
    "change_zh": "f.change_zh",
    "period_zh": "f.period_zh",
    "place_label_zh": "f.place_label_zh",
    "entity_label_zh": "f.entity_label_zh",
    "category_name_zh": "c.name_zh",
    "note_zh": "f.note_zh",
}
_CSV = ", ".join(_COLUMNS[name] for name in CSV_FIELDS)
_CSV_CHINESE = ", ".join(_COLUMNS[name] for name in CSV_FIELDS + CSV_CHINESE_FIELDS)
# A JSON fact's text columns as JSON (json_quote of a NULL is null), then as stored.
_DESCRIBED = (
    "CASE WHEN f.describes_id IS NOT NULL AND f.describes_id != '' THEN (SELECT g.id "
    "FROM facts g JOIN categories gc ON gc.id = g.category_id WHERE g.id = f.describes_id) END"
)
_AS_JSON = (
    "f.id", "f.label", "f.change", "f.period", "c.name", "f.quote", "f.quote_start",
    "f.quote_end", "f.formula", _DESCRIBED, "f.note",
)  # fmt: skip
_AS_STORED = (
    "f.id", "f.kind", "f.value", "f.value_display", "f.qualifier", "f.unit", "f.value_display_zh",
    "f.reading", "f.source_id", "f.cited_sources", "f.category_id",
)  # fmt: skip
# Ordinary: every column json_quote writes, or the writer keeps one escaped text of, is text
# (or NULL), and the offsets integers: what the build writes, and what the json module would
# write the same way.
_TEXT_COLUMNS = (
    "f.id", "f.label", "f.change", "f.period", "c.name", "f.quote", "f.formula", "f.describes_id",
    "f.note", "f.kind", "f.qualifier", "f.unit", "f.reading", "f.source_id",
)  # fmt: skip
_ORDINARY = " AND ".join(
    [f"typeof({column}) IN ('text', 'null')" for column in _TEXT_COLUMNS]
    + [f"typeof({column}) IN ('integer', 'null')" for column in ("f.quote_start", "f.quote_end")]
)
_JSON = ", ".join(
    [*(f"json_quote({column})" for column in _AS_JSON), *_AS_STORED, f"({_ORDINARY})"]
)
_ID, _CATEGORY, _ORDINARY_FLAG = (
    JSON_FIELDS.index(name) for name in ("id", "category_id", "ordinary")
)
R = TypeVar("R")


def csv_values(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, chinese: bool, size: int
) -> Iterator[list[tuple]]:
    """The view's facts in order as ``CSV_FIELDS`` (then ``CSV_CHINESE_FIELDS`` when
    ``chinese``), ``size`` at a time, from one pass over the view."""
    return view_stream.column_chunks(db, query, sort, _CSV_CHINESE if chinese else _CSV, size)


def json_values(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, size: int
) -> Iterator[tuple[list[tuple], ViewLinks]]:
    """The view's facts in order as ``JSON_FIELDS``, ``size`` at a time, each chunk with what
    its facts link to: everything from one pass over the view, and a few queries a chunk for
    the links not seen before."""
    links = _Links(db)
    for chunk in view_stream.column_chunks(db, query, sort, _JSON, size):
        yield chunk, links.of(chunk)


class _Links:
    """The links of a view's chunks, read with a few set queries a chunk (as a detail reads
    them, in the same order); each place's and organisation's record read once."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._paths = CategoryPaths()
        self._known_paths: dict[str, tuple[str, ...]] = {}  # every category's of the view
        # The places and organisations whose records an earlier chunk brought.
        self._places: set[str] = set()
        self._entities: set[str] = set()

    def of(self, chunk: list[tuple]) -> ViewLinks:
        """The links of the facts of ``chunk``."""
        params = [json.dumps([values[_ID] for values in chunk])]
        places = self._grouped(PLACE_IDS_SQL, params)
        entities = self._grouped(ENTITY_IDS_SQL, params)
        new_places = {i for ids in places.values() for i in ids} - self._places
        new_entities = {i for ids in entities.values() for i in ids} - self._entities
        self._places |= new_places
        self._entities |= new_entities
        inputs = self._grouped(INPUTS_SQL, params)
        held = _held(self._db, sorted({i for ids in inputs.values() for i in ids}))
        unusual = [values[_ID] for values in chunk if not values[_ORDINARY_FLAG]]
        new_categories = {values[_CATEGORY] for values in chunk} - self._known_paths.keys()
        if new_categories:
            self._known_paths.update(self._paths.of(self._db, new_categories))
        return ViewLinks(
            paths=self._known_paths,
            places=places,
            entities=entities,
            inputs={fact_id: tuple(i for i in ids if i in held) for fact_id, ids in inputs.items()},
            place_records=self._records(PLACES_BY_ID, new_places, place_record),
            entity_records=self._records(ENTITIES_BY_ID, new_entities, lambda row: Entity(*row)),
            details={fact_id: _detail(self._db, fact_id) for fact_id in unusual},
        )

    def _grouped(self, sql: str, params: list) -> dict[str, list]:
        found: dict[str, list] = defaultdict(list)
        selected = sql.format(selected="SELECT value FROM json_each(?)")
        for fact_id, linked in self._db.execute(selected, params).fetchall():  # in C
            found[fact_id].append(linked)
        return found

    def _records(self, sql: str, ids: set[str], make: Callable[[tuple], R]) -> dict[str, R]:
        if not ids:
            return {}
        rows = self._db.execute(sql, [json.dumps(list(ids))]).fetchall()
        return {values[0]: make(values) for values in rows}


def _detail(db: sqlite3.Connection, fact_id: str) -> FactDetail:
    found = fact_detail(db, fact_id)
    assert found is not None  # it was just read
    return found


def _held(db: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Those of ``ids`` that are facts of the database (a detail links only to these)."""
    held = set()
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(part))
        held |= {
            values[0]
            for values in db.execute(
                f"SELECT f.id {FACTS_FROM} WHERE f.id IN ({marks})", part
            ).fetchall()
        }
    return held
