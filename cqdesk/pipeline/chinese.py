"""The project's Chinese forms (``resources/zh.yaml``) put on the rows, with their provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cqdesk.pipeline.errors import BuildError
from cqdesk.text.chinese_numbers import chinese_change, chinese_value

TRANSLATION = "translation"  # a Chinese form the project wrote, not a word of the source
GAZETTEER = "gazetteer"
# A bonded zone's name: the gazetteer's short name (两路寸滩) and the project's translation of
# the report's own term after it (综合保税区 for "comprehensive bonded zone").
GAZETTEER_AND_TRANSLATION = "gazetteer+translation"
ZH_NOTE = (
    "Every *_zh column is the cqdesk project's translation (zh_provenance 'translation'), a "
    "gazetteer name (zh_provenance 'gazetteer'), or for a bonded zone the gazetteer's short name "
    "followed by the project's translation of the report's 'comprehensive bonded zone' "
    "(zh_provenance 'gazetteer+translation'); none of them are words of the source; empty where "
    "the official Chinese name is not known for certain. A source's title stays as published "
    "(a translated title would not find the publication); its publisher_zh and statement_by_zh "
    "are the project's translations of the publishers' names."
)
SECTIONS = (
    "categories",
    "facts",
    "units",
    "entities",
    "places",
    "charts",
    "notes",
    "periods",
    "terms",
    "sources",
)
# A period of digits and dashes (2020, 2015–2020) reads the same in Chinese; any other
# (2021-02 (likely)) needs its Chinese in zh.yaml.
_PLAIN_PERIOD = re.compile(r"[\d\-–/]+")


def check_zh(zh: object, path: str) -> dict:
    """``zh.yaml`` as a mapping of its sections; a clear error for any other shape."""
    if zh is None:
        zh = {}
    if not isinstance(zh, dict) or not set(zh) <= set(SECTIONS):
        raise BuildError(f"{path}: expected a mapping with the sections {', '.join(SECTIONS)}")
    for name, section in zh.items():
        wanted = list if name == "terms" else dict
        if section is not None and not isinstance(section, wanted):
            raise BuildError(f"{path}: section {name!r} must be a {wanted.__name__}")
    return {name: zh.get(name) or ({} if name != "terms" else []) for name in SECTIONS}


def _named(rows: list[dict], names: dict, column: str = "name_zh") -> None:
    for row in rows:
        if row.get(column):  # a gazetteer name is kept, with its own provenance
            row["zh_provenance"] = row.get("zh_provenance") or GAZETTEER
            continue
        row[column] = names.get(row["id"]) or None
        row["zh_provenance"] = TRANSLATION if row[column] else None


def note_zh(fact: dict, notes: dict) -> str | None:
    """The Chinese of a fact's note, only while it translates the note as it stands now."""
    entry = notes.get(fact["id"]) or {}
    if not isinstance(entry, dict) or entry.get("en") != fact["note"]:
        return None
    return entry.get("zh") or None


def period_zh(period: str | None, periods: dict) -> str | None:
    """A fact's period in Chinese: as it is when it is only digits, else from ``periods``."""
    if not period:
        return None
    if periods.get(period):
        return str(periods[period])
    return period if _PLAIN_PERIOD.fullmatch(period) else None


def unit_rows(facts: list[dict], units: dict) -> list[dict]:
    """One row per unit the facts use, with its Chinese reading (``units`` table)."""
    used = sorted({fact["unit"] for fact in facts if fact["unit"]})
    return [
        {
            "id": unit,
            "name_zh": units.get(unit) or None,
            "zh_provenance": TRANSLATION if units.get(unit) else None,
        }
        for unit in used
    ]


def value_zh_as_printed(fact: dict, units: dict) -> str | None:
    """The value in Chinese, keeping the sign the source printed.

    A fact stored in points whose words print ``%`` ("1.49% higher than the national average")
    keeps ``%`` in Chinese: writing 个百分点 would settle a reading the report leaves open.
    """
    unit = fact["unit"]
    printed = (fact.get("value_display") or "").rstrip()
    if unit == "pp" and printed.endswith("%"):
        unit = "%"
    return chinese_value(fact["value"], unit, fact["qualifier"], units) or None


