"""A derived fact's formula in words: its input ids read as their labels, operators as ÷ × −."""

from __future__ import annotations

import re

from cqdesk.store.records import FactRow

# Fact ids are slugs; numbers such as 100 or 1 stay numbers.
_TOKEN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d+(?:\.\d+)?|\S")
_OPERATORS = {"/": "÷", "*": "×", "-": "−"}


def readable_formula(formula: str, inputs: tuple[FactRow, ...]) -> str:
    """``formula`` with each input id replaced by that input's label (unknown ids stay as ids).

    ``rural-online-retail-sales / online-retail-sales * 100`` reads
    ``Rural online retail sales ÷ Online retail sales × 100``.
    """
    labels = {row.id: row.label for row in inputs}
    words = []
    for token in _TOKEN.findall(formula):
        words.append(labels.get(token, _OPERATORS.get(token, token)))
    text = " ".join(words)
    # Brackets hug what they enclose, as written.
    return text.replace("( ", "(").replace(" )", ")")
