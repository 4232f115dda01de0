"""Plain-text tables for the terminal, aligned by display width (a Chinese character takes two columns)."""

from __future__ import annotations

import unicodedata

ELLIPSIS = "\u2026"
GAP = "  "
# Marks that close a phrase: a line never starts with one (they stay with what they close).
_CLOSING = set("，。、；：！？）」』》〉】,.;:!?)")


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


def _tokens(text: str) -> list[str]:
    """Words, spaces and single wide characters, each closing mark joined to what it closes."""
    tokens: list[str] = []
    for char in text:
        wide = char_width(char) == 2
        if char in _CLOSING and tokens and not tokens[-1].isspace():
            tokens[-1] += char
        elif not wide and tokens and not tokens[-1].isspace() and not char.isspace():
            last = tokens[-1][-1]
            if char_width(last) == 2 and last not in _CLOSING:
                tokens.append(char)
            else:
                tokens[-1] += char
        elif char.isspace() and tokens and tokens[-1].isspace():
            continue
        else:
            tokens.append(" " if char.isspace() else char)
    return tokens


def wrap(text: str, columns: int) -> list[str]:
    """``text`` in lines of at most ``columns`` display columns (a longer word keeps its own
    line), broken at spaces and between Chinese characters, never before a closing mark."""
    lines: list[str] = []
    line, space = "", False
    for token in _tokens(" ".join(text.split())):
        if token.isspace():
            space = bool(line)
            continue
        joined = line + (" " if space else "") + token
        if line and width(joined) > columns:
            lines.append(line)
            joined = token
        line, space = joined, False
    if line:
        lines.append(line)
    return lines
