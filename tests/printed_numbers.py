"""Reads numbers as the report prints them ("135.05 billion yuan", "six", "31 percentage points")."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
    "half": 0.5,
    "single": 1,
    "double": 2,
    "twice": 2,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
ALL_WORDS = {**NUMBER_WORDS, **ORDINAL_WORDS}

# A numeral, or a number word standing alone; "million"/"billion" only count after a numeral.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(ALL_WORDS) + r")\b", re.IGNORECASE)


def number_tokens(text: str) -> list[tuple[int, int, str]]:
    """Every numeral and number word in ``text`` as (start, end, token)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def parse_printed(printed: str) -> tuple[float, str | None]:
    """The value and unit family a printed number denotes: CNY, USD, %, pp or None (a count)."""
    lowered = printed.lower()
    match = re.search(r"\d+(?:[.,]\d+)*", printed)
    if match:
        value = float(match.group().replace(",", ""))
    else:
        word = re.search(r"[a-z]+", lowered).group()
        value = float(ALL_WORDS[word])
    for scale, factor in SCALES.items():
        if re.search(rf"\b{scale}\b", lowered):
            value *= factor
    if "percentage point" in lowered:
        return value, "pp"
    if "%" in printed:
        return value, "%"
    if "usd" in lowered or "dollar" in lowered:
        return value, "USD"
    if "yuan" in lowered:
        return value, "CNY"
    return value, None
