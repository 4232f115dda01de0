"""Statistics of selected rows, computed in SQL unit by unit: count, sum, minimum, maximum, mean."""

from __future__ import annotations

import json
import sqlite3

from cqdesk.store import paging
from cqdesk.store.records import FactQuery, FactSort, SelectionStatistics, UnitStatistics

# Units whose values do not add up: a sum of growth rates, ranks or per-item ratios means nothing.
RATE_UNITS = frozenset({"%", "pp", "rank"})


def is_additive(unit: str) -> bool:
    """Whether values in ``unit`` may be summed (yuan, people, tons; not %, pp, ranks, ratios)."""
    return unit not in RATE_UNITS and "/" not in unit and " per " not in unit


def _spans_json(spans: list[tuple[int, int]]) -> str:
    # One parameter however many spans: SQLite reads them back with json_each.
    return json.dumps([[first, first + count - 1] for first, count in spans if count > 0])


_AGGREGATES = """
SELECT CASE WHEN value IS NULL THEN NULL ELSE COALESCE(unit, '') END AS unit_group,
       COUNT(*), SUM(value), MIN(value), MAX(value), AVG(value),
       SUM(qualifier = 'lower_bound'), SUM(qualifier = 'upper_bound'),
       SUM(qualifier = 'approximate'), SUM(kind = 'derived')
FROM ({chosen}) GROUP BY unit_group ORDER BY COUNT(*) DESC, unit_group
"""
_COLUMNS = "f.value AS value, f.unit AS unit, f.qualifier AS qualifier, f.kind AS kind"
# Up to this many spans of a filtered view, each is read as a page of the view (LIMIT/OFFSET on
# the order's index: a few rows cost a few rows); past it, the view is numbered once and the
# spans picked out. In the unfiltered view each span is a range of the order's numbers.
MAX_PAGED_SPANS = 32


def _whole_table(way: paging.Reading, spans: list[tuple[int, int]]) -> tuple[str, list]:
    # Row n of the unfiltered view is number n of its order (from the end when read backwards).
    first, last = "json_extract(span.value, '$[0]')", "json_extract(span.value, '$[1]')"
    if way.descending:
        whole = "(SELECT facts FROM fact_total) - 1"
        first, last = f"{whole} - {last}", f"{whole} - {first}"
    sql = (
        "SELECT o.fact_rowid AS r FROM json_each(?) AS span JOIN fact_order o "
        f"ON {way.number} BETWEEN {first} AND {last}"
    )
    return sql, [_spans_json(spans)]


def _paged(way: paging.Reading, spans: list[tuple[int, int]]) -> tuple[str, list]:
    view = way.view
    page = (
        f"SELECT * FROM (SELECT o.fact_rowid AS r FROM {view.source} {view.conditions()} "
        f"{way.order(False)} LIMIT ? OFFSET ?)"
    )
    values: list = []
    for first, count in spans:
        values += [*view.params, count, first]
    return " UNION ALL ".join([page] * len(spans)), values


def _numbered(way: paging.Reading, spans: list[tuple[int, int]]) -> tuple[str, list]:
    view = way.view
    sql = (
        f"SELECT r FROM (SELECT o.fact_rowid AS r, ROW_NUMBER() OVER ({way.order(False)}) - 1 AS n "
        f"FROM {view.source} {view.conditions()}) AS numbered "
        "WHERE EXISTS (SELECT 1 FROM json_each(?) AS span WHERE numbered.n BETWEEN "
        "json_extract(span.value, '$[0]') AND json_extract(span.value, '$[1]'))"
    )
    return sql, [*view.params, _spans_json(spans)]


def _chosen(
    db: sqlite3.Connection, query: FactQuery, sort: FactSort, spans: list[tuple[int, int]]
) -> tuple[str, list]:
    """The rows of ``spans`` with the columns the statistics read."""
    way = paging.reading(db, query, sort, depth=max(first + count for first, count in spans))
    if way.unfiltered:
        rowids, params = _whole_table(way, spans)
    elif len(spans) <= MAX_PAGED_SPANS:
        rowids, params = _paged(way, spans)
    else:
        rowids, params = _numbered(way, spans)
    return f"SELECT {_COLUMNS} FROM ({rowids}) AS chosen JOIN facts f ON f.rowid = chosen.r", params


def selection_statistics(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    spans: list[tuple[int, int]],
) -> SelectionStatistics:
    """Statistics of the rows ``spans`` (disjoint ``(first row, count)`` pairs, as a selection
    gives them) of the view ``query`` in ``sort`` order: one SQL statement, however many rows."""
    spans = [(first, count) for first, count in spans if count > 0]
    if not spans:
        return SelectionStatistics(0, 0, 0)
    chosen, params = _chosen(db, query, sort, spans)
    units, count, without_value, derived = [], 0, 0, 0
    for unit, n, total, low, high, mean, lower, upper, approximate, derived_n in db.execute(
        _AGGREGATES.format(chosen=chosen), params
    ):
        count += n
        derived += derived_n or 0
        if unit is None:  # statements and other facts without a number
            without_value += n
            continue
        units.append(
            UnitStatistics(
                unit=unit,
                count=n,
                total=total if is_additive(unit) else None,
                minimum=low,
                maximum=high,
                mean=mean,
                lower_bounds=lower or 0,
                upper_bounds=upper or 0,
                approximate=approximate or 0,
                derived=derived_n or 0,
            )
        )
    return SelectionStatistics(count, without_value, derived, tuple(units))
