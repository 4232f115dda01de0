"""Pages, counts and positions of a view at a cost that does not grow with the database.

Every order of the facts table is one integer column of ``fact_order``: each fact's number in
that order over the whole table, made by the build, read forwards or backwards
(``store.sql.order_column``). Each filter of a FactQuery becomes a ``Part``: a condition on one
fact (a probe, for walking an order's index) and a set of fact rowids (a driver, for reading
only its facts). A small driver is read and sorted; otherwise the order's index is walked and
each row probed. Report order is rowid order (the build writes facts in position order), so a
search's FTS rowids or a place's ``place_facts`` range come already sorted for it.

A page is read from the nearest row whose key is known (keyset: one seek past that row, then
only the rows between): a neighbouring row the caller holds, or either end of the view. In the
unfiltered view row n is number n, so every page, and every fact's row, is known at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from cqdesk.store.records import SORT_KEYS, Anchor, FactPage, FactQuery, FactRow, FactSort, PageKey
from cqdesk.store.search import match_expression
from cqdesk.store.sql import FACT_COLUMNS, fact_row, order_column

# A filter with at most this many facts drives the query: its rows are read and sorted (a few
# milliseconds); a larger one is a probe while an order's index is walked.
SPARSE = 4_000

FTS_ROWIDS = "SELECT rowid AS r FROM search_index_fts WHERE search_index_fts MATCH ?"


@dataclass(frozen=True)
class Alias:
    """How a probe names the fact it tests: its rowid, its category rank and its id."""

    rowid: str
    rank: str
    id: str


# A probe over the facts table itself (counts, facets, membership) ...
FACTS = Alias("f.rowid", "f.category_rank", "f.id")
# ... and over fact_order while an order's index is walked (the id is read only for an
# organisation filter, the one probe that needs it).
ORDERED = Alias(
    "o.fact_rowid", "o.category_rank", "(SELECT id FROM facts WHERE rowid = o.fact_rowid)"
)
# ... and over a driver's rowids ``d.r`` joined to fact_order (or facts): a probe on the rowid
# alone is then checked before the join, so a driver row that fails is never looked up
# (a place checked against a big search's hits: 10,000 lookups of fact_order saved a page).
DRIVEN = Alias("d.r", "o.category_rank", "(SELECT id FROM facts WHERE rowid = d.r)")
DRIVEN_FACTS = Alias("d.r", "f.category_rank", "f.id")


@dataclass
class Part:
    """One filter: ``probe`` is true of a fact (named by an Alias's ``{rowid}``, ``{rank}`` and
    ``{id}``); ``driver`` selects the rowids ``r`` of its facts; ``ordered`` says it yields them
    in ascending order; ``size`` is its number of facts, or SPARSE + 1 for "more than SPARSE"
    (asked only when a plan needs it: sizing a search runs it)."""

    name: str
    probe: str
    params: tuple
    driver: str
    driver_params: tuple
    sizer: Callable[[], int] = field(repr=False)
    ordered: bool
    stored: bool  # the size is exact at any size (a stored count, or a search's hits)
    covered: bool = False  # the probe reads only a column that the order's indexes carry

    @cached_property
    def size(self) -> int:
        return self.sizer()

    @property
    def exact(self) -> bool:
        return self.stored or self.size <= SPARSE

    def condition(self, alias: Alias) -> str:
        return self.probe.format(rowid=alias.rowid, rank=alias.rank, id=alias.id)


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
        # The unary + keeps SQLite from reaching for the category index instead of the order's.
        "+{rank} BETWEEN ? AND ?",
        (first, last),
        "SELECT rowid AS r FROM facts WHERE category_rank BETWEEN ? AND ?",
        (first, last),
        lambda: size,
        ordered=False,
        stored=True,
        covered=True,
    )


def _place(db: sqlite3.Connection, place_id: str) -> Part:
    found = db.execute(
        "SELECT fact_count FROM place_counts WHERE place_id = ?", [place_id]
    ).fetchone()
    return Part(
        "place",
        "EXISTS (SELECT 1 FROM place_facts pf WHERE pf.ancestor_id = ? AND pf.fact_rowid = {rowid})",
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
        "EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.entity_id = ? AND fe.fact_id = {id})",
        (entity_id,),
        driver,
        (entity_id,),
        lambda: _limited_count(db, driver, (entity_id,)),
        ordered=False,
        stored=False,
    )


# The last few searches' hit counts per connection: typing "rural" asks about the same words
# for the count, the page, the trees' counts and the chart within one keystroke. Keyed by the
# connection itself (not its id, which a later connection could reuse); the file is read-only,
# so counts never change. The count is exact: FTS5 merges a prefix's whole lists before it
# yields a first hit, so counting them all costs little more than counting a few.
_SEARCH_HITS: dict[tuple[sqlite3.Connection, str], int] = {}


def _search_hits(db: sqlite3.Connection, expression: str) -> int:
    key = (db, expression)
    if key not in _SEARCH_HITS:
        if len(_SEARCH_HITS) > 64:
            _SEARCH_HITS.clear()
        _SEARCH_HITS[key] = db.execute(
            "SELECT COUNT(*) FROM search_index_fts WHERE search_index_fts MATCH ?", [expression]
        ).fetchone()[0]
    return _SEARCH_HITS[key]


def small_search(db: sqlite3.Connection, query: FactQuery) -> bool:
    """Whether ``query``'s search matches at most SPARSE facts (True without a search)."""
    expression = match_expression(query.search.replace("\x00", " "))
    return expression is None or _search_hits(db, expression) <= SPARSE


