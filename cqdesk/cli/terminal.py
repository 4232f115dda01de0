"""Plain-text tables for the terminal, aligned by display width (a Chinese character takes two columns)."""

from __future__ import annotations

import unicodedata

ELLIPSIS = "\u2026"
GAP = "  "


def char_width(char: str) -> int:
    """Columns one character takes in a terminal: 2 for wide and full-width, 0 for combining."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal."""
    return sum(char_width(char) for char in text)


def fit(text: str, limit: int | None) -> str:
    """``text`` cut to ``limit`` columns, an ellipsis marking the cut (never half a wide character)."""
    text = " ".join(text.split())  # a line break inside a cell would break the table
    if limit is None or width(text) <= limit:
        return text
    kept, used = [], 0
    for char in text:
        if used + char_width(char) > limit - 1:
            break
        kept.append(char)
        used += char_width(char)
    return "".join(kept) + ELLIPSIS


def pad(text: str, columns: int, right: bool = False) -> str:
    """``text`` padded with spaces to ``columns`` display columns."""
    fill = " " * max(0, columns - width(text))
    return fill + text if right else text + fill


def table(
    headers: list[str],
    rows: list[list[str]],
    limits: list[int | None] | None = None,
    right: frozenset[int] = frozenset(),
) -> str:
    """An aligned table: a header line, a rule, then the rows; ``right`` lists right-aligned columns."""
    limits = limits or [None] * len(headers)
    cells = [[fit(cell, limit) for cell, limit in zip(row, limits, strict=True)] for row in rows]
    widths = [
        max([width(header)] + [width(row[i]) for row in cells]) for i, header in enumerate(headers)
    ]

    def line(row: list[str]) -> str:
        return GAP.join(pad(cell, widths[i], i in right) for i, cell in enumerate(row)).rstrip()

    rule = GAP.join("-" * column for column in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in cells)]) + "\n"
