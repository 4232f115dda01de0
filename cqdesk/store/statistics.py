"""Statistics of selected rows, computed in SQL unit by unit: count, sum, minimum, maximum, mean."""

from __future__ import annotations

import json
import sqlite3

from cqdesk.store.records import FactQuery, FactSort, SelectionStatistics, UnitStatistics
from cqdesk.store.sql import FACTS_FROM, order_clause, where_clause

# Units whose values do not add up: a sum of growth rates, ranks or per-item ratios means nothing.
RATE_UNITS = frozenset({"%", "pp", "rank"})


def is_additive(unit: str) -> bool:
    """Whether values in ``unit`` may be summed (yuan, people, tons; not %, pp, ranks, ratios)."""
    return unit not in RATE_UNITS and "/" not in unit and " per " not in unit


def _spans_json(spans: list[tuple[int, int]]) -> str:
    # One parameter however many spans: SQLite reads them back with json_each.
    return json.dumps([[first, first + count - 1] for first, count in spans if count > 0])


_STATISTICS_SQL = """
WITH numbered AS (
    SELECT f.value AS value, f.unit AS unit, f.qualifier AS qualifier, f.kind AS kind,
           ROW_NUMBER() OVER ({order}) - 1 AS n
    {facts_from} {where}),
spans(first, last) AS (
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)),
chosen AS (
    SELECT * FROM numbered WHERE EXISTS (
        SELECT 1 FROM spans WHERE numbered.n BETWEEN spans.first AND spans.last))
SELECT CASE WHEN value IS NULL THEN NULL ELSE COALESCE(unit, '') END AS unit_group,
       COUNT(*), SUM(value), MIN(value), MAX(value), AVG(value),
       SUM(qualifier = 'lower_bound'), SUM(qualifier = 'upper_bound'),
       SUM(qualifier = 'approximate'), SUM(kind = 'derived')
FROM chosen GROUP BY unit_group ORDER BY COUNT(*) DESC, unit_group
"""


def selection_statistics(
    db: sqlite3.Connection,
    query: FactQuery,
    sort: FactSort,
    spans: list[tuple[int, int]],
) -> SelectionStatistics:
    """Statistics of the rows ``spans`` (``(first row, count)`` pairs) of the view ``query`` in
    ``sort`` order: one SQL statement, however many rows are selected."""
    where, params = where_clause(query)
    sql = _STATISTICS_SQL.format(
        order=order_clause(sort.key, sort.descending), facts_from=FACTS_FROM, where=where
    )
    units, count, without_value, derived = [], 0, 0, 0
    for unit, n, total, low, high, mean, lower, upper, approximate, derived_n in db.execute(
        sql, [*params, _spans_json(spans)]
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
