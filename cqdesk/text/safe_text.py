"""Text that is safe to show, print and lay out: no lone surrogates, no unbounded length."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
ELLIPSIS = "\u2026"

# Python keeps bytes that are not UTF-8 (in argv, file names) as lone surrogates, which no
# encoder, terminal or Qt string accepts.
_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(text: str) -> str:
    """``text`` with every undecodable byte shown as U+FFFD, so it can be printed and shown."""
    return _SURROGATE.sub(REPLACEMENT, text)


def capped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


# How much of one text from the data the window lays out. Qt's text layout grows much faster
# than the text (a 1,000,000-character label took 107 s); nothing the report says comes close.
TYPED_LIMIT = 1000  # what a search or place box takes; no search needs more
LINE_LIMIT = 500  # a name, label or title on one line
BLOCK_LIMIT = 10_000  # a quote or note in the detail pane, a tooltip


def line(text: str) -> str:
    """``text`` as a one-line label shows it: capped at LINE_LIMIT characters."""
    return capped(text, LINE_LIMIT)


def block(text: str) -> str:
    """``text`` as a paragraph shows it: capped at BLOCK_LIMIT characters."""
    return capped(text, BLOCK_LIMIT)
