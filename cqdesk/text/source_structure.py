"""Reads the shape of the source text: headings, summary bullets, photo captions and body lines."""

from __future__ import annotations

from dataclasses import dataclass

HEADING, BULLET, CAPTION, BODY = "heading", "bullet", "caption", "body"

# The report's headings are short lines with no sentence punctuation (resources/source/*.json
# "structure" lists them: lines 9, 13, 19, 24, 29, 35); the database keeps only the text, so the
# shape is read from the text itself and holds for any report written the same way.
_HEADING_MAX = 80
_SENTENCE_ENDS = (".", "!", "?", "。", ":", ";", ",")


@dataclass(frozen=True)
class Line:
    """One line of the source: where it lies (code points, end exclusive) and what it is."""

    start: int
    end: int
    kind: str


def line_kind(line: str) -> str:
    """What one line of the report is."""
    stripped = line.strip()
    if stripped.startswith("- "):
        return BULLET
    if "(Photo/" in stripped:
        return CAPTION
    if stripped and len(stripped) <= _HEADING_MAX and not stripped.endswith(_SENTENCE_ENDS):
        return HEADING
    return BODY


def source_lines(text: str) -> list[Line]:
    """Every line of ``text`` with its kind, in order."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append(Line(start, start + len(line), line_kind(line)))
        start += len(line) + 1
    return lines
