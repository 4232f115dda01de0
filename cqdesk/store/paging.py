"""Pages, counts and positions of a view at a cost that does not grow with the database.

Each filter of a FactQuery becomes a ``Part``: a condition on one fact (a probe, for walking a
sort index) and a set of fact rowids (a driver, for reading only its facts). A small driver is
read and sorted; otherwise the sort index is walked and each row probed. Report order is rowid
order (the build writes facts in position order), so a search's FTS rowids or a place's
``place_facts`` range come already sorted for it. Deep pages are counted from the nearer end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from cqdesk.store.records import SORT_KEYS, FactQuery, FactRow, FactSort
from cqdesk.store.search import match_expression
from cqdesk.store.sql import FACT_COLUMNS, fact_row, sort_terms

# A filter with at most this many facts drives the query: its rows are read and sorted (a few
# milliseconds); a larger one is a probe while the sort index is walked.
SPARSE = 4_000

FTS_ROWIDS = "SELECT rowid AS r FROM search_index_fts WHERE search_index_fts MATCH ?"


@dataclass
class Part:
    """One filter: ``probe`` is true of a fact's rowid ``{r}`` (facts alias ``f``); ``driver``
    selects the rowids ``r`` of its facts; ``ordered`` says it yields them in ascending order;
    ``size`` is its number of facts, or SPARSE + 1 for "more than SPARSE" (asked only when a
    plan needs it: sizing a search runs it)."""

    name: str
    probe: str
    params: tuple
    driver: str
    driver_params: tuple
    sizer: Callable[[], int] = field(repr=False)
    ordered: bool
    stored: bool  # the size is a stored count, exact at any size

    @cached_property
    def size(self) -> int:
        return self.sizer()

    @property
    def exact(self) -> bool:
        return self.stored or self.size <= SPARSE


def _limited_count(db: sqlite3.Connection, sql: str, params: tuple) -> int:
    return db.execute(f"SELECT COUNT(*) FROM ({sql} LIMIT {SPARSE + 1})", params).fetchone()[0]


def _category(db: sqlite3.Connection, category_id: str) -> Part:
    found = db.execute(
        "SELECT first_rank, last_rank, fact_count FROM category_counts WHERE category_id = ?",
        [category_id],
    ).fetchone()
    first, last, size = found or (0, -1, 0)  # an unknown category selects nothing
    return Part(
        "category",
        # The unary + keeps SQLite from using the category index instead of the sort index.
        "+f.category_rank BETWEEN ? AND ?",
        (first, last),
        "SELECT rowid AS r FROM facts WHERE category_rank BETWEEN ? AND ?",
        (first, last),
        lambda: size,
        ordered=False,
        stored=True,
    )


def _place(db: sqlite3.Connection, place_id: str) -> Part:
    found = db.execute(
        "SELECT fact_count FROM place_counts WHERE place_id = ?", [place_id]
    ).fetchone()
    return Part(
        "place",
        "EXISTS (SELECT 1 FROM place_facts pf WHERE pf.ancestor_id = ? AND pf.fact_rowid = {r})",
        (place_id,),
        "SELECT fact_rowid AS r FROM place_facts WHERE ancestor_id = ?",
        (place_id,),
        lambda: found[0] if found else 0,
        ordered=True,
        stored=True,
    )


def _entity(db: sqlite3.Connection, entity_id: str) -> Part:
    driver = (
        "SELECT f2.rowid AS r FROM fact_entities fe JOIN facts f2 ON f2.id = fe.fact_id "
        "WHERE fe.entity_id = ?"
    )
    return Part(
        "entity",
        "EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.entity_id = ? AND fe.fact_id = f.id)",
        (entity_id,),
        driver,
        (entity_id,),
        lambda: _limited_count(db, driver, (entity_id,)),
        ordered=False,
        stored=False,
    )


# The last few searches' sizes per connection: typing "rural" asks about the same words for
# the count, the page and the chart within one keystroke. Keyed by the connection itself (not
# its id, which a later connection could reuse); the file is read-only, so sizes never change.
_SEARCH_SIZES: dict[tuple[sqlite3.Connection, str], int] = {}


def _search_size(db: sqlite3.Connection, expression: str) -> int:
    key = (db, expression)
    if key not in _SEARCH_SIZES:
        if len(_SEARCH_SIZES) > 64:
            _SEARCH_SIZES.clear()
        _SEARCH_SIZES[key] = _limited_count(db, FTS_ROWIDS, (expression,))
    return _SEARCH_SIZES[key]


def small_search(db: sqlite3.Connection, query: FactQuery) -> bool:
    """Whether ``query``'s search matches at most SPARSE facts (True without a search)."""
    expression = match_expression(query.search.replace("\x00", " "))
    return expression is None or _search_size(db, expression) <= SPARSE


def _search(db: sqlite3.Connection, expression: str) -> Part:
    return Part(
        "search",
        # SQLite reads the subquery's rowids once into a set; an FTS query per row would take
        # tens of milliseconds each.
        "{r} IN (" + FTS_ROWIDS.replace(" AS r", "") + ")",
        (expression,),
        FTS_ROWIDS,
        (expression,),
        lambda: _search_size(db, expression),
        ordered=True,
        stored=False,
    )


