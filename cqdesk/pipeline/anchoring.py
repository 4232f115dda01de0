"""Finds quotes and printed values in the source text; offsets are computed, never typed."""

from __future__ import annotations

from dataclasses import dataclass

from cqdesk.pipeline.errors import BuildError


@dataclass(frozen=True)
class Anchor:
    """Where a fact's quote and its printed value stand in the source (code points, end exclusive)."""

    quote_start: int
    quote_end: int
    value_start: int | None
    value_end: int | None


def occurrences(haystack: str, needle: str) -> list[int]:
    """Every start index of ``needle`` in ``haystack``, overlapping ones included."""
    found, start = [], haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def locate(haystack: str, needle: str, occurrence: int | None, what: str) -> int:
    """The start of ``needle``: its only occurrence, or the one ``occurrence`` (1-based) names."""
    if not needle:
        raise BuildError(f"{what}: empty text")
    starts = occurrences(haystack, needle)
    if not starts:
        raise BuildError(f"{what}: {needle!r} is not in the text (copy it exactly)")
    if occurrence is None:
        if len(starts) > 1:
            raise BuildError(
                f"{what}: {needle!r} occurs {len(starts)} times; "
                "quote more words or say which occurrence"
            )
        return starts[0]
    if not 1 <= occurrence <= len(starts):
        raise BuildError(
            f"{what}: occurrence {occurrence} asked, {needle!r} occurs {len(starts)} times"
        )
    return starts[occurrence - 1]


def anchor(text: str, quote: str, value_text: str | None, entry: dict, what: str) -> Anchor:
    """Offsets of a quote in ``text`` and of its printed value inside the quote."""
    quote_start = locate(text, quote, entry.get("occurrence"), what)
    if value_text is None:
        return Anchor(quote_start, quote_start + len(quote), None, None)
    inner = locate(quote, str(value_text), entry.get("value_occurrence"), f"{what} value_text")
    value_start = quote_start + inner
    return Anchor(
        quote_start, quote_start + len(quote), value_start, value_start + len(str(value_text))
    )