def _search(db: sqlite3.Connection, expression: str) -> Part:
    return Part(
        "search",
        # SQLite reads the subquery's rowids once into a set (an FTS query per row would take
        # tens of milliseconds each). The unary + keeps it a check of each row of the order's
        # index: without it SQLite reads every hit and sorts them all to return one page.
        "+{rowid} IN (" + FTS_ROWIDS.replace(" AS r", "") + ")",
        (expression,),
        FTS_ROWIDS,
        (expression,),
        lambda: _search_hits(db, expression),
        ordered=True,
        stored=True,  # not stored by the build, but counted exactly (and kept) when asked
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


def _probes(parts: list[Part], alias: Alias) -> tuple[str, tuple]:
    conditions = [part.condition(alias) for part in parts]
    params = tuple(value for part in parts for value in part.params)
    return " AND ".join(conditions), params


def _driver(parts: list[Part], report_order: bool, depth: int | None, whole: int) -> Part | None:
    """The filter whose facts are read first, or None to walk the order's index.

    ``depth`` is how many rows of the view the read passes (a deep page, a count up to a fact;
    None: all of them, an export): a walk probes about ``depth * whole / size`` rows of the
    index, reading the filter's facts and sorting them costs about ``size`` such probes, so a
    stored filter drives when that is fewer (unless its probe is a column of the index itself,
    much cheaper than either)."""
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
    probed = [part for part in others if part.stored and not part.covered]
    if probed:
        size = probed[0].size
        if size**2 < (size if depth is None else depth) * whole:  # None: the whole view
            return probed[0]
    return None


def _total(db: sqlite3.Connection) -> int:
    return db.execute("SELECT facts FROM fact_total").fetchone()[0]


@dataclass(frozen=True)
class Reading:
    """How one view is read in its order: the plan over ``fact_order o``, the column its
    ORDER BY reads and in which direction, and the fact_order column that numbers its rows."""

    view: Plan
    column: str  # o.by_… , or d.r for a driver that yields the rows in order already
    descending: bool
    number: str  # o.by_… : each row's number in this order over the whole table
    unfiltered: bool

    def order(self, reverse: bool) -> str:
        return f"ORDER BY {self.column}{' DESC' if self.descending != reverse else ''}"

    def past(self, key: PageKey, reverse: bool) -> tuple[str, int]:
        """The condition "comes after ``key``" when read forwards (before it, ``reverse``)."""
        later = "<" if self.descending != reverse else ">"
        by_rowid = self.column == "d.r"
        return f"{self.column} {later} ?", key.rowid if by_rowid else key.number

    def select(self, *extra: str) -> str:
        return f"SELECT o.fact_rowid, {self.number} FROM {self.view.source} {self.view.conditions(*extra)}"


def reading(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, depth: int | None = None
) -> Reading:
    """How to read the view ``query`` in ``sort`` order, passing about ``depth`` of its rows
    (None: every row; see the module's docstring)."""
    if sort.key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort.key!r}")
    column, backwards = order_column(sort.key, sort.descending)
    number = f"o.{column}"
    parts = query_parts(db, query)
    whole = _total(db) if parts else 0
    driver = _driver(parts, sort.key == "position", depth, whole)
    if driver is None:
        where, params = _probes(parts, ORDERED)
        view = Plan("fact_order o", where, params, rowid_ordered=False)
        return Reading(view, number, backwards, number, unfiltered=not parts)
    return _driven(parts, driver, sort)