def query_parts(db: sqlite3.Connection, query: FactQuery) -> list[Part]:
    """The filters of ``query``."""
    parts = []
    if query.category_id:
        parts.append(_category(db, query.category_id))
    if query.place_id:
        parts.append(_place(db, query.place_id))
    if query.entity_id:
        parts.append(_entity(db, query.entity_id))
    expression = match_expression(query.search.replace("\x00", " "))
    if expression:
        parts.append(_search(db, expression))
    return parts


@dataclass(frozen=True)
class Plan:
    """The FROM and WHERE of one view's rowids, and whether its rows come in rowid order."""

    source: str
    where: str
    params: tuple
    rowid_ordered: bool

    def conditions(self, *extra: str) -> str:
        terms = [term for term in (self.where, *extra) if term]
        return ("WHERE " + " AND ".join(terms)) if terms else ""


def _probes(parts: list[Part]) -> tuple[str, tuple]:
    conditions = [part.probe.format(r="f.rowid") for part in parts]
    params = tuple(value for part in parts for value in part.params)
    return " AND ".join(conditions), params


def _driver(parts: list[Part], report_order: bool) -> Part | None:
    """The filter whose facts are read first, or None to walk the sort index."""
    search = next((part for part in parts if part.name == "search"), None)
    # Sizing the others is free or cheap; sizing a search runs it, so it is asked last.
    others = sorted((part for part in parts if part is not search), key=lambda part: part.size)
    if others and others[0].size <= SPARSE:
        return others[0]
    if report_order and (search or others):
        # Already in report order: a search (its other filters probed per hit) or a place.
        return search or next((part for part in others if part.ordered), None)
    if search is not None and search.size <= SPARSE:
        return search
    return None


def plan(db: sqlite3.Connection, query: FactQuery, sort: FactSort) -> Plan:
    """How to read the view ``query`` in ``sort`` order (see the module's docstring)."""
    parts = query_parts(db, query)
    driver = _driver(parts, report_order=sort.key == "position")
    if driver is None:
        where, params = _probes(parts)
        return Plan("facts f", where, params, rowid_ordered=False)
    where, params = _probes([part for part in parts if part is not driver])
    source = f"({driver.driver}) d CROSS JOIN facts f ON f.rowid = d.r"
    return Plan(source, where, driver.driver_params + params, rowid_ordered=driver.ordered)


def _terms(sort: FactSort, reverse: bool = False) -> list[str]:
    terms = sort_terms(sort.key, sort.descending)
    if not reverse:
        return terms
    return [term[: -len(" DESC")] if term.endswith(" DESC") else f"{term} DESC" for term in terms]


def view_order(view: Plan, sort: FactSort, reverse: bool = False) -> str:
    """The ORDER BY of a view read by ``view`` (backwards when ``reverse``)."""
    if view.rowid_ordered and sort.key == "position":
        # Rowid order is report order; ordering by the driver's own column keeps its order.
        return "ORDER BY d.r DESC" if sort.descending != reverse else "ORDER BY d.r"
    return "ORDER BY " + ", ".join(_terms(sort, reverse))


def page_rowids(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    offset: int,
    limit: int,
    total: int | None = None,
) -> list[int]:
    """The rowids of rows ``offset`` … ``offset + limit - 1`` of the view; read from the end
    that is nearer when ``total`` is known, so the last page costs what the first does
    (``limit`` -1: every row from ``offset`` on)."""
    if sort.key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort.key!r}")
    view = plan(db, query, sort)
    reverse = False
    if total is not None and limit >= 0 and offset > total - offset - limit:
        reverse = True
        end = min(offset + limit, total)
        offset, limit = total - end, end - offset
    sql = (
        f"SELECT f.rowid FROM {view.source} {view.conditions()} "
        f"{view_order(view, sort, reverse)} LIMIT ? OFFSET ?"
    )
    # A negative limit is SQLite's "no limit": the whole view from ``offset``.
    rowids = [r for (r,) in db.execute(sql, (*view.params, limit, max(offset, 0)))]
    return rowids[::-1] if reverse else rowids


def rows_by_rowid(db: sqlite3.Connection, rowids: list[int]) -> list[FactRow]:
    """The rows of the given facts, in the order given."""
    found: dict[int, FactRow] = {}
    for start in range(0, len(rowids), 500):  # well under SQLite's limit on parameters
        chunk = rowids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for values in db.execute(
            f"SELECT f.rowid, {FACT_COLUMNS} FROM facts f JOIN categories c "
            f"ON c.id = f.category_id WHERE f.rowid IN ({marks})",
            chunk,
        ):
            found[values[0]] = fact_row(values[1:])
    return [found[r] for r in rowids if r in found]


def page(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    offset: int,
    limit: int,
    total: int | None = None,
) -> list[FactRow]:
    """One page of the view (see ``page_rowids``)."""
    return rows_by_rowid(db, page_rowids(db, query, sort, offset, limit, total))


