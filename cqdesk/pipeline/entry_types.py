"""The shape of every YAML entry the build reads: each field's type, checked before any use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cqdesk.pipeline.errors import BuildError

TEXT, NUMBER, COUNT = "text", "number", "whole number"
TEXT_OR_NUMBER = "text or number"


def _is(kind: Any, value: Any) -> bool:
    if kind == TEXT:
        return isinstance(value, str)
    if kind == NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == COUNT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == TEXT_OR_NUMBER:
        return isinstance(value, str | int | float) and not isinstance(value, bool)
    raise AssertionError(kind)


def _describe(kind: Any) -> str:
    if isinstance(kind, list):
        inner = kind[0]
        return "a list of entries" if isinstance(inner, dict) else f"a list of {inner}s"
    return f"a {kind}" if kind != TEXT else "text"


CATEGORY: dict[str, Any] = {"id": TEXT, "name": TEXT}
CATEGORY["children"] = [CATEGORY]

SHAPES: dict[str, dict[str, Any]] = {
    "categories": CATEGORY,
    "places": {
        "id": TEXT,
        "name": TEXT,
        "zone": TEXT,
        "kind": TEXT,
        "parents": [{"id": TEXT, "provenance": TEXT}],
    },
    "entities": {"id": TEXT, "name": TEXT, "kind": TEXT},
    "facts": {
        "id": TEXT,
        "kind": TEXT,
        "category": TEXT,
        "label": TEXT,
        "quote": TEXT,
        "value_text": TEXT_OR_NUMBER,
        "value": NUMBER,
        "unit": TEXT,
        "places": [TEXT],
        "entities": [TEXT],
        "summary": TEXT,
        "qualifier": TEXT,
        "note": TEXT,
        "describes": TEXT,
        "relation": TEXT,
        "period": TEXT,
        "occurrence": COUNT,
        "value_occurrence": COUNT,
    },
    "derived": {
        "id": TEXT,
        "category": TEXT,
        "label": TEXT,
        "formula": TEXT,
        "unit": TEXT,
        "period": TEXT,
        "places": [TEXT],
        "note": TEXT,
        "qualifier": TEXT,
    },
    "charts": {
        "id": TEXT,
        "category": TEXT,
        "title": TEXT,
        "kind": TEXT,
        "facts": [{"fact": TEXT, "label": TEXT}],
    },
    "ignored-numbers": {"text": TEXT_OR_NUMBER, "reason": TEXT, "context": TEXT},
}


def _name(entry: dict, number: int) -> str:
    known = entry.get("id", entry.get("text", entry.get("fact")))
    return f"entry {number} ({known!r})" if isinstance(known, str | int) else f"entry {number}"


def _check(entry: dict, shape: dict[str, Any], where: str) -> None:
    for field, kind in shape.items():
        value = entry.get(field)
        if value is None:
            continue  # absent or empty: whether it is needed is the entry's own rule
        if isinstance(kind, list):
            _check_list(value, kind[0], f"{where}, {field!r}")
        elif not _is(kind, value):
            raise BuildError(f"{where}: {field!r} must be {_describe(kind)}, not {value!r}")


def _check_list(value: Any, inner: Any, where: str) -> None:
    if not isinstance(value, list):
        raise BuildError(f"{where} must be a list, not {value!r}")
    for number, item in enumerate(value, 1):
        if isinstance(inner, dict):
            if not isinstance(item, dict):
                raise BuildError(
                    f"{where}: item {number} must be an entry with fields, not {item!r}"
                )
            _check(item, inner, f"{where} item {number}")
        elif not _is(inner, item):
            raise BuildError(f"{where}: item {number} must be {_describe(inner)}, not {item!r}")


def check_entries(path: Path, entries: list[dict[str, Any]]) -> None:
    """BuildError naming the file, the entry and the field whose value has the wrong type."""
    shape = SHAPES.get(path.stem)
    if shape is None:
        return
    for number, entry in enumerate(entries, 1):
        _check(entry, shape, f"{path.name} {_name(entry, number)}")
