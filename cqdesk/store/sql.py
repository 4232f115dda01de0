"""SQL fragments shared by the store's queries: subtree filters and the facts row shape."""

from __future__ import annotations

from cqdesk.store.records import FactQuery, FactRow, record_maker
from cqdesk.text.formatting import qualified_display

CATEGORY_SUBTREE = """
    WITH RECURSIVE sub(id) AS (
        SELECT ? UNION SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id)
    SELECT id FROM sub"""

PLACE_SUBTREE = """
    WITH RECURSIVE sub(id) AS (
        SELECT ? UNION SELECT pp.place_id FROM place_parents pp JOIN sub ON pp.parent_id = sub.id)
    SELECT id FROM sub"""

PLACE_LIST = f"f.id IN (SELECT fact_id FROM fact_places WHERE place_id IN ({PLACE_SUBTREE}))"
PLACE_CHECK = (
    "EXISTS (SELECT 1 FROM fact_places fp WHERE fp.fact_id = f.id "
    f"AND fp.place_id IN ({PLACE_SUBTREE}))"
)

FACT_COLUMNS = """f.id, f.kind, f.label, f.value, f.value_display, f.unit, f.qualifier, f.change,
    f.place_label, c.name, f.quote, f.period, f.source_id, f.reading, f.note, f.formula,
    f.entity_label, f.label_zh, f.value_display_zh,
    (SELECT u.name_zh FROM units u WHERE u.id = f.unit), f.change_zh, f.place_label_zh,
    c.name_zh, f.entity_label_zh, f.note_zh, f.period_zh, f.cited_sources"""

_DISPLAY, _QUALIFIER = 4, 6  # where FACT_COLUMNS puts the value as printed and its qualifier
_new_fact_row = record_maker(FactRow)

FACTS_FROM = "FROM facts f JOIN categories c ON c.id = f.category_id"

# Every sort key is one column of facts (with its collation) and whether it can be empty; empty
# values sort last in either direction. The build makes an index from the same terms for each
# ordering, so a page of a large database is read from an index instead of sorting every row.
SORT_SQL = {
    "position": ("position", False),
    "label": ("label COLLATE NOCASE", False),
    "value": ("value", True),
    "unit": ("unit", True),
    "qualifier": ("qualifier", True),
    "change": ("change_value", True),
    "reading": ("reading", True),
    "place": ("place_label COLLATE NOCASE", True),
    "category": ("category_rank", False),  # the tree's order, as the category pane shows it
    "kind": ("kind", False),
}


def where_clause(query: FactQuery) -> tuple[str, list]:
    """The WHERE clause and parameters that select the facts of ``query``."""
    clauses, params = [], []
    if query.category_id:
        clauses.append(f"f.category_id IN ({CATEGORY_SUBTREE})")
        params.append(query.category_id)
    expression = query.match
    if query.place_id:
        # Alone, the place's facts drive the query; with a search, the (smaller) search hits
        # drive it and each is checked against the place: twice as fast on a large database.
        clauses.append(PLACE_CHECK if expression else PLACE_LIST)
        params.append(query.place_id)
    if query.entity_id:
        clauses.append("f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?)")
        params.append(query.entity_id)
    if expression:
        clauses.append(
            "f.id IN (SELECT s.fact_id FROM search_index s WHERE s.rowid IN "
            "(SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH ?))"
        )
        params.append(expression)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def sort_terms(key: str, descending: bool, table: str = "f.") -> list[str]:
    """The ordering terms of a sort key: the ORDER BY's (``table`` "f.") and its index's ("")."""
    column, nullable = SORT_SQL[key]
    direction = " DESC" if descending else ""
    terms = [f"{table}{column}{direction}", f"{table}position{direction}"]
    if nullable:
        terms.insert(0, f"{table}{column.split()[0]} IS NULL")
    return list(dict.fromkeys(terms))


def order_column(key: str, descending: bool) -> tuple[str, bool]:
    """The ``fact_order`` column numbering the facts in this order, and whether the order reads
    it backwards: a descending sort is the ascending one reversed, except that empty values
    stay last, so a key that can be empty has a descending column of its own."""
    _, nullable = SORT_SQL[key]
    if descending and nullable:
        return f"by_{key}_desc", False
    return f"by_{key}", descending


# Every column of fact_order, with the ordering it numbers (sort key, descending).
ORDER_COLUMNS = {f"by_{key}": (key, False) for key in SORT_SQL} | {
    f"by_{key}_desc": (key, True) for key, (_, nullable) in SORT_SQL.items() if nullable
}


def order_clause(key: str, descending: bool) -> str:
    """ORDER BY for a sort key, with the report's own order breaking ties."""
    return "ORDER BY " + ", ".join(sort_terms(key, descending))


def fact_row(values: tuple) -> FactRow:
    """A FactRow from a row selected with FACT_COLUMNS.

    The value as printed carries its qualifier from here on ("over 650,000"): the build writes
    it so, and a hand-made database that left the word out gets it once, here, not in every
    reader."""
    # The last column is the space-separated ids of the sources the fact draws on. Each row
    # is made once (a page is 200 of them, an export 100,000): dataclasses.replace costs as
    # much as a new row.
    *fields, cited = values
    fields[_DISPLAY] = qualified_display(fields[_DISPLAY], fields[_QUALIFIER])
    fields.append(tuple(cited.split()) if cited else ())  # cited_sources, FactRow's last field
    return _new_fact_row(fields)
