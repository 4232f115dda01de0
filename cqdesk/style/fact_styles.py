"""How reported, derived and statement facts look and are explained, shared by table and panes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from cqdesk.store.records import FactRow
from cqdesk.text.formatting import QUALIFIER_NAMES, fill
from cqdesk.text.readings import reading_meaning, reading_name

REPORTED, DERIVED, STATEMENT, REFERENCE = "reported", "derived", "statement", "reference"

_KIND_TEXTS = {
    REPORTED: QT_TRANSLATE_NOOP(
        "FactStyles", "Reported: a figure the report states, quoted word for word."
    ),
    DERIVED: QT_TRANSLATE_NOOP(
        "FactStyles",
        "Derived: computed by cqdesk from the figures its formula names; no source prints it.",
    ),
    REFERENCE: QT_TRANSLATE_NOOP(
        "FactStyles", "Reference: a national figure from another publication, cited, not quoted."
    ),
    STATEMENT: QT_TRANSLATE_NOOP("FactStyles", "Statement: what the report says without a figure."),
}
_KIND_NAMES = {
    REPORTED: QT_TRANSLATE_NOOP("FactStyles", "Reported"),
    DERIVED: QT_TRANSLATE_NOOP("FactStyles", "Derived"),
    STATEMENT: QT_TRANSLATE_NOOP("FactStyles", "Statement"),
    REFERENCE: QT_TRANSLATE_NOOP("FactStyles", "Reference"),
}
# Tints drawn at low alpha so they read on both light and dark palettes.
_TINTS = {
    DERIVED: QColor(60, 120, 220, 40),
    STATEMENT: QColor(128, 128, 128, 40),
    REFERENCE: QColor(40, 160, 90, 40),
}


def _tr(text: str) -> str:
    # The readings' words are marked in cqdesk/text/readings.py, under the empty context.
    return QCoreApplication.translate("", text)


def kind_name(kind: str) -> str:
    """A kind's name for people ("Derived")."""
    return QCoreApplication.translate("FactStyles", str(_KIND_NAMES.get(kind, kind)))


def qualifier_name(qualifier: str | None) -> str:
    """A qualifier in words ("lower bound"); "exact" when the report gives the value as is."""
    # Literal calls, so the translation tools find every name.
    names = {
        "lower_bound": QCoreApplication.translate("FactStyles", "lower bound"),
        "approximate": QCoreApplication.translate("FactStyles", "approximate"),
        "upper_bound": QCoreApplication.translate("FactStyles", "upper bound"),
    }
    if not qualifier:
        return QCoreApplication.translate("FactStyles", "exact")
    return names.get(qualifier, QUALIFIER_NAMES.get(qualifier, qualifier))


def kind_explanation(kind: str) -> str:
    """What a kind means, in one sentence."""
    return QCoreApplication.translate("FactStyles", str(_KIND_TEXTS.get(kind, "")))


def kind_tooltip(row: FactRow, cell: str = "", also: str = "") -> str:
    """A cell's tooltip: the cell's full text (and ``also``, its English form or plain number in
    Chinese mode), what the row's kind means, then the full quote.

    Escaped rich text, so data never reads as markup and long text wraps.
    """
    parts = [f"<p><b>{escape(cell)}</b></p>"] if cell else []
    if also:
        parts.append(f"<p>{escape(also)}</p>")
    parts.append(f"<p><i>{escape(kind_explanation(row.kind))}</i></p>")
    if row.reading:
        reading = QCoreApplication.translate("FactStyles", "Reading: %1 — %2")
        name = reading_name(row.reading, _tr)
        meaning = reading_meaning(row.reading, _tr)
        parts.append(f"<p>{escape(fill(reading, name, meaning))}</p>")
    if row.quote:
        parts.append(f"<p>“{escape(row.quote)}”</p>")
    return "".join(parts)


def kind_font(kind: str) -> QFont | None:
    """Derived rows in italics, statements plain, reported figures plain."""
    if kind != DERIVED:
        return None
    font = QFont(QGuiApplication.font())
    font.setItalic(True)
    return font


def kind_brush(kind: str) -> QBrush | None:
    """A faint background tint that sets derived and statement rows apart from reported ones."""
    tint = _TINTS.get(kind)
    return QBrush(tint) if tint else None
