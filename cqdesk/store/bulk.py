"""Details of a whole view at once (for exports): a few set queries instead of one fact_detail per fact."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from cqdesk.store.facts import fact_rows, fact_rows_by_id
from cqdesk.store.records import Entity, FactDetail, FactQuery, FactSort, Place
from cqdesk.store.sql import FACTS_FROM, where_clause


def _selected(query: FactQuery) -> tuple[str, list]:
    where, params = where_clause(query)
    return f"SELECT f.id {FACTS_FROM} {where}", params


def _category_paths(db: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    parents = {
        cid: (parent, name)
        for cid, parent, name in db.execute("SELECT id, parent_id, name FROM categories")
    }
    paths = {}
    for cid in parents:
        path, seen, node = [], set(), cid
        while node in parents and node not in seen:  # a cycle would otherwise never end
            seen.add(node)
            path.append(parents[node][1])
            node = parents[node][0]
        paths[cid] = tuple(reversed(path))
    return paths


def _grouped(db: sqlite3.Connection, sql: str, params: list, make) -> dict[str, list]:
    found: dict[str, list] = defaultdict(list)
    for values in db.execute(sql, params):
        found[values[0]].append(make(values[1:]))
    return found


def fact_details(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort = FactSort()
) -> list[FactDetail]:
    """The details of every fact ``query`` selects, in ``sort`` order.

    Filled: the row, category path, offsets, formula, note, places, entities, inputs and the
    fact it describes. Left empty, because no export needs them: ``used_by``, ``described_by``.
    """
    rows = fact_rows(db, query, sort)
    selected, params = _selected(query)
    extra = {
        values[0]: values[1:]
        for values in db.execute(
            "SELECT id, category_id, quote_start, quote_end, value_start, value_end, formula, note, "
            f"describes_id FROM facts WHERE id IN ({selected})",
            params,
        )
    }
    places = _grouped(
        db,
        "SELECT fp.fact_id, p.id, p.name, p.name_zh, p.kind, p.provenance "
        "FROM fact_places fp JOIN places p ON p.id = fp.place_id "
        f"WHERE fp.fact_id IN ({selected}) ORDER BY p.position",
        params,
        lambda values: Place(*values),
    )
    entities = _grouped(
        db,
        "SELECT fe.fact_id, e.id, e.name, e.kind FROM fact_entities fe "
        "JOIN entities e ON e.id = fe.entity_id "
        f"WHERE fe.fact_id IN ({selected}) ORDER BY e.name",
        params,
        lambda values: Entity(*values),
    )
    input_ids = _grouped(
        db,
        "SELECT fact_id, input_id FROM fact_inputs "
        f"WHERE fact_id IN ({selected}) ORDER BY position",
        params,
        lambda values: values[0],
    )
    linked = {
        *(i for ids in input_ids.values() for i in ids),
        *(values[-1] for values in extra.values() if values[-1]),
    }
    linked_rows = {row.id: row for row in _rows_by_id(db, sorted(linked))}
    paths = _category_paths(db)
    details = []
    for row in rows:
        category_id, q_start, q_end, v_start, v_end, formula, note, describes_id = extra[row.id]
        details.append(
            FactDetail(
                row=row,
                category_path=paths.get(category_id, ()),
                quote_start=q_start,
                quote_end=q_end,
                value_start=v_start,
                value_end=v_end,
                formula=formula,
                note=note,
                places=tuple(places[row.id]),
                entities=tuple(entities[row.id]),
                inputs=tuple(linked_rows[i] for i in input_ids[row.id] if i in linked_rows),
                describes=linked_rows.get(describes_id),
            )
        )
    return details


def _rows_by_id(db: sqlite3.Connection, ids: list[str], chunk: int = 500) -> list:
    # Chunks keep each IN list well under SQLite's limit on bound parameters.
    rows = []
    for start in range(0, len(ids), chunk):
        rows.extend(fact_rows_by_id(db, ids[start : start + chunk]))
    return rows