def known_count(db: sqlite3.Connection, query: FactQuery) -> int | None:
    """The view's size when it is stored or cheap (no filter, one tree filter, a small search
    or organisation); None when it has to be counted."""
    parts = query_parts(db, query)
    if not parts:
        return db.execute("SELECT facts FROM fact_total").fetchone()[0]
    if len(parts) == 1 and parts[0].exact:  # stored, or small enough to have been counted
        return parts[0].size
    return None


def count(db: sqlite3.Connection, query: FactQuery) -> int:
    """The view's size (a stored number where there is one; may take a while otherwise)."""
    known = known_count(db, query)
    if known is not None:
        return known
    parts = query_parts(db, query)
    if len(parts) == 1 and parts[0].exact:
        return parts[0].size
    if len(parts) == 1 and parts[0].name == "search":
        return db.execute(
            "SELECT COUNT(*) FROM search_index_fts WHERE search_index_fts MATCH ?",
            parts[0].params,
        ).fetchone()[0]
    view = count_plan(db, query)
    return db.execute(
        f"SELECT COUNT(*) FROM {view.source} {view.conditions()}", view.params
    ).fetchone()[0]


def count_plan(db: sqlite3.Connection, query: FactQuery) -> Plan:
    """How to read a view's facts in no order (to count or group them): the smallest filter
    that is not a search drives, a search being then one set of rowids read once."""
    parts = query_parts(db, query)
    if not parts:
        return Plan("facts f", "", (), rowid_ordered=True)
    search = next((part for part in parts if part.name == "search"), None)
    others = sorted((part for part in parts if part is not search), key=lambda part: part.size)
    driver = others[0] if others else search
    assert driver is not None
    where, params = _probes([part for part in parts if part is not driver])
    return Plan(
        f"({driver.driver}) d CROSS JOIN facts f ON f.rowid = d.r",
        where,
        driver.driver_params + params,
        rowid_ordered=driver.ordered,
    )


def _split(term: str) -> tuple[str, bool]:
    return (term[: -len(" DESC")], True) if term.endswith(" DESC") else (term, False)


def position(db: sqlite3.Connection, query: FactQuery, sort: FactSort, fact_id: str) -> int | None:
    """The row of ``fact_id`` in the view, or None when the view does not show it: the rows
    that sort before it, counted over the sort index's ranges (one count per sort term)."""
    view = plan(db, query, sort)
    terms = [_split(term) for term in sort_terms(sort.key, sort.descending)]
    columns = ", ".join(expression for expression, _ in terms)
    found = db.execute(
        f"SELECT f.rowid, {columns} FROM facts f WHERE f.id = ?", [fact_id]
    ).fetchone()
    if found is None:
        return None
    rowid, values = found[0], found[1:]
    shown = db.execute(
        f"SELECT 1 FROM {view.source} {view.conditions('f.rowid = ?')}", (*view.params, rowid)
    ).fetchone()
    if shown is None:
        return None
    before = 0
    for level, (expression, descending) in enumerate(terms):
        if values[level] is None:
            continue  # nothing sorts before an empty value within its level (empties sort last)
        # Parentheses: "value IS NULL < ?" would read as "value IS (NULL < ?)".
        equal = [f"({e}) IS ?" for e, _ in terms[:level]]
        condition = " AND ".join([*equal, f"({expression}) {'>' if descending else '<'} ?"])
        before += db.execute(
            f"SELECT COUNT(*) FROM {view.source} {view.conditions(condition)}",
            (*view.params, *values[: level + 1]),
        ).fetchone()[0]
    return before


def matching(db: sqlite3.Connection, query: FactQuery, fact_ids: list[str]) -> set[str]:
    """The ids among ``fact_ids`` that ``query`` selects, reading only those facts."""
    parts = query_parts(db, query)
    search = next((part for part in parts if part.name == "search"), None)
    probes, params = _probes([part for part in parts if part is not search])
    found: dict[int, str] = {}
    for start in range(0, len(fact_ids), 500):  # well under SQLite's limit on parameters
        chunk = fact_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        condition = f"f.id IN ({marks})" + (f" AND {probes}" if probes else "")
        found.update(
            db.execute(f"SELECT f.rowid, f.id FROM facts f WHERE {condition}", (*chunk, *params))
        )
    if search is None or not found:
        return set(found.values())
    # The search's hits within the rowids asked about only: FTS reads that stretch of its lists.
    hits = db.execute(
        f"{FTS_ROWIDS} AND rowid BETWEEN ? AND ?", (*search.params, min(found), max(found))
    )
    return {found[r] for (r,) in hits if r in found}


def rowid_chunks(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, size: int
) -> Iterator[list[int]]:
    """The view's rowids in order, ``size`` at a time, from one cursor: memory stays bounded
    whatever the view's size (exports and big copies read the rows of each chunk)."""
    view = plan(db, query, sort)
    cursor = db.execute(
        f"SELECT f.rowid FROM {view.source} {view.conditions()} {view_order(view, sort)}",
        view.params,
    )
    while chunk := cursor.fetchmany(size):
        yield [r for (r,) in chunk]
