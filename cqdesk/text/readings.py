"""How far a derived figure can be trusted, in words: its reading's name and its meaning.

Every text here is English and marked for lupdate (the empty context); a caller that shows it
in another language passes its translate function (the window's ``tr``, the command line's).
"""

from __future__ import annotations

from collections.abc import Callable

EXACT, ASSUMPTION, UNRESOLVED = "exact", "assumption", "unresolved"
READINGS = (EXACT, ASSUMPTION, UNRESOLVED)

Translate = Callable[[str], str]


def _tr(text: str) -> str:
    # Marks a text for lupdate (the empty context); the caller's translate function shows it.
    return text


def _english(text: str) -> str:
    return text


_LABELS = {EXACT: _tr("exact"), ASSUMPTION: _tr("assumption"), UNRESOLVED: _tr("unresolved")}
_NAMES = {
    EXACT: _tr("exact arithmetic"),
    ASSUMPTION: _tr("assumption (see note)"),
    UNRESOLVED: _tr("unresolved"),
}
_MEANINGS = {
    EXACT: _tr("Exact arithmetic on the printed figures."),
    ASSUMPTION: _tr("Rests on an assumption, which the note states."),
    UNRESOLVED: _tr(
        "Unresolved: the report's words fit more than one reading, or no published figure; "
        "the note says which."
    ),
}
# A short mark for tight places (chart bars): nothing for exact, a query for the rest.
_MARKS = {EXACT: "", ASSUMPTION: "?", UNRESOLVED: "??"}


def _worded(texts: dict[str, str], reading: str | None, translate: Translate) -> str:
    text = texts.get(reading or "")
    return translate(text) if text else reading or ""


def reading_label(reading: str | None, translate: Translate = _english) -> str:
    """The reading in one word, for a narrow table column ("exact", "assumption"), or ""."""
    return _worded(_LABELS, reading, translate)


def reading_name(reading: str | None, translate: Translate = _english) -> str:
    """The reading as a table cell or export field shows it ("exact arithmetic"), or ""."""
    return _worded(_NAMES, reading, translate)


def reading_meaning(reading: str | None, translate: Translate = _english) -> str:
    """What the reading means, in one sentence, or ""."""
    text = _MEANINGS.get(reading or "")
    return translate(text) if text else ""


def reading_mark(reading: str | None) -> str:
    """A one- or two-character mark for a chart's bar label ("?" for an assumption)."""
    return _MARKS.get(reading or "", "")