def _driven(parts: list[Part], driver: Part, sort: FactSort) -> Reading:
    """The view read from ``driver``'s facts, the other filters probed for each."""
    column, backwards = order_column(sort.key, sort.descending)
    number = f"o.{column}"
    where, params = _probes([part for part in parts if part is not driver], DRIVEN)
    source = f"({driver.driver}) d CROSS JOIN fact_order o ON o.fact_rowid = d.r"
    view = Plan(source, where, driver.driver_params + params, rowid_ordered=driver.ordered)
    if driver.ordered and sort.key == "position":
        # Rowid order is report order: ordering by the driver's own column keeps its order.
        return Reading(view, "d.r", backwards, number, unfiltered=False)
    return Reading(view, number, backwards, number, unfiltered=False)


def _keys(
    db: sqlite3.Connection,
    way: Reading,
    extra: list[tuple[str, int]],
    reverse: bool,
    limit: int,
    skip: int,
) -> list[tuple[int, int]]:
    sql = f"{way.select(*(condition for condition, _ in extra))} {way.order(reverse)} LIMIT ? OFFSET ?"
    values = (*way.view.params, *(value for _, value in extra), limit, skip)
    found = db.execute(sql, values).fetchall()
    return found[::-1] if reverse else found


def _whole_table(
    db: sqlite3.Connection, way: Reading, offset: int, limit: int
) -> list[tuple[int, int]]:
    # Row n of the unfiltered view is number n of its order (from the end when read backwards).
    start = _total(db) - 1 - offset if way.descending else offset
    condition = f"{way.number} {'<=' if way.descending else '>='} ?"
    return _keys(db, way, [(condition, start)], reverse=False, limit=limit, skip=0)


def nearest_start(
    offset: int, limit: int, total: int | None = None, anchor: Anchor | None = None
) -> tuple[int, bool, tuple[PageKey, bool] | None, int]:
    """Where rows ``offset`` … ``offset + limit - 1`` are read from: the start, the end when
    ``total`` is known, or ``anchor``, whichever passes fewest rows. (Rows passed, read
    backwards, the key read past and in which direction, rows read.)"""
    starts: list[tuple[int, bool, tuple[PageKey, bool] | None, int]] = [
        (offset, False, None, limit)
    ]
    if total is not None:
        end = min(offset + limit, total)
        starts.append((total - end, True, None, max(end - offset, 0)))
    if anchor is not None and anchor.row < offset:
        starts.append((offset - anchor.row - 1, False, (anchor.key, False), limit))
    if anchor is not None and anchor.row >= offset + limit:
        starts.append((anchor.row - offset - limit, True, (anchor.key, True), limit))
    return min(starts, key=lambda start: start[0])


def page_keys(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    offset: int,
    limit: int,
    total: int | None = None,
    anchor: Anchor | None = None,
) -> list[tuple[int, int]]:
    """(rowid, number in the order) of rows ``offset`` … ``offset + limit - 1`` of the view,
    read from whichever known row is nearest: the start, the end when ``total`` is known, or
    ``anchor`` (``limit`` -1: every row from ``offset`` on)."""
    if limit < 0:
        return _keys(db, reading(db, query, sort), [], reverse=False, limit=-1, skip=max(offset, 0))
    skip, reverse, past, count = nearest_start(offset, limit, total, anchor)
    way = reading(db, query, sort, depth=skip + count)
    if way.unfiltered:
        return _whole_table(db, way, offset, limit)
    extra = [way.past(*past)] if past else []
    return _keys(db, way, extra, reverse, count, skip) if count else []


def page_rowids(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    offset: int,
    limit: int,
    total: int | None = None,
    anchor: Anchor | None = None,
) -> list[int]:
    """The rowids of rows ``offset`` … ``offset + limit - 1`` of the view (see ``page_keys``)."""
    return [rowid for rowid, _ in page_keys(db, query, sort, offset, limit, total, anchor)]


