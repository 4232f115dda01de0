"""One builder of FactDetail for one fact or a whole view: a few set queries, never one per fact."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator

from cqdesk.store import view_stream
from cqdesk.store.facts import fact_rows, fact_rows_by_id
from cqdesk.store.records import (
    Entity,
    FactDetail,
    FactQuery,
    FactRow,
    FactSort,
    Place,
    record_maker,
)
from cqdesk.store.sql import FACT_COLUMNS, FACTS_FROM, fact_row, where_clause
from cqdesk.store.trees import place_record

# What a detail holds beyond its row's columns, by fact (``Extra``): read with the row when a
# view is read in one pass, else by the facts' ids.
EXTRA_COLUMNS = (
    "f.category_id, f.quote_start, f.quote_end, f.value_start, f.value_end, f.describes_id"
)
Extra = tuple  # (category_id, quote_start, quote_end, value_start, value_end, describes_id)
_ROW_COLUMNS = FACT_COLUMNS.count(",") + 1  # where a detail's extra columns start

_new_detail = record_maker(FactDetail)

# Each listed fact's places, organisations and inputs, in the order its detail lists them, for
# the facts ``{selected}`` lists (a SELECT of their ids): each row the fact's id, then the
# place's columns (as ``place_record`` takes them), the Entity's fields, or the input's id.
PLACES_SQL = (
    "SELECT fp.fact_id, p.id, p.name, p.name_zh, p.kind, p.provenance, p.zh_provenance "
    "FROM fact_places fp JOIN places p ON p.id = fp.place_id "
    "WHERE fp.fact_id IN ({selected}) ORDER BY p.position"
)
ENTITIES_SQL = (
    "SELECT fe.fact_id, e.id, e.name, e.kind, e.name_zh FROM fact_entities fe "
    "JOIN entities e ON e.id = fe.entity_id "
    "WHERE fe.fact_id IN ({selected}) ORDER BY e.name"
)
# The same, the place's or organisation's id alone (its record read once, by the next two).
PLACE_IDS_SQL = (
    "SELECT fp.fact_id, p.id FROM fact_places fp JOIN places p ON p.id = fp.place_id "
    "WHERE fp.fact_id IN ({selected}) ORDER BY p.position"
)
ENTITY_IDS_SQL = (
    "SELECT fe.fact_id, e.id FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id "
    "WHERE fe.fact_id IN ({selected}) ORDER BY e.name"
)
PLACES_BY_ID = (
    "SELECT p.id, p.name, p.name_zh, p.kind, p.provenance, p.zh_provenance FROM places p "
    "WHERE p.id IN (SELECT value FROM json_each(?))"
)
ENTITIES_BY_ID = (
    "SELECT e.id, e.name, e.kind, e.name_zh FROM entities e "
    "WHERE e.id IN (SELECT value FROM json_each(?))"
)
INPUTS_SQL = (
    "SELECT fact_id, input_id FROM fact_inputs WHERE fact_id IN ({selected}) ORDER BY position"
)

# Chunks keep each IN list well under SQLite's limit on bound parameters.
CHUNK = 500


def fact_detail(db: sqlite3.Connection, fact_id: str) -> FactDetail | None:
    """Everything about one fact, or None if there is no such fact."""
    rows = fact_rows_by_id(db, [fact_id])
    if not rows:
        return None
    return _details(db, rows, _extras(db, "SELECT ?", [fact_id]), "SELECT ?", [fact_id])[0]


def fact_details(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort = FactSort()
) -> list[FactDetail]:
    """The details of every fact ``query`` selects, in ``sort`` order."""
    where, params = where_clause(query)
    selected = f"SELECT f.id {FACTS_FROM} {where}"
    return _details(db, fact_rows(db, query, sort), _extras(db, selected, params), selected, params)


class CategoryPaths:
    """The names from the top of the category tree down to categories, read once each: a
    streamed export asks for the same categories chunk after chunk."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, bool], tuple[str, ...]] = {}

    def of(
        self, db: sqlite3.Connection, category_ids: set[str], chinese: bool = False
    ) -> dict[str, tuple[str, ...]]:
        """The path of each of ``category_ids`` (in Chinese forms when ``chinese``)."""
        missing = {c for c in category_ids if (c, chinese) not in self._known}
        if missing:
            found = paths_of(db, missing, chinese)
            for category_id in missing:
                self._known[category_id, chinese] = found.get(category_id, ())
        return {c: self._known[c, chinese] for c in category_ids}


def _extras(db: sqlite3.Connection, selected: str, params: list) -> dict[str, Extra]:
    """Each listed fact's ``Extra``, by id."""
    return {
        values[0]: values[1:]
        for values in db.execute(
            f"SELECT f.id, {EXTRA_COLUMNS} FROM facts f WHERE f.id IN ({selected})", params
        ).fetchall()
    }


