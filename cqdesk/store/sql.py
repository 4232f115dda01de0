"""SQL fragments shared by the store's queries: subtree filters and the facts row shape."""

from __future__ import annotations

from cqdesk.store.records import FactQuery, FactRow
from cqdesk.store.search import match_expression

CATEGORY_SUBTREE = """
    WITH RECURSIVE sub(id) AS (
        SELECT ? UNION SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id)
    SELECT id FROM sub"""

PLACE_SUBTREE = """
    WITH RECURSIVE sub(id) AS (
        SELECT ? UNION SELECT pp.place_id FROM place_parents pp JOIN sub ON pp.parent_id = sub.id)
    SELECT id FROM sub"""

FACT_COLUMNS = """f.id, f.kind, f.label, f.value, f.value_display, f.unit, f.qualifier, f.change,
    f.place_label, c.name, f.quote, f.period"""

FACTS_FROM = "FROM facts f JOIN categories c ON c.id = f.category_id"

# Every sort key is one expression; empty values sort last in either direction.
SORT_SQL = {
    "position": "f.position",
    "label": "f.label COLLATE NOCASE",
    "value": "f.value",
    "unit": "f.unit",
    "qualifier": "f.qualifier",
    "change": "f.change_value",
    "place": "f.place_label COLLATE NOCASE",
    "category": "c.name COLLATE NOCASE",
    "kind": "f.kind",
}


def where_clause(query: FactQuery) -> tuple[str, list]:
    """The WHERE clause and parameters that select the facts of ``query``."""
    clauses, params = [], []
    if query.category_id:
        clauses.append(f"f.category_id IN ({CATEGORY_SUBTREE})")
        params.append(query.category_id)
    if query.place_id:
        clauses.append(
            f"f.id IN (SELECT fact_id FROM fact_places WHERE place_id IN ({PLACE_SUBTREE}))"
        )
        params.append(query.place_id)
    expression = match_expression(query.search.replace("\x00", " "))
    if expression:
        clauses.append(
            "f.id IN (SELECT s.fact_id FROM search_index s WHERE s.rowid IN "
            "(SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH ?))"
        )
        params.append(expression)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_clause(key: str, descending: bool) -> str:
    """ORDER BY for a sort key, with the report's own order breaking ties."""
    expression = SORT_SQL[key]
    direction = " DESC" if descending else ""
    return f"ORDER BY ({expression}) IS NULL, {expression}{direction}, f.position{direction}"


def fact_row(values: tuple) -> FactRow:
    """A FactRow from a row selected with FACT_COLUMNS."""
    return FactRow(*values)