def rows_by_rowid(db: sqlite3.Connection, rowids: list[int]) -> list[FactRow]:
    """The rows of the given facts, in the order given."""
    found: dict[int, FactRow] = {}
    for start in range(0, len(rowids), 500):  # well under SQLite's limit on parameters
        chunk = rowids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        # fetchall reads the rows in C; walking the store's cursor runs Python for each row
        # (a page is often read on the GUI thread).
        for values in db.execute(
            f"SELECT f.rowid, {FACT_COLUMNS} FROM facts f JOIN categories c "
            f"ON c.id = f.category_id WHERE f.rowid IN ({marks})",
            chunk,
        ).fetchall():
            found[values[0]] = fact_row(values[1:])
    return [found[r] for r in rowids if r in found]


def fact_page(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    offset: int,
    limit: int,
    total: int | None = None,
    anchor: Anchor | None = None,
) -> FactPage:
    """One page of the view with the keys of its first and last rows (see ``page_keys``)."""
    return page_of_keys(db, page_keys(db, query, sort, offset, limit, total, anchor))


def page_of_keys(db: sqlite3.Connection, keys: list[tuple[int, int]]) -> FactPage:
    """The page of the rows whose (rowid, number in the order) are ``keys``, in that order."""
    rows = rows_by_rowid(db, [rowid for rowid, _ in keys])
    if not keys or len(rows) != len(keys):
        return FactPage(rows)
    return FactPage(rows, PageKey(keys[0][1], keys[0][0]), PageKey(keys[-1][1], keys[-1][0]))


def search_driven_keys(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort
) -> Iterator[list[tuple[int, int]]] | None:
    """Every (rowid, number in the order) of the view in its order, a chunk at a time, for a
    view whose every page runs its search again: a search of more than SPARSE facts, read in
    an order other than the report's, with no filter small enough to drive a page (None for
    any other view). Its hits are read once and sorted: half the time of walking the order's
    index with them (a third of a second for 382,280 hits at a million facts)."""
    if sort.key == "position":
        return None  # the search yields its hits in report order: a page stops early
    parts = query_parts(db, query)
    search = next((part for part in parts if part.name == "search"), None)
    if search is None or search.size <= SPARSE:
        return None
    if any(part.size <= SPARSE for part in parts if part is not search):
        return None  # that filter drives each page, in a few milliseconds
    way = _driven(parts, search, sort)
    cursor = db.execute(f"{way.select()} {way.order(False)}", way.view.params)
    return iter(lambda: cursor.fetchmany(10_000), [])


def page(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    offset: int,
    limit: int,
    total: int | None = None,
) -> list[FactRow]:
    """One page of the view (see ``page_keys``)."""
    return rows_by_rowid(db, page_rowids(db, query, sort, offset, limit, total))


def known_count(db: sqlite3.Connection, query: FactQuery) -> int | None:
    """The view's size when it is stored or cheap (no filter, one tree filter, one search,
    a small organisation); None when it has to be counted."""
    parts = query_parts(db, query)
    if not parts:
        return _total(db)
    if len(parts) == 1 and parts[0].exact:  # stored, counted once, or small
        return parts[0].size
    return None


def count(db: sqlite3.Connection, query: FactQuery) -> int:
    """The view's size (a stored number where there is one; may take a while otherwise)."""
    known = known_count(db, query)
    if known is not None:
        return known
    parts = query_parts(db, query)
    search = next((part for part in parts if part.name == "search"), None)
    if search is None:
        view = count_plan(db, query)
        sql, params = f"SELECT COUNT(*) FROM {view.source} {view.conditions()}", view.params
    else:
        sql, params = _search_count(db, search, [part for part in parts if part is not search])
    return db.execute(sql, params).fetchone()[0]


def _search_count(db: sqlite3.Connection, search: Part, others: list[Part]) -> tuple[str, tuple]:
    """SQL counting a search's hits that the other filters keep. FTS5 yields its hits in rowid
    order at little cost while putting them in a set costs more than checking each, so the
    hits drive: each other filter is checked against the set of its own facts when it has
    fewer than half as many as the search (a place's ``place_facts`` range, read in order),
    else by its probe."""
    hits = search.size
    alias = Alias("d.r", "o.category_rank", "(SELECT id FROM facts WHERE rowid = d.r)")
    conditions, params, ranked = [], list(search.params), False
    for part in others:
        if part.exact and part.size < hits / 2:
            # The unary + keeps SQLite from running the search once per member of the set.
            conditions.append(f"+d.r IN ({part.driver.replace(' AS r', '')})")
            params += part.driver_params
        else:
            conditions.append(part.condition(alias))
            params += part.params
            ranked = ranked or part.name == "category"
    source = f"({search.driver}) d" + (
        " CROSS JOIN fact_order o ON o.fact_rowid = d.r" if ranked else ""
    )
    where = " AND ".join(conditions)
    return f"SELECT COUNT(*) FROM {source}" + (f" WHERE {where}" if where else ""), tuple(params)


