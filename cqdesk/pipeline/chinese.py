"""The project's Chinese forms (``resources/zh.yaml``) put on the rows, with their provenance."""

from __future__ import annotations

from dataclasses import dataclass

from cqdesk.pipeline.errors import BuildError
from cqdesk.text.chinese_numbers import chinese_change, chinese_value

TRANSLATION = "translation"  # a Chinese form the project wrote, not a word of the source
GAZETTEER = "gazetteer"
ZH_NOTE = (
    "Every *_zh column is the cqdesk project's translation (zh_provenance 'translation') or a "
    "gazetteer name (zh_provenance 'gazetteer'), not words of the source; empty where the "
    "official Chinese name is not known for certain."
)
SECTIONS = ("categories", "facts", "units", "entities", "places", "charts", "notes", "terms")


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
            row["zh_provenance"] = GAZETTEER
            continue
        row[column] = names.get(row["id"]) or None
        row["zh_provenance"] = TRANSLATION if row[column] else None


def note_zh(fact: dict, notes: dict) -> str | None:
    """The Chinese of a fact's note, only while it translates the note as it stands now."""
    entry = notes.get(fact["id"]) or {}
    if not isinstance(entry, dict) or entry.get("en") != fact["note"]:
        return None
    return entry.get("zh") or None


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
    units = {unit: name for unit, name in zh["units"].items() if name}
    for fact in facts:
        fact["value_display_zh"] = (
            chinese_value(fact["value"], fact["unit"], fact["qualifier"], units) or None
        )
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


def add_place_labels_zh(facts: list[dict], links: list[dict], places: list[dict]) -> None:
    """Each fact's places in Chinese (巴南区、渝中区), the English name where none is known."""
    names = {place["id"]: place["name_zh"] or place["name"] for place in places}
    linked: dict[str, list[str]] = {}
    for link in links:
        linked.setdefault(link["fact_id"], []).append(names[link["place_id"]])
    for fact in facts:
        fact["place_label_zh"] = "、".join(linked.get(fact["id"], [])) or None


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
