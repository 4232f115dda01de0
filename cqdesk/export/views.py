"""Exporting a view (the filtered, sorted facts): format choice, file writing, and the summary line."""

from __future__ import annotations

from pathlib import Path

from cqdesk.export.records import json_text
from cqdesk.export.tables import csv_text, markdown
from cqdesk.store.records import FactDetail, FactRow, Source

FORMATS = ("csv", "json", "md")
FORMAT_NAMES = {"csv": "CSV", "json": "JSON", "md": "Markdown"}
SUFFIXES = {"csv": ".csv", "json": ".json", "md": ".md"}


def needs_details(fmt: str) -> bool:
    """Whether ``fmt`` needs each fact's places and entities (``store.bulk.fact_details``)."""
    return fmt == "json"


def render(
    fmt: str,
    rows: list[FactRow],
    source: Source,
    *,
    details: list[FactDetail] | None = None,
    bom: bool = False,
) -> str:
    """The text of an export; ``details`` (same facts, same order) is required for JSON."""
    if fmt == "csv":
        return csv_text(rows, bom=bom)
    if fmt == "md":
        return markdown(rows, source)
    if fmt == "json":
        if details is None:
            raise ValueError("a JSON export needs the facts' details")
        return json_text(details, source)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write(path: Path, text: str) -> None:
    """Write an export as UTF-8, line ends exactly as rendered (CSV keeps its CRLF)."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def describe(
    count: int,
    fmt: str,
    *,
    category: str | None = None,
    place: str | None = None,
    search: str = "",
    order: str | None = None,
    organisation: str | None = None,
) -> str:
    """What an export holds, for the status bar or the terminal: count, format, filters, order.

    ``order`` is a phrase such as "sorted by value, descending"; without it, the report's order.
    """
    noun = "fact" if count == 1 else "facts"
    filters = [
        f"category {category}" if category else "",
        f"place {place}" if place else "",
        f"organisation {organisation}" if organisation else "",
        f"search \u201c{search.strip()}\u201d" if search.strip() else "",
    ]
    filters = [text for text in filters if text]
    scope = f", filtered by {', '.join(filters)}" if filters else ", no filters"
    return (
        f"{count} {noun} as {FORMAT_NAMES.get(fmt, fmt)}{scope}, {order or 'in the report order'}"
    )
