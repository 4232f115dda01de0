"""One fact's value as the copy and export formats write it: plain number, qualifier word, as printed."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from cqdesk.store.records import FactDetail, FactRow
from cqdesk.text.formatting import plain_number, qualifier_word, unit_name

QUALIFIER_ZH = {"lower_bound": "超过", "approximate": "约", "upper_bound": "不超过"}
# Units a printed value already carries in its own symbol ("13.05%", "1.49%" read as points).
_SELF_EVIDENT_UNITS = {"%", "pp"}


def plain(value: float | None) -> str:
    """A number a spreadsheet reads as a number (see ``formatting.plain_number``)."""
    return plain_number(value)


def number(row: FactRow) -> str:
    """The value alone, plain (empty for a statement)."""
    return plain(row.value)


def qualifier(row: FactRow) -> str:
    """The qualifier as a word: ``over`` (lower bound), ``about`` (approximate), ``at most``, or "";
    in Chinese (a row from ``in_chinese``) ``超过``, ``约``, ``不超过``."""
    return qualifier_text(row.qualifier, _is_chinese(row))


def qualifier_text(code: str | None, chinese: bool) -> str:
    """``qualifier`` of a row with this qualifier code, written in Chinese when ``chinese``."""
    if chinese:
        return QUALIFIER_ZH.get(code or "", "")
    return qualifier_word(code)


def in_chinese(row: FactRow) -> FactRow:
    """The row as the window shows it in Chinese: each text in its Chinese form where there is
    one (网络零售额, 1350.5亿元, 元, 增长13.05%, the note); the value itself stays the plain
    number, and the quote the source's words."""
    return replace(
        row,
        label=row.label_zh or row.label,
        value_display=row.value_display_zh or row.value_display,
        unit=row.unit_zh or row.unit,
        change=row.change_zh or row.change,
        place_label=row.place_label_zh or row.place_label,
        category_name=row.category_name_zh or row.category_name,
        entity_label=row.entity_label_zh or row.entity_label,
        note=row.note_zh or row.note,
        period=row.period_zh or row.period,
    )


def detail_in_chinese(detail: FactDetail) -> FactDetail:
    """The detail as the window shows it in Chinese: its row, inputs, note, category path,
    places and organisations in their Chinese forms where there are some; quotes as printed."""
    return replace(
        detail,
        row=in_chinese(detail.row),
        note=detail.note_zh or detail.note,
        inputs=tuple(in_chinese(row) for row in detail.inputs),
        category_path=detail.category_path_zh or detail.category_path,
        places=tuple(replace(place, name=place.name_zh or place.name) for place in detail.places),
        entities=tuple(
            replace(entity, name=entity.name_zh or entity.name) for entity in detail.entities
        ),
    )


def _is_chinese(row: FactRow) -> bool:
    return is_chinese(row.value_display, row.value_display_zh)


def is_chinese(display: str | None, display_zh: str | None) -> bool:
    """Whether a row shows its value as printed in Chinese (its ``in_chinese`` form)."""
    return bool(display_zh) and display == display_zh


def unit_noun(unit: str | None) -> str:
    """How a unit reads after a number: ``CNY`` -> ``yuan``, ``people/session`` -> ``people per session``."""
    if not unit or unit in _SELF_EVIDENT_UNITS:
        return ""
    if "/" in unit:
        top, bottom = unit.split("/", 1)
        return f"{unit_name(top)} per {unit_name(bottom)}"
    return unit_name(unit)


@lru_cache(maxsize=256)
def _unit_words(unit: str) -> tuple[str, ...]:
    """How a printed value may name ``unit``, in lower case (worked out once per unit: every
    row of an export asks)."""
    names = {unit, unit_name(unit), unit_noun(unit)}
    if "/" in unit:
        names.add(unit_name(unit.split("/", 1)[0]))
    return tuple(name.lower() for name in names if name)


def _mentions_unit(text: str, unit: str) -> bool:
    # "135.05 billion yuan" names CNY as yuan, "about USD 21 billion" names USD by its code,
    # "6.43 yuan per USD" names CNY/USD by its first part: any of these means "already there".
    lowered = text.lower()
    return any(name in lowered for name in _unit_words(unit))


def as_printed(row: FactRow) -> str:
    """The value as the report prints it, with its qualifier and unit: ``over 650,000 merchants``.

    The stored display text already carries the qualifier ("over 650,000") and, for money,
    the unit ("135.05 billion yuan"); the unit noun is added only where the text lacks it.
    A statement has no value and reads as "".
    """
    return printed(row.value_display, row.unit, _is_chinese(row))


def printed(display: str | None, unit: str | None, chinese: bool) -> str:
    """``as_printed`` of a row with this value as printed and unit (``is_chinese`` or not)."""
    display = display or ""
    if not display or chinese:  # 超过4000万只 says its qualifier and unit itself
        return display
    if unit and not _mentions_unit(display, unit):
        noun = unit_noun(unit)
        if noun:
            display = f"{display} {noun}"
    return display
