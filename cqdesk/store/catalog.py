"""The catalog: the one typed object the window and the command line ask about the database."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from itertools import combinations
from pathlib import Path
from types import TracebackType
from typing import ParamSpec, TypeVar

from cqdesk.store import (
    charts,
    details,
    facets,
    facts,
    map_tiles,
    paging,
    source,
    statistics,
    tables,
    trees,
    view_stream,
    views,
)
from cqdesk.store.connection import (
    GuardedConnection,
    StoreError,
    connect_again,
    database_path,
    integrity_problems,
    open_database,
)
from cqdesk.store.connection import untranslated as _tr
from cqdesk.store.kept_views import KeptViews
from cqdesk.store.records import (
    Anchor,
    Category,
    Chart,
    Entity,
    Facets,
    FactDetail,
    FactPage,
    FactQuery,
    FactRow,
    FactSort,
    MapCounts,
    MapTile,
    Place,
    SelectionStatistics,
    Source,
    Sources,
    Span,
    TableLayout,
    ViewLinks,
)

# The facts a streamed export reads at a time: a chunk of 100 exported a view of a million
# facts a sixth faster than one of 500 (what a chunk holds stays in the processor's caches).
EXPORT_CHUNK = 100

# A read checks its budget every this many SQLite VM instructions.
BUDGET_STEP = 1000


class Interrupted(Exception):
    """A read was stopped before it finished: a newer request came, or its budget ran out."""


P = ParamSpec("P")
R = TypeVar("R")


def _readable(method: Callable[P, R]) -> Callable[P, R]:
    """Turn SQLite's failures while reading into StoreError, so no caller needs sqlite3."""

    @functools.wraps(method)
    def read(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):  # interrupt() or the budget's handler stopped it
                raise Interrupted(str(exc)) from None
            raise StoreError(_tr("The database cannot be read (%1)."), exc) from exc
        except sqlite3.DatabaseError as exc:
            # Damage the open-time check did not reach (it reads the structure, not every page).
            raise StoreError(_tr("The database cannot be read (%1)."), exc) from exc

    return read