def _details(
    db: sqlite3.Connection,
    rows: list[FactRow],
    extras: dict[str, Extra],
    selected: str,
    params: list,
    paths: CategoryPaths | None = None,
) -> list[FactDetail]:
    """The details of ``rows`` (with their ``extras``), whose ids the SQL ``selected`` (with
    ``params``) lists."""
    # Every query's rows are read with fetchall (in C): walking the store's cursor row by
    # row runs Python for each, and an export reads hundreds of thousands.

    def grouped(sql: str, make: Callable[[tuple], object]) -> dict[str, list]:
        found: dict[str, list] = defaultdict(list)
        for values in db.execute(sql.format(selected=selected), params).fetchall():
            found[values[0]].append(make(values[1:]))
        return found

    # One record per place however many facts name it (a chunk names a district hundreds of
    # times): the same frozen Place for each.
    place_records: dict[tuple, Place] = {}
    places = grouped(
        PLACES_SQL,
        lambda values: (
            place_records.get(values) or place_records.setdefault(values, place_record(values))
        ),
    )
    entities = grouped(ENTITIES_SQL, lambda values: Entity(*values))
    inputs = grouped(INPUTS_SQL, lambda values: values[0])
    used_by = grouped(
        "SELECT i.input_id, i.fact_id FROM fact_inputs i JOIN facts f ON f.id = i.fact_id "
        "WHERE i.input_id IN ({selected}) ORDER BY f.position",
        lambda values: values[0],
    )
    described_by = grouped(
        "SELECT describes_id, id FROM facts WHERE describes_id IN ({selected}) ORDER BY position",
        lambda values: values[0],
    )
    linked = {
        *(i for ids in (*inputs.values(), *used_by.values(), *described_by.values()) for i in ids),
        *(values[5] for values in extras.values() if values[5]),  # what each describes
    }
    by_id = {row.id: row for row in _rows_by_id(db, sorted(linked))} if linked else {}
    shown_categories = {values[0] for values in extras.values()}
    paths = paths or CategoryPaths()
    english, chinese = paths.of(db, shown_categories), paths.of(db, shown_categories, True)

    def linked_rows(ids: list[str] | None) -> tuple[FactRow, ...]:
        return tuple(by_id[i] for i in ids if i in by_id) if ids else ()

    details = []
    for row in rows:
        category_id, q_start, q_end, v_start, v_end, describes_id = extras[row.id]
        # In FactDetail's field order (record_maker fills them by position).
        details.append(
            _new_detail(
                (
                    row,
                    english.get(category_id, ()),
                    q_start,
                    q_end,
                    v_start,
                    v_end,
                    row.formula,
                    row.note,
                    tuple(places.get(row.id, ())),
                    tuple(entities.get(row.id, ())),
                    linked_rows(inputs.get(row.id)),
                    linked_rows(used_by.get(row.id)),
                    by_id.get(describes_id) if describes_id else None,
                    linked_rows(described_by.get(row.id)),
                    chinese.get(category_id, ()),
                    row.note_zh,
                )
            )
        )
    return details


# Deeper than any real tree; a hand-made cycle of categories stops here.
MAX_DEPTH = 32


def paths_of(
    db: sqlite3.Connection, category_ids: set[str], chinese: bool = False
) -> dict[str, tuple[str, ...]]:
    """The names from the top of the tree down to each of these categories (in Chinese, each
    name's Chinese form where it has one), walking up from each: not the whole tree, since a
    generated database has thousands of categories."""
    name = "COALESCE(c.name_zh, c.name)" if chinese else "c.name"
    rows = db.execute(
        f"""
        WITH RECURSIVE up(start, id, parent_id, name, depth) AS (
            SELECT c.id, c.id, c.parent_id, {name}, 0 FROM categories c
            WHERE c.id IN (SELECT value FROM json_each(?))
            UNION ALL SELECT up.start, c.id, c.parent_id, {name}, up.depth + 1
            FROM categories c JOIN up ON c.id = up.parent_id
            WHERE up.depth < ? AND c.id != up.start)
        SELECT start, name FROM up ORDER BY start, depth DESC""",
        [json.dumps(sorted(category_ids)), MAX_DEPTH],
    )
    paths: dict[str, list[str]] = defaultdict(list)
    for start, path_name in rows:
        paths[start].append(path_name)
    return {start: tuple(names) for start, names in paths.items()}


def _rows_by_id(db: sqlite3.Connection, ids: list[str]) -> list[FactRow]:
    rows = []
    for start in range(0, len(ids), CHUNK):
        rows.extend(fact_rows_by_id(db, ids[start : start + CHUNK]))
    return rows


def _chunk_details(
    db: sqlite3.Connection, chunk: list[tuple], paths: CategoryPaths
) -> list[FactDetail]:
    rows = [fact_row(values[:_ROW_COLUMNS]) for values in chunk]
    extras = {row.id: values[_ROW_COLUMNS:] for row, values in zip(rows, chunk, strict=True)}
    ids = json.dumps([row.id for row in rows])
    return _details(db, rows, extras, "SELECT value FROM json_each(?)", [ids], paths)


def detail_chunks(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, size: int
) -> Iterator[list[FactDetail]]:
    """The details of the view ``query``/``sort`` in order, ``size`` at a time: the rows and
    their own columns from one pass over the view, the rest a few set queries a chunk."""
    paths = CategoryPaths()  # a streamed export asks for the same categories chunk after chunk
    columns = f"{FACT_COLUMNS}, {EXTRA_COLUMNS}"
    for chunk in view_stream.column_chunks(db, query, sort, columns, size):
        yield _chunk_details(db, chunk, paths)
