"""The store: every SQL query of the app, over a read-only connection, returning frozen records."""

from cqdesk.store.connection import StoreError, open_database
from cqdesk.store.records import (
    Category,
    Chart,
    ChartBar,
    Entity,
    FactDetail,
    FactQuery,
    FactRow,
    FactSort,
    Place,
    Source,
    Span,
)

__all__ = [
    "Category",
    "Chart",
    "ChartBar",
    "Entity",
    "FactDetail",
    "FactQuery",
    "FactRow",
    "FactSort",
    "Place",
    "Source",
    "Span",
    "StoreError",
    "open_database",
]