def count_plan(db: sqlite3.Connection, query: FactQuery) -> Plan:
    """How to read a view's facts (``facts f``) in no order, to count or group them: the
    smallest filter that is not a search drives, a search being then one set of rowids read
    once."""
    return _unordered_plan(db, query, "facts f", "f.rowid", DRIVEN_FACTS)


def rank_plan(db: sqlite3.Connection, query: FactQuery) -> Plan:
    """The same over ``fact_order o``, to count a view's facts by ``o.category_rank``: its
    narrow rows are read in a third of the time of the facts' own (a big search's hits at a
    million facts: 0.4 s against 1 s)."""
    return _unordered_plan(db, query, "fact_order o", "o.fact_rowid", DRIVEN)


def _unordered_plan(
    db: sqlite3.Connection, query: FactQuery, table: str, rowid: str, alias: Alias
) -> Plan:
    """The driver's rowids joined to ``table`` (whose rowid is ``rowid``), the rest probed."""
    parts = query_parts(db, query)
    if not parts:
        return Plan(table, "", (), rowid_ordered=True)
    search = next((part for part in parts if part.name == "search"), None)
    others = sorted((part for part in parts if part is not search), key=lambda part: part.size)
    driver = others[0] if others else search
    assert driver is not None
    where, params = _probes([part for part in parts if part is not driver], alias)
    return Plan(
        f"({driver.driver}) d CROSS JOIN {table} ON {rowid} = d.r",
        where,
        driver.driver_params + params,
        rowid_ordered=driver.ordered,
    )


def _count_past(db: sqlite3.Connection, way: Reading, key: PageKey, reverse: bool) -> int:
    condition, value = way.past(key, reverse)
    return db.execute(
        f"SELECT COUNT(*) FROM {way.view.source} {way.view.conditions(condition)}",
        (*way.view.params, value),
    ).fetchone()[0]


def position(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    fact_id: str,
    total: int | None = None,
) -> int | None:
    """The row of ``fact_id`` in the view, or None when the view does not show it: its stored
    number in the unfiltered view, else the rows on its nearer side counted over the order's
    index (the nearer end needs the view's ``total``)."""
    column, backwards = order_column(sort.key, sort.descending)
    found = db.execute(
        f"SELECT o.fact_rowid, o.{column} FROM facts f "
        "JOIN fact_order o ON o.fact_rowid = f.rowid WHERE f.id = ?",
        [fact_id],
    ).fetchone()
    if found is None:
        return None
    key, whole = PageKey(found[1], found[0]), _total(db)
    parts = query_parts(db, query)
    if not parts:
        return whole - 1 - key.number if backwards else key.number
    if not matching(db, query, [fact_id]):
        return None
    # Where the fact stands in the whole table says which end of the view is nearer, and how
    # many rows of the order's index a count from there would walk: a stored filter with
    # fewer facts than that is counted instead (``depth`` is that side's share of them).
    share = key.number / max(whole - 1, 1)
    share = 1 - share if backwards else share
    from_end = total is not None and share > 0.5
    side = (1 - share) if from_end else share
    sizes = [p.size for p in parts if p.stored and not p.covered and p.name != "search"]
    depth = int(side * min(sizes)) if sizes else None
    way = reading(db, query, sort, depth)
    if from_end:
        assert total is not None
        return total - 1 - _count_past(db, way, key, reverse=False)
    return _count_past(db, way, key, reverse=True)


def matching(db: sqlite3.Connection, query: FactQuery, fact_ids: list[str]) -> set[str]:
    """The ids among ``fact_ids`` that ``query`` selects, reading only those facts."""
    parts = query_parts(db, query)
    search = next((part for part in parts if part.name == "search"), None)
    probes, params = _probes([part for part in parts if part is not search], FACTS)
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