def add_chinese(
    zh: dict,
    categories: list[dict],
    places: list[dict],
    entities: list[dict],
    facts: list[dict],
    charts: tuple[list[dict], list[dict]],
) -> list[dict]:
    """Fill every ``*_zh`` column in place; the rows of the ``units`` table."""
    _named(categories, zh["categories"])
    _named(places, zh["places"])
    _named(entities, zh["entities"])
    _named(facts, zh["facts"], "label_zh")
    for fact in facts:
        fact["note_zh"] = note_zh(fact, zh["notes"])
        fact["period_zh"] = period_zh(fact["period"], zh["periods"])
    units = {unit: name for unit, name in zh["units"].items() if name}
    for fact in facts:
        fact["value_display_zh"] = value_zh_as_printed(fact, units)
    by_id = {fact["id"]: fact for fact in facts}
    for fact in facts:
        fact["change_zh"] = None
    for fact in facts:
        target = by_id.get(fact["describes_id"] or "")
        if (
            target is not None
            and target["change"] is not None
            and target["change_zh"] is None
            and target["change_value"] == fact["value"]
        ):
            target["change_zh"] = chinese_change(fact["value"], fact["unit"])
    _chart_names(zh["charts"], *charts)
    return unit_rows(facts, units)


def add_source_names(sources: list[dict], names: dict) -> None:
    """Each source's publisher and statement-giver in Chinese (``sources`` of ``zh.yaml``);
    empty where the Chinese name is not known for certain. The title stays as published."""
    for source in sources:
        entry = names.get(source["id"]) or {}
        if not isinstance(entry, dict):
            raise BuildError(f"zh.yaml: sources {source['id']!r} must map publisher, statement_by")
        source["publisher_zh"] = entry.get("publisher") or None
        source["statement_by_zh"] = entry.get("statement_by") or None
        named = source["publisher_zh"] or source["statement_by_zh"]
        source["zh_provenance"] = TRANSLATION if named else None


def _chart_names(names: dict, charts: list[dict], bars: list[dict]) -> None:
    for chart in charts:
        entry = names.get(chart["id"]) or {}
        chart["title_zh"] = entry.get("title") or None
        chart["zh_provenance"] = TRANSLATION if chart["title_zh"] else None
    for bar in bars:
        entry = names.get(bar["chart_id"]) or {}
        bar["label_zh"] = _nth(entry.get("bars"), bar["position"])
        # A comparison chart's groups, one per bar as its labels are ("网络零售" twice).
        groups = entry.get("groups")
        bar["group_label_zh"] = _nth(groups, bar["position"]) if bar["group_label"] else None


def _nth(texts: list | None, position: int) -> str | None:
    texts = texts or []
    return str(texts[position]) if position < len(texts) and texts[position] else None


def _names_zh(
    facts: list[dict], links: list[dict], rows: list[dict], key: str, column: str
) -> None:
    names = {row["id"]: row["name_zh"] or row["name"] for row in rows}
    linked: dict[str, list[str]] = {}
    for link in links:
        linked.setdefault(link["fact_id"], []).append(names[link[key]])
    for fact in facts:
        fact[column] = "、".join(linked.get(fact["id"], [])) or None


def add_place_labels_zh(facts: list[dict], links: list[dict], places: list[dict]) -> None:
    """Each fact's places in Chinese (巴南区、渝中区), the English name where none is known."""
    _names_zh(facts, links, places, "place_id", "place_label_zh")


def add_entity_labels_zh(facts: list[dict], links: list[dict], entities: list[dict]) -> None:
    """Each fact's organisations in Chinese (洋码头、美菜网), the English name where none is known
    (Qin Ma): an official name the project does not know for certain is never guessed."""
    _names_zh(facts, links, entities, "entity_id", "entity_label_zh")


@dataclass(frozen=True)
class ChineseNames:
    """What the search index needs of the Chinese forms: units, category paths, topic groups."""

    units: dict[str, str]
    category_paths: dict[str, str]
    terms: list[list[str]]

    @classmethod
    def of(cls, zh: dict, categories: list[dict]) -> ChineseNames:
        """From ``zh.yaml`` and the category rows (already carrying their ``name_zh``)."""
        by_id = {row["id"]: row for row in categories}
        paths: dict[str, str] = {}
        for row in categories:
            names: list[str] = []
            node: dict | None = row
            while node is not None and len(names) <= len(categories):  # a cycle stops too
                names.append(node["name_zh"] or "")
                node = by_id.get(node["parent_id"] or "")
            paths[row["id"]] = " ".join(filter(None, names))
        units = {unit: str(name) for unit, name in zh["units"].items() if name}
        terms = [[str(term) for term in group] for group in zh["terms"] if group]
        return cls(units, paths, terms)
