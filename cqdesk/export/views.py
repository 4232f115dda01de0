"""Exporting a view (the filtered, sorted facts): format choice, file writing, and the summary line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cqdesk.export.records import json_close_pieces, json_open, json_text
from cqdesk.export.tables import BOM, csv_text, delimited, markdown
from cqdesk.export.words import ENGLISH, Words
from cqdesk.safe_write import write_atomically, writing_atomically
from cqdesk.store.records import (
    SORT_NAMES,
    FactDetail,
    FactQuery,
    FactRow,
    FactSort,
    Sources,
    ViewLinks,
)
from cqdesk.text.formatting import fill

FORMATS = ("csv", "json", "md")
FORMAT_NAMES = {"csv": "CSV", "json": "JSON", "md": "Markdown"}
SUFFIXES = {"csv": ".csv", "json": ".json", "md": ".md"}


class ViewReader(Protocol):
    """What an export reads: the view's rows or details, and the sources (a store Catalog)."""

    def rows(self, query: FactQuery, sort: FactSort = ...) -> list[FactRow]: ...

    def details(self, query: FactQuery, sort: FactSort = ...) -> list[FactDetail]: ...

    def sources(self) -> Sources: ...


class StreamReader(ViewReader, Protocol):
    """A ViewReader that also reads a view piece by piece (a store Catalog)."""

    def count(self, query: FactQuery) -> int: ...

    def csv_values(
        self, query: FactQuery, sort: FactSort = ..., chinese: bool = ...
    ) -> Iterator[list[tuple]]: ...

    def json_values(
        self, query: FactQuery, sort: FactSort = ...
    ) -> Iterator[tuple[list[tuple], ViewLinks]]: ...


@dataclass(frozen=True)
class ViewExport:
    """The rendered text of an exported view and how many facts it holds."""

    text: str
    count: int


def needs_details(fmt: str) -> bool:
    """Whether ``fmt`` needs each fact's places and entities, not just its row."""
    return fmt == "json"


def export_view(
    reader: ViewReader,
    query: FactQuery,
    sort: FactSort,
    fmt: str,
    *,
    bom: bool = False,
    words: Words = ENGLISH,
) -> ViewExport:
    """The export of the view ``query``/``sort`` in ``fmt``: the one use case both faces run;
    its framing words (citations, readings) in ``words``' language."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    details = reader.details(query, sort) if needs_details(fmt) else None
    rows = [detail.row for detail in details] if details is not None else reader.rows(query, sort)
    text = render(fmt, rows, reader.sources(), details=details, bom=bom, words=words)
    return ViewExport(text, len(rows))


def order_phrase(
    sort: FactSort, names: dict[str, str] = SORT_NAMES, words: Words = ENGLISH
) -> str | None:
    """“sorted by value, descending”, naming the key by ``names``; None for the report's order."""
    if sort.is_report_order:
        return None
    phrase = fill(words.sorted_by, names.get(sort.key, SORT_NAMES[sort.key]))
    return fill(words.descending, phrase) if sort.descending else phrase


def render(
    fmt: str,
    rows: list[FactRow],
    sources: Sources,
    *,
    details: list[FactDetail] | None = None,
    bom: bool = False,
    words: Words = ENGLISH,
) -> str:
    """The text of an export; ``details`` (same facts, same order) is required for JSON."""
    if fmt == "csv":
        return csv_text(rows, bom=bom, words=words)
    if fmt == "md":
        return markdown(rows, sources, words)
    if fmt == "json":
        if details is None:
            raise ValueError("a JSON export needs the facts' details")
        return json_text(details, sources, words)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


class TextSink(Protocol):
    """Where a streamed export writes its text (an AtomicFile, standard output)."""

    def write(self, text: str) -> object: ...


