"""Datasette shows the facts' figures as plain numbers: 135050000000, not 135050000000.0.

Loaded by the README's ``datasette ... --plugins-dir cqdesk/datasette/plugins``. Only the HTML
cells change: the columns stay REAL, so sorting, facets, sums and the JSON and CSV exports
keep the stored double. Hovering a value shows it as the report prints it (value_display).
This file imports nothing from cqdesk, so a Datasette installed on its own can load it; its
numbers are cqdesk.text.formatting.plain_number's (tests/datasette checks they agree).
"""

from __future__ import annotations

import math
from decimal import Decimal

from datasette import hookimpl
from markupsafe import Markup, escape

# The REAL columns that hold figures, by table.
FIGURES = {"facts": {"value", "change_value"}}
SIGNIFICANT_DIGITS = 15  # what a double always keeps of the decimal it was written from


def plain(value: float) -> str:
    """No exponent, no ``.0``, no digits past the 15th: 13.05 - 10.9 reads ``2.15``."""
    if value == 0:
        return "0"
    return format(Decimal(format(value, f".{SIGNIFICANT_DIGITS}g")), "f")


def _printed(row, column: str) -> str:
    """The value as the report prints it, where the row has it (it may be left out by _col)."""
    try:
        keys = row.keys()
    except AttributeError:
        return ""
    return (row["value_display"] or "") if column == "value" and "value_display" in keys else ""


@hookimpl
def render_cell(row, value, column, table):
    if column not in FIGURES.get(table, ()) or not isinstance(value, float):
        return None
    if not math.isfinite(value):
        return None
    printed = _printed(row, column)
    if not printed:
        return plain(value)
    return Markup(f'<span title="{escape(printed)}">{escape(plain(value))}</span>')
