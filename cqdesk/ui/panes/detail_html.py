"""Writes the detail pane's page for one fact; every text from the data goes through escape()."""

from __future__ import annotations

import html
from urllib.parse import quote as url_quote

from PySide6.QtCore import QCoreApplication

from cqdesk.export import as_printed, source_citation
from cqdesk.export.citation import fact_sources
from cqdesk.export.values import in_chinese
from cqdesk.models.place_tree_model import place_title
from cqdesk.store.records import FactDetail, FactRow, Sources
from cqdesk.style.fact_styles import DERIVED, kind_explanation
from cqdesk.style.highlights import Highlights
from cqdesk.text import language
from cqdesk.text.formatting import plain_number
from cqdesk.text.formula import readable_formula
from cqdesk.text.readings import UNRESOLVED, reading_meaning, reading_name
from cqdesk.text.safe_text import block
from cqdesk.ui.words import window_words


def escape(text: str) -> str:
    """``text`` from the data as literal HTML, capped so its layout stays fast."""
    return html.escape(block(text))


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _link(scheme: str, target: str, text: str) -> str:
    # Links are ours (fact:, place:, entity:) and handled in the pane; none is ever opened.
    return f'<a href="{scheme}:{escape(url_quote(target, safe=""))}">{escape(text)}</a>'


def _row(title: str, body: str) -> str:
    return f"<tr><td style='padding-right:10px'><i>{escape(title)}</i></td><td>{body}</td></tr>"


def _value(row: FactRow) -> str:
    """The value in the window's language: 1350.5亿元 in Chinese, 135.05 billion yuan in English."""
    return language.shown(row.value_display or "", row.value_display_zh)


def _english_under(english: str, shown: str, colours: Highlights) -> str:
    # In Chinese mode the English form stays in sight, small and grey, under the Chinese one.
    if not english or english == shown:
        return ""
    return f"<p style='color:{colours.caption.name()}; font-size:small'>{escape(english)}</p>"


def _fact_links(rows: tuple[FactRow, ...]) -> str:
    return "<br>".join(
        f"{_link('fact', row.id, language.shown(row.label, row.label_zh))}"
        f"{' — ' + escape(_value(row)) if _value(row) else ''}"
        for row in rows
    )


def _value_mark(colours: Highlights) -> str:
    return (
        f"background-color:{colours.value_background.name()}; "
        f"color:{colours.value_text.name()}; font-weight:bold"
    )


def _quote(detail: FactDetail, colours: Highlights) -> str:
    quote = detail.row.quote or ""
    if detail.value_start is None or detail.quote_start is None:
        return f"“{escape(quote)}”"
    start, end = detail.value_start - detail.quote_start, detail.value_end - detail.quote_start
    return (
        f"“{escape(quote[:start])}<span style='{_value_mark(colours)}'>"
        f"{escape(quote[start:end])}</span>{escape(quote[end:])}”"
    )


def _heading(row: FactRow, colours: Highlights) -> str:
    # As printed, the unit written once: "13.05%", "about USD 21 billion", "over 650,000 merchants".
    value = language.shown(as_printed(row), row.value_display_zh)
    label = language.shown(row.label, row.label_zh)
    parts = [
        f"<p style='color:{colours.caption.name()}'>{escape(kind_explanation(row.kind))}</p>",
        f"<h3>{escape(label)}</h3>",
        _english_under(row.label, label, colours),
    ]
    if value:
        parts.append(
            f"<p><span style='font-size:x-large; font-weight:bold'>{escape(value)}</span></p>"
        )
        if language.chinese() and row.value is not None:
            english = as_printed(row)
            shown = english and english != value  # "13.05%" reads the same in both
            plain = f"{english} · {plain_number(row.value)}" if shown else plain_number(row.value)
            parts.append(_english_under(plain, value, colours))
    return "".join(parts)


def _facts_table(detail: FactDetail) -> list[str]:
    row = detail.row
    rows = []
    if row.change:
        rows.append(_row(_tr("Change"), escape(language.shown(row.change, row.change_zh))))
    if row.period:
        rows.append(_row(_tr("Period"), escape(language.shown(row.period, row.period_zh))))
    if detail.places:
        rows.append(
            _row(
                _tr("Places"),
                "、".join(_link("place", p.id, place_title(p)) for p in detail.places)
                if language.chinese()
                else ", ".join(_link("place", p.id, place_title(p)) for p in detail.places),
            )
        )
    if detail.entities:
        rows.append(
            _row(
                _tr("Organisations"),
                ", ".join(
                    _link("entity", e.id, language.shown(e.name, e.name_zh))
                    for e in detail.entities
                ),
            )
        )
    path = detail.category_path_zh if language.chinese() else detail.category_path
    rows.append(_row(_tr("Category"), escape(" › ".join(path or detail.category_path))))
    return rows


def _reading(row: FactRow) -> str:
    """How far a derived figure can be trusted: the reading's name in bold, then its meaning."""
    # Unresolved in capitals as well as bold: it must not be read past (no colour to fail contrast).
    name = reading_name(row.reading, _tr)
    return _row(
        _tr("Reading"),
        f"<b>{escape(name.upper() if row.reading == UNRESOLVED else name)}</b> — "
        f"{escape(reading_meaning(row.reading, _tr))}",
    )


def _derivation(detail: FactDetail, colours: Highlights) -> list[str]:
    formula = detail.formula or ""
    # The words first; the ids under them, as the data and the copied citation write them.
    inputs = (
        tuple(in_chinese(row) for row in detail.inputs) if language.chinese() else detail.inputs
    )
    words = escape(readable_formula(formula, inputs))
    # Softer than the words, yet at 4.5:1 on the page (plain grey is not, on white).
    muted = colours.caption.name()
    ids = f"<br><code style='color:{muted}; font-size:small'>{escape(formula)}</code>"
    rows = [_reading(detail.row)] if detail.row.reading else []
    rows.append(_row(_tr("Formula"), words + ids))
    if detail.inputs:
        rows.append(_row(_tr("Inputs"), _fact_links(detail.inputs)))
    return rows


def _related(detail: FactDetail) -> list[str]:
    rows = []
    if detail.describes:
        rows.append(_row(_tr("Describes"), _fact_links((detail.describes,))))
    if detail.described_by:
        rows.append(_row(_tr("Described by"), _fact_links(detail.described_by)))
    if detail.used_by:
        rows.append(_row(_tr("Used by"), _fact_links(detail.used_by)))
    return rows


def _citations(detail: FactDetail, sources: Sources) -> str:
    cited = fact_sources(detail.row, sources)
    title = _tr("Source") if len(cited) == 1 else _tr("Sources")
    words = window_words()
    return _row(title, "<br>".join(escape(source_citation(source, words)) for source in cited))


def detail_html(detail: FactDetail, sources: Sources, colours: Highlights) -> str:
    """The page for ``detail``: a derived fact shows its reading, formula and inputs, never a
    quote; a reference figure its citation and no quote; each cites its own source(s)."""
    rows = _facts_table(detail)
    if detail.row.kind == DERIVED:
        rows += _derivation(detail, colours)
    elif detail.row.quote:
        rows.append(_row(_tr("Quote"), _quote(detail, colours)))
    if detail.note:
        note = language.shown(detail.note, detail.note_zh)
        rows.append(_row(_tr("Note"), escape(note) + _english_under(detail.note, note, colours)))
    rows += _related(detail)
    # The same citation the clipboard and the exports carry.
    rows.append(_citations(detail, sources))
    return f"{_heading(detail.row, colours)}<table cellspacing='4'>{''.join(rows)}</table>"
