"""How far a derived figure can be trusted, in words: its reading's name and its meaning."""

from __future__ import annotations

EXACT, ASSUMPTION, UNRESOLVED = "exact", "assumption", "unresolved"
READINGS = (EXACT, ASSUMPTION, UNRESOLVED)

_NAMES = {
    EXACT: "exact arithmetic",
    ASSUMPTION: "assumption (see note)",
    UNRESOLVED: "unresolved",
}
_MEANINGS = {
    EXACT: "Exact arithmetic on the printed figures.",
    ASSUMPTION: "Rests on an assumption, which the note states.",
    UNRESOLVED: (
        "Unresolved: the report's words fit more than one reading, or no published figure; "
        "the note says which."
    ),
}
# A short mark for tight places (chart bars): nothing for exact, a query for the rest.
_MARKS = {EXACT: "", ASSUMPTION: "?", UNRESOLVED: "??"}


def reading_label(reading: str | None) -> str:
    """The reading in one word, for a narrow table column ("exact", "assumption"), or ""."""
    return reading or ""


def reading_name(reading: str | None) -> str:
    """The reading as a table cell or export field shows it ("exact arithmetic"), or ""."""
    return _NAMES.get(reading or "", reading or "")


def reading_meaning(reading: str | None) -> str:
    """What the reading means, in one sentence, or ""."""
    return _MEANINGS.get(reading or "", "")


def reading_mark(reading: str | None) -> str:
    """A one- or two-character mark for a chart's bar label ("?" for an assumption)."""
    return _MARKS.get(reading or "", "")