class Catalog:
    """Every question the app asks, as a method over the read-only connection it owns.

    The ui and the command line hold a Catalog and get frozen records back; they never see
    the connection, the SQL or sqlite3's exceptions (a failed read is a StoreError).
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._kept = KeptViews()  # a big search's sorted view, for its later pages

    @classmethod
    def open(cls, path: str | Path) -> Catalog:
        """The catalog of the database at ``path``; StoreError says why it cannot be opened."""
        return cls(open_database(path))

    def close(self) -> None:
        self._db.close()

    def reader(self) -> Catalog:
        """Another catalog of the same file with a connection of its own (for a worker thread)."""
        return Catalog(connect_again(self._db))

    def interrupt(self) -> None:
        """Stop the read running now, from any thread; it raises Interrupted."""
        with suppress(sqlite3.ProgrammingError):  # closed meanwhile: nothing runs on it
            self._db.interrupt()

    @contextmanager
    def budget(self, steps: int) -> Iterator[None]:
        """Reads inside stop with Interrupted after about ``steps`` thousand SQLite VM
        instructions (a few milliseconds each thousand thousand): a fixed amount of work, not
        of time, so the same query on the same file always finishes or always stops."""
        used = 0

        def spent() -> bool:
            nonlocal used
            used += 1
            return used > steps

        self._db.set_progress_handler(spent, BUDGET_STEP)
        try:
            yield
        finally:
            self._db.set_progress_handler(None, 0)

    @_readable
    def integrity_problems(self) -> list[str]:
        """What a full check of every page finds wrong; empty when the file is sound (slow on
        a big file: the window runs it on demand, off the GUI thread)."""
        return integrity_problems(self._db)

    def __enter__(self) -> Catalog:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> str:
        """The file this catalog reads."""
        return database_path(self._db)

    @property
    def file(self) -> str:
        """The file this catalog reads, as the file system names it ("" for a bare connection)."""
        file = getattr(self._db, "file", None)
        return str(file) if file else ""

    @property
    def shown_path(self) -> str:
        """The file's name as messages show it (undecodable bytes as U+FFFD)."""
        return getattr(self._db, "shown_path", "") or self.path

    def check_file(self) -> None:
        """DatabaseUnavailable when the file was deleted, replaced or rewritten since it was
        opened, or the connection already stopped answering; nothing when all is well."""
        if isinstance(self._db, GuardedConnection):
            self._db.check_file()

    # The filter trees and the names in them.

    @_readable
    def categories(self) -> tuple[Category, ...]:
        """The category tree; counts cover whole subtrees."""
        return trees.category_tree(self._db)

    @_readable
    def places(self) -> tuple[Place, ...]:
        """The place tree; counts cover every place inside a node."""
        return trees.place_tree(self._db)

    @_readable
    def category_name(self, category_id: str) -> str | None:
        return trees.category_name(self._db, category_id)

    @_readable
    def category_names(self, category_id: str) -> tuple[str, str | None] | None:
        """A category's English and Chinese names (None where it has no Chinese), or None."""
        return trees.category_names(self._db, category_id)

    @_readable
    def place(self, place_id: str) -> Place | None:
        return trees.place_by_id(self._db, place_id)

    @_readable
    def entity(self, entity_id: str) -> Entity | None:
        return trees.entity_by_id(self._db, entity_id)

    def unknown_ids(
        self, category_id: str | None, place_id: str | None, fact_id: str | None
    ) -> list[tuple[str, str]]:
        """(kind, id) for each given id this database does not hold."""
        checks = [
            ("category", category_id, self.category_name),
            ("place", place_id, self.place),
            ("fact", fact_id, self.row),
        ]
        return [(kind, i) for kind, i, find in checks if i and find(i) is None]

    # Facts.

    @_readable
    def total(self) -> int:
        """How many facts the database holds (stored by the build)."""
        return paging.count(self._db, FactQuery())

    @_readable
    def kind_counts(self) -> dict[str, int]:
        """How many facts there are of each kind."""
        return facts.kind_counts(self._db)

    @_readable
    def count(self, query: FactQuery) -> int:
        """How many facts ``query`` selects (a stored count where there is one)."""
        return paging.count(self._db, query)

    @_readable
    def small_search(self, query: FactQuery) -> bool:
        """Whether the search of ``query`` (if any) matches few enough facts to count at once."""
        return paging.small_search(self._db, query)

    @_readable
    def known_count(self, query: FactQuery) -> int | None:
        """How many facts ``query`` selects when that is stored or cheap, else None."""
        return paging.known_count(self._db, query)

    @_readable
    def rows(
        self,
        query: FactQuery,
        sort: FactSort = FactSort(),
        offset: int = 0,
        limit: int | None = None,
        total: int | None = None,
    ) -> list[FactRow]:
        """A page of the view ``query``/``sort`` (all of it when no limit); ``total``, when
        known, lets a page past the middle be read from the end."""
        if limit is None and offset == 0:  # the whole view: one pass, as an export reads it
            return [row for chunk in self.row_chunks(query, sort) for row in chunk]
        limit = -1 if limit is None else limit
        # A big copy's later chunks come from the view kept whole, as a far page does.
        keys = self._kept.page_keys(self._db, query, sort, offset, limit, total)
        if keys is not None:
            return paging.rows_by_rowid(self._db, [rowid for rowid, _ in keys])
        return paging.page(self._db, query, sort, offset, limit, total)

    @_readable
    def page(
        self,
        query: FactQuery,
        sort: FactSort,
        offset: int,
        limit: int,
        total: int | None = None,
        anchor: Anchor | None = None,
    ) -> FactPage:
        """Rows ``offset`` … ``offset + limit - 1`` of the view and their keys, read from the
        nearest row whose key is known: ``anchor`` (a row next to them), or an end; a big
        search's pages from its view kept whole when a big copy kept it (see ``kept_views``)."""
        keys = self._kept.page_keys(self._db, query, sort, offset, limit, total, anchor, keep=False)
        if keys is not None:
            return paging.page_of_keys(self._db, keys)
        return paging.fact_page(self._db, query, sort, offset, limit, total, anchor)

    @_readable
    def position(
        self, query: FactQuery, sort: FactSort, fact_id: str, total: int | None = None
    ) -> int | None:
        """The row of ``fact_id`` in the view, or None when the view hides it (``total``, the
        view's size when known, lets it be counted from the nearer end)."""
        return paging.position(self._db, query, sort, fact_id, total)

    @_readable
    def row(self, fact_id: str) -> FactRow | None:
        """One fact's row, or None."""
        return facts.fact_row_by_id(self._db, fact_id)

    @_readable
    def fact_ids(self) -> list[str]:
        """Every fact's id, in the report's order (for suggestions)."""
        return [row.id for row in facts.fact_rows(self._db, FactQuery())]

    @_readable
    def detail(self, fact_id: str) -> FactDetail | None:
        """Everything about one fact, or None."""
        return details.fact_detail(self._db, fact_id)

    @_readable
    def details(self, query: FactQuery, sort: FactSort = FactSort()) -> list[FactDetail]:
        """The details of a whole view, in order (for exports)."""
        return [detail for chunk in self.detail_chunks(query, sort) for detail in chunk]

    def row_chunks(
        self, query: FactQuery, sort: FactSort = FactSort(), size: int = 500
    ) -> Iterator[list[FactRow]]:
        """The view's rows in order, ``size`` at a time (memory bounded by ``size``), read in
        one pass over the view."""
        return self._chunks(view_stream.row_chunks(self._db, query, sort, size))

    def detail_chunks(
        self, query: FactQuery, sort: FactSort = FactSort(), size: int = 500
    ) -> Iterator[list[FactDetail]]:
        """The view's details in order, ``size`` at a time."""
        return self._chunks(details.detail_chunks(self._db, query, sort, size))

    def csv_values(
        self,
        query: FactQuery,
        sort: FactSort = FactSort(),
        chinese: bool = False,
        size: int = EXPORT_CHUNK,
    ) -> Iterator[list[tuple]]:
        """The view's facts as a CSV export writes them (``records.CSV_FIELDS``, then
        ``CSV_CHINESE_FIELDS`` when ``chinese``), ``size`` at a time, in one pass."""
        from cqdesk.store import export_rows  # on the first export, not at start-up

        return self._chunks(export_rows.csv_values(self._db, query, sort, chinese, size))

    def json_values(
        self, query: FactQuery, sort: FactSort = FactSort(), size: int = EXPORT_CHUNK
    ) -> Iterator[tuple[list[tuple], ViewLinks]]:
        """The view's facts as a JSON export writes them (``records.JSON_FIELDS``), ``size`` at
        a time."""
        from cqdesk.store import export_rows  # on the first export, not at start-up

        return self._chunks(export_rows.json_values(self._db, query, sort, size))

    def _chunks(self, chunks: Iterator[R]) -> Iterator[R]:
        # Each step of the generator reads: its failures become StoreError or Interrupted.
        while (chunk := self._next(chunks)) is not None:
            yield chunk

    @_readable
    def _next(self, chunks: Iterator[R]) -> R | None:
        return next(chunks, None)

    @_readable
    def visible_among(self, query: FactQuery, fact_ids: list[str]) -> set[str]:
        """The ids among ``fact_ids`` that ``query`` selects."""
        return views.matching_fact_ids(self._db, query, fact_ids)

    def filters_hiding(self, query: FactQuery, fact_id: str) -> tuple[str, ...]:
        """The fewest active filters of ``query`` to clear so that it shows ``fact_id``."""
        active = query.active()
        for size in range(len(active) + 1):
            for names in combinations(active, size):
                if self.visible_among(query.without(*names), [fact_id]):
                    return names
        return active

    # The workbench: facets and the statistics of a selection.

    @_readable
    def category_facets(self, query: FactQuery) -> Facets:
        """Facts per category subtree under the place, search and organisation filters."""
        return facets.category_facets(self._db, query)

    @_readable
    def place_facets(self, query: FactQuery) -> Facets:
        """Facts per place subtree under the category, search and organisation filters."""
        return facets.place_facets(self._db, query)

    @_readable
    def selection_statistics(
        self, query: FactQuery, sort: FactSort, spans: list[tuple[int, int]]
    ) -> SelectionStatistics:
        """Count, sum, min, max and mean per unit of the rows ``spans`` (``(first, count)``)
        of the view ``query``/``sort``, computed in SQL."""
        return statistics.selection_statistics(self._db, query, sort, spans)

    # Charts and sources.

    @_readable
    def charts(self, category_id: str | None = None) -> list[Chart]:
        """The charts of a category subtree (every chart when None), bars in order."""
        return charts.charts(self._db, category_id)

    @_readable
    def sources(self) -> Sources:
        """Every source: the report the facts quote, and the publications reference figures
        are cited from; each fact names its own by ``source_id``."""
        return source.sources(self._db)

    @_readable
    def spans(self, source_id: str | None = None) -> list[Span]:
        """Every quoted span of one report (the first when None), in text order."""
        return source.spans(self._db, source_id)

    @_readable
    def source_text(self, source_id: str) -> str:
        """One source's text (``sources()`` holds only the first report's)."""
        return source.source_text(self._db, source_id)

    # The tile map.

    @_readable
    def map_tiles(self) -> tuple[MapTile, ...]:
        """The map's tiles in reading order, each with its parks and zones."""
        return map_tiles.map_tiles(self._db)

    @_readable
    def map_counts(self, query: FactQuery) -> MapCounts:
        """Facts per division, park and zone, and about the city as a whole, under every filter
        of ``query`` but the place."""
        return map_tiles.map_counts(self._db, query)

    # Whole tables, for the data package.

    @_readable
    def table_names(self) -> list[str]:
        """Every ordinary table (no FTS index tables), by name."""
        return tables.table_names(self._db)

    @_readable
    def table_layout(self, name: str) -> TableLayout:
        """A table's columns and keys."""
        return tables.layout(self._db, name)

    def table_rows(self, name: str, columns: list[str], order_by: list[str]) -> Iterator[tuple]:
        """Every row of a table as tuples of ``columns``, read as they are consumed."""
        try:
            yield from tables.rows(self._db, name, columns, order_by)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_tr("The database cannot be read (%1)."), exc) from exc

    @_readable
    def sources_with_hashes(self) -> list[tuple[Source, str]]:
        """Every source with the sha256 its text must have."""
        return tables.sources_with_hashes(self._db)
