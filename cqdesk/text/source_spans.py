"""Finds the fact a position in the source belongs to, and a fact's own span."""

from __future__ import annotations

from cqdesk.store.records import Span

_NO_VALUE = float("inf")


def _first_key(span: Span) -> tuple:
    # The outermost, earliest span first; within one shared quote, the fact whose figure comes first.
    return (span.start, -span.end, span.value_start if span.value_start is not None else _NO_VALUE)


def fact_at(spans: list[Span], position: int) -> str | None:
    """The fact at code point ``position``: the one whose value is there, else the quote's first."""
    inside = [span for span in spans if span.start <= position < span.end]
    for span in inside:
        start, end = span.value_start, span.value_end
        if start is not None and end is not None and start <= position < end:
            return span.fact_id
    return min(inside, key=_first_key).fact_id if inside else None


def own_span(spans: list[Span], fact_id: str) -> Span | None:
    """The fact's quote in the body (its summary mention only when it has no body quote)."""
    found = [span for span in spans if span.fact_id == fact_id]
    quotes = [span for span in found if span.role == "quote"]
    chosen = quotes or found
    return chosen[0] if chosen else None
