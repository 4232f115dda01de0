"""The store: every SQL query of the app, over a read-only connection, returning frozen records.

The ui and the command line use only ``Catalog`` and the records; the rest is the store's own."""

from cqdesk.store.catalog import Catalog, Interrupted
from cqdesk.store.connection import DatabaseUnavailable, StoreError, open_database, sqlite_version
from cqdesk.store.records import (
    Category,
    Chart,
    ChartBar,
    Entity,
    FactDetail,
    FactQuery,
    FactRow,
    FactSort,
    MapCounts,
    MapMark,
    MapTile,
    Place,
    Source,
    Span,
)

__all__ = [
    "Catalog",
    "Interrupted",
    "Category",
    "Chart",
    "ChartBar",
    "Entity",
    "FactDetail",
    "FactQuery",
    "FactRow",
    "FactSort",
    "MapCounts",
    "MapMark",
    "MapTile",
    "Place",
    "Source",
    "Span",
    "StoreError",
    "DatabaseUnavailable",
    "open_database",
    "sqlite_version",
]
