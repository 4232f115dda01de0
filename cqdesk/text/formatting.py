"""Plain-text forms of values, qualifiers and units, shared by the build, the window and the CLI."""

from __future__ import annotations

import html
import math
import re
from decimal import Decimal

from cqdesk.text.safe_text import block

QUALIFIER_WORDS = {"lower_bound": "over", "approximate": "about", "upper_bound": "at most"}
QUALIFIER_SYMBOLS = {"lower_bound": "≥", "approximate": "≈", "upper_bound": "≤"}
QUALIFIER_NAMES = {
    "lower_bound": "lower bound",
    "approximate": "approximate",
    "upper_bound": "upper bound",
}
# Printed values that already carry their qualifier ("top 5" is a rank of at most 5).
_SAYS_QUALIFIER = {
    "lower_bound": ("over", "more than", "exceeded", "in excess of"),
    "approximate": ("about", "around"),
    "upper_bound": ("at most", "top"),
}

# "rank" reads as nothing after its number: the printed "top 5" already says what it is.
UNIT_NAMES = {"CNY": "yuan", "USD": "US dollars", "%": "%", "pp": "percentage points", "rank": ""}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# The digits of a double that are always the decimal it was written from.
SIGNIFICANT_DIGITS = 15


def qualifier_word(qualifier: str | None) -> str:
    """The English word a qualifier reads as ("over", "about"), or ""."""
    return QUALIFIER_WORDS.get(qualifier or "", "")


def qualified(text: str, qualifier: str | None) -> str:
    """Prefix a printed value with its qualifier word unless the text already says it."""
    word = qualifier_word(qualifier)
    if not word or text.lower().startswith(_SAYS_QUALIFIER.get(qualifier or "", ())):
        return text
    return f"{word} {text}"


def qualified_display(display: str | None, qualifier: str | None) -> str | None:
    """A stored value as printed, with its qualifier word where it lacks one (see ``qualified``);
    None or empty stays so."""
    return qualified(display, qualifier) if display and qualifier else display


def plain_number(value: float | None) -> str:
    """A number as a spreadsheet reads it: no grouping, no exponent, no float noise.

    The shortest text that gives the float back at 15 significant digits, written out without
    an exponent: 135050000000.0 -> ``135050000000``, 13.05 -> ``13.05``, and arithmetic noise
    gone, 2.1500000000000004 -> ``2.15``, 9333333333.333334 -> ``9333333333.33333``.
    """
    if value is None or not math.isfinite(value):
        return ""
    if value == 0:
        return "0"  # not "-0"
    # Any decimal of up to 15 significant digits survives a trip through a double (DBL_DIG), so
    # rounding to 15 gives back every figure as written and drops only the digits past it that
    # arithmetic adds ("g" also drops trailing zeros).
    text = format(float(value), f".{SIGNIFICANT_DIGITS}g")
    # Without an exponent the text is already written out (Decimal would give it back as is).
    return format(Decimal(text), "f") if "e" in text else text


def _grouped(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def scaled(value: float) -> tuple[float, str]:
    """Split a large value into a mantissa and a scale word: 1.35e11 -> (135.0, "billion")."""
    for factor, word in _SCALES:
        if abs(value) >= factor:
            return value / factor, word
    return value, ""


def format_value(value: float, unit: str) -> str:
    """A computed value written the way the report writes its own (``119.46 billion yuan``)."""
    if unit == "%":
        return f"{_grouped(value, 2)}%"
    if unit == "pp":
        return f"{_grouped(value, 2)} percentage points"
    mantissa, word = scaled(value)
    # Two decimals, as the report writes money; a whole count keeps its last digits (1.041 million
    # people); a rate per item above a hundred needs no decimals (54,348 yuan per broadcast).
    decimals = 2
    if unit not in ("CNY", "USD") and "/" not in unit and float(value).is_integer():
        decimals = 3 if word else 0
    elif "/" in unit and abs(value) >= 100:
        decimals = 0
    number = _grouped(mantissa, decimals) + (f" {word}" if word else "")
    if unit == "CNY":
        return f"{number} yuan"
    if unit == "USD":
        return f"USD {number}"
    if unit.startswith("CNY/"):
        return f"{number} yuan per {unit.split('/', 1)[1]}"
    return number


def signed_change(display: str, value: float | None) -> str:
    """A growth figure with an explicit sign, as the change column shows it."""
    if value is not None and value > 0 and not display.startswith(("+", "-")):
        return "+" + display
    return display


def unit_name(unit: str | None) -> str:
    """How a unit reads in a sentence: ``CNY`` -> ``yuan``; counts read as themselves."""
    if not unit:
        return ""
    return UNIT_NAMES.get(unit, unit)


# "650,000" and "650000" are one number to a person; search indexes and queries drop separators.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def without_separators(text: str) -> str:
    """Drop thousands separators between digits: ``1,827,000`` -> ``1827000``."""
    return _THOUSANDS.sub("", text)


def numerals(text: str) -> list[str]:
    """Every number written in ``text``, without thousands separators."""
    return [without_separators(match) for match in _NUMERAL.findall(text)]


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """Put ``values`` into a translated template's %1, %2 ... in one pass, so a value that itself
    holds "%2" (a search for "%2", say) is never filled in again."""
    return _PLACEHOLDER.sub(
        lambda match: (
            str(values[int(match.group(1)) - 1])
            if 0 < int(match.group(1)) <= len(values)
            else match.group(0)
        ),
        template,
    )


def literal_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally: Qt renders a tooltip as rich text when it
    merely looks like HTML, so data text ("<b>…") is escaped and wrapped."""
    if not text:
        return ""
    return "<p>" + "<br>".join(html.escape(line) for line in block(text).splitlines()) + "</p>"