def stream_view(
    reader: StreamReader,
    query: FactQuery,
    sort: FactSort,
    fmt: str,
    path: Path,
    *,
    bom: bool = False,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    words: Words = ENGLISH,
    chinese: bool = False,
) -> int:
    """Write the view to ``path`` chunk by chunk (memory bounded whatever its size), calling
    ``progress(done, total)`` after each; the file appears whole or not at all (WriteError
    says why). The same text as ``export_view`` (of rows ``in_chinese`` when ``chinese``,
    as the window reads them then); the number of facts written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with writing_atomically(path) as handle:
        return write_view(
            reader,
            query,
            sort,
            fmt,
            handle,
            bom=bom,
            progress=progress,
            words=words,
            chinese=chinese,
        )


def write_view(
    reader: StreamReader,
    query: FactQuery,
    sort: FactSort,
    fmt: str,
    handle: TextSink,
    *,
    bom: bool = False,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    words: Words = ENGLISH,
    chinese: bool = False,
) -> int:
    """Write the view to ``handle`` chunk by chunk (see ``stream_view``); the facts written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    total = reader.count(query)
    if fmt == "md":  # a Markdown table is for reading: it is written whole
        handle.write(render(fmt, reader.rows(query, sort), reader.sources(), words=words))
        return total
    if fmt == "csv":
        return _stream_csv(reader, query, sort, handle, bom, total, progress, words, chinese)
    return _stream_json(reader, query, sort, handle, total, progress, words)


def _stream_csv(
    reader: StreamReader,
    query: FactQuery,
    sort: FactSort,
    handle: TextSink,
    bom: bool,
    total: int,
    progress: Callable[[int, int], None],
    words: Words,
    chinese: bool,
) -> int:
    from cqdesk.export.view_rows import CsvCells  # on the first export, not at start-up

    handle.write((BOM if bom else "") + delimited([], ",", "\r\n"))
    lines = CsvCells(words, chinese)
    done = 0
    # The facts' columns straight to their cells: a FactRow per fact took as long again.
    for chunk in reader.csv_values(query, sort, chinese):
        # A chunk's lines at once: the writer would hand the file one short line at a time.
        handle.write(lines.lines(chunk))
        done += len(chunk)
        progress(done, total)
    return done


def _stream_json(
    reader: StreamReader,
    query: FactQuery,
    sort: FactSort,
    handle: TextSink,
    total: int,
    progress: Callable[[int, int], None],
    words: Words,
) -> int:
    from cqdesk.export.view_rows import JsonLines  # on the first export, not at start-up

    sources = reader.sources()
    handle.write(json_open(sources, total, words))
    lines = JsonLines(sources, words)
    done = 0
    # The facts' columns and links straight to their lines: a FactDetail (and the linked
    # facts' rows) per fact took three times as long.
    for chunk, links in reader.json_values(query, sort):
        handle.write(lines.lines(chunk, links, done))  # a chunk at once, not a line at a time
        done += len(chunk)
        progress(done, total)
    for piece in json_close_pieces(sources, lines.cited, done == 0, words):
        handle.write(piece)
    return done


def write(path: Path, text: str) -> None:
    """Write an export as UTF-8, line ends exactly as rendered (CSV keeps its CRLF), whole or
    not at all: WriteError (an OSError) says why and that the old file is unchanged."""
    write_atomically(path, text.encode("utf-8"))


def describe(
    count: int,
    fmt: str,
    *,
    category: str | None = None,
    place: str | None = None,
    search: str = "",
    order: str | None = None,
    organisation: str | None = None,
    words: Words = ENGLISH,
) -> str:
    """What an export holds, for the status bar or the terminal: count, format, filters, order.

    ``order`` is a phrase such as "sorted by value, descending"; without it, the report's order.
    """
    filters = [
        fill(words.filter_category, category) if category else "",
        fill(words.filter_place, place) if place else "",
        fill(words.filter_organisation, organisation) if organisation else "",
        fill(words.filter_search, search.strip()) if search.strip() else "",
    ]
    filters = [text for text in filters if text]
    scope = fill(words.filtered_by, words.separator.join(filters)) if filters else words.no_filters
    held = fill(words.fact_count if count == 1 else words.facts_count, str(count))
    return fill(
        words.export_summary,
        held,
        FORMAT_NAMES.get(fmt, fmt),
        scope,
        order or words.in_report_order,
    )
