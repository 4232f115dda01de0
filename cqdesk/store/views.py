"""Queries the window needs beyond the core store: which of some facts a view shows."""

from __future__ import annotations

import sqlite3

from cqdesk.store import paging
from cqdesk.store.records import FactQuery


def matching_fact_ids(db: sqlite3.Connection, query: FactQuery, fact_ids: list[str]) -> set[str]:
    """The ids among ``fact_ids`` that ``query`` selects (any number of ids): only those facts
    are read, whatever the size of the view (the chart pane asks on every query change)."""
    return paging.matching(db, query, fact_ids)
