"""Rows for reported, statement and derived facts, with offsets, links and display text."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from cqdesk.pipeline.anchoring import anchor, locate
from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.formula import evaluate, input_ids
from cqdesk.pipeline.inputs import Resources
from cqdesk.text.formatting import format_value, plain_number, qualified, signed_change

QUALIFIERS = {None, "lower_bound", "approximate", "upper_bound"}
# How a fact relates to the one it describes: growth over the year before (%), a change in points
# from the year before (pp), or a gap to the national average. Only the first two are "change".
RELATIONS = {"growth", "change", "gap"}
CHANGE_RELATIONS = {"growth", "change"}
KINDS = {"reported", "statement"}
# How far a derived figure can be trusted: plain arithmetic on printed figures; arithmetic that
# rests on an assumption its note states; or unresolved, where the report's words fit more than
# one reading or no published figure. The last two must say why in the note.
READINGS = {"exact", "assumption", "unresolved"}


@dataclass
class FactTables:
    """The rows of every fact table, filled in the order facts are read."""

    facts: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    inputs: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Known:
    """The ids a fact may refer to."""

    categories: set[str]
    places: set[str]
    entities: set[str]
    source_id: str = ""


# The columns of a facts row that a kind of fact fills only when it has them: a reported fact
# its quote and value, a derived one its formula and reading, a reference figure its value.
UNSET_FIELDS: dict[str, None] = dict.fromkeys(
    (
        "describes_id",
        "relation",
        "formula",
        "reading",
        "quote",
        "quote_start",
        "quote_end",
        "value_start",
        "value_end",
        "value",
        "unit",
        "value_display",
    )
)


def fact_row(fields: dict) -> dict:
    """A facts row: ``fields`` over every optional column left empty."""
    return {**UNSET_FIELDS, **fields}


def _base_row(entry: dict, known: Known, what: str) -> dict:
    if not entry.get("id") or not entry.get("label"):
        raise BuildError(f"{what}: every fact needs an id and a label")
    if entry.get("category") not in known.categories:
        raise BuildError(f"{what}: unknown category {entry.get('category')!r}")
    if entry.get("qualifier") not in QUALIFIERS:
        raise BuildError(f"{what}: qualifier must be lower_bound or approximate")
    return fact_row(
        {
            "id": entry["id"],
            "source_id": known.source_id,
            "category_id": entry["category"],
            "label": entry["label"],
            "qualifier": entry.get("qualifier"),
            "period": str(entry.get("period", "2020")),
            "note": entry.get("note"),
            "describes_id": entry.get("describes"),
            "relation": _relation(entry, what),
        }
    )


def _relation(entry: dict, what: str) -> str | None:
    if not entry.get("describes"):
        return None
    relation = entry.get("relation") or ("growth" if entry.get("unit") == "%" else "change")
    if relation not in RELATIONS:
        raise BuildError(f"{what}: relation must be one of {sorted(RELATIONS)}")
    return relation


def _add_links(tables: FactTables, entry: dict, known: Known, what: str) -> None:
    for place_id in entry.get("places") or []:
        if place_id not in known.places:
            raise BuildError(f"{what}: unknown place {place_id!r}")
        tables.places.append({"fact_id": entry["id"], "place_id": place_id})
    for entity_id in entry.get("entities") or []:
        if entity_id not in known.entities:
            raise BuildError(f"{what}: unknown entity {entity_id!r}")
        tables.entities.append({"fact_id": entry["id"], "entity_id": entity_id})


def _summary_mention(text: str, entry: dict, summary_end: int, what: str) -> dict:
    start = locate(text[:summary_end], entry["summary"], None, f"{what} summary")
    value_at = locate(entry["summary"], str(entry["value_text"]), None, f"{what} summary value")
    return {
        "fact_id": entry["id"],
        "role": "summary",
        "quote_start": start,
        "quote_end": start + len(entry["summary"]),
        "value_start": start + value_at,
        "value_end": start + value_at + len(str(entry["value_text"])),
    }


def _quoted_row(
    res: Resources, entry: dict, known: Known, summary_end: int
) -> tuple[dict, dict | None]:
    what = f"facts.yaml {entry.get('id')!r}"
    row = _base_row(entry, known, what)
    kind = entry.get("kind", "reported")
    if kind not in KINDS:
        raise BuildError(f"{what}: kind must be reported or statement")
    value_text = entry.get("value_text") if kind == "reported" else None
    if kind == "reported" and (
        value_text is None or entry.get("value") is None or not entry.get("unit")
    ):
        raise BuildError(f"{what}: a reported fact needs value_text, value and unit")
    if not entry.get("quote"):
        raise BuildError(f"{what}: needs a quote")
    found = anchor(res.text, entry["quote"], value_text, entry, what)
    if found.quote_start < summary_end:
        raise BuildError(f"{what}: quote the body, not the summary bullets")
    row.update(
        kind=kind,
        quote=entry["quote"],
        quote_start=found.quote_start,
        quote_end=found.quote_end,
        value_start=found.value_start,
        value_end=found.value_end,
    )
    if kind == "reported":
        value = float(entry["value"])
        if not math.isfinite(value):
            raise BuildError(f"{what}: value must be a finite number")
        row.update(
            value=value,
            unit=entry["unit"],
            value_display=qualified(str(value_text), entry.get("qualifier")),
        )
    mention = _summary_mention(res.text, entry, summary_end, what) if entry.get("summary") else None
    return row, mention


def _derived_row(
    entry: dict, known: Known, values: dict[str, float], qualifiers: dict
) -> tuple[dict, list[str]]:
    what = f"derived.yaml {entry.get('id')!r}"
    row = _base_row(entry, known, what)
    if not entry.get("formula") or not entry.get("unit"):
        raise BuildError(f"{what}: a derived fact needs a formula and a unit")
    value = evaluate(entry["formula"], values, what)
    inputs = input_ids(entry["formula"])
    if any(qualifiers.get(fact_id) for fact_id in inputs) and not entry.get("qualifier"):
        raise BuildError(f"{what}: an input has a qualifier, so this fact must declare one")
    row.update(
        kind="derived",
        formula=entry["formula"],
        reading=_reading(entry, what),
        value=value,
        unit=entry["unit"],
        value_display=qualified(
            format_value(_shown(value, entry, what), entry["unit"]), entry.get("qualifier")
        ),
    )
    return row, inputs


def _reading(entry: dict, what: str) -> str:
    reading = entry.get("reading")
    if reading not in READINGS:
        raise BuildError(f"{what}: reading must be one of {sorted(READINGS)}")
    if reading != "exact" and not entry.get("note"):
        raise BuildError(f"{what}: a reading of {reading!r} needs a note that says why")
    return reading


def _shown(value: float, entry: dict, what: str) -> float:
    """The value rounded to the significant digits its inputs justify (``significant``); the
    stored value keeps full precision for anyone who computes with it."""
    digits = entry.get("significant")
    if digits is None:
        return value
    if not isinstance(digits, int) or isinstance(digits, bool) or digits < 1:
        raise BuildError(f"{what}: significant must be a whole number of digits, 1 or more")
    return float(f"{value:.{digits}g}")


def fact_tables(
    res: Resources, known: Known, summary_end: int, references: Sequence[dict] = ()
) -> FactTables:
    """Every fact row and link row; raises BuildError on the first entry that does not check.

    ``references`` are the reference figures' rows, which derived facts may take as inputs.
    """
    tables = FactTables()
    for entry in res.facts:
        row, mention = _quoted_row(res, entry, known, summary_end)
        tables.facts.append(row)
        if mention:
            tables.mentions.append(mention)
        _add_links(tables, entry, known, f"facts.yaml {entry['id']!r}")
    tables.facts.extend(references)
    values = {row["id"]: row["value"] for row in tables.facts if row["value"] is not None}
    qualifiers = {row["id"]: row["qualifier"] for row in tables.facts}
    for row in tables.facts:
        row["cited_sources"] = row["source_id"]
    sources = {row["id"]: [row["source_id"]] for row in tables.facts}
    for entry in res.derived:
        row, inputs = _derived_row(entry, known, values, qualifiers)
        # A comparison belongs to the source of its first input and cites every input's source.
        row["source_id"] = sources[inputs[0]][0] if inputs else known.source_id
        row["cited_sources"] = " ".join(dict.fromkeys(s for i in inputs for s in sources[i]))
        sources[row["id"]] = row["cited_sources"].split()
        tables.facts.append(row)
        values[row["id"]], qualifiers[row["id"]] = row["value"], row["qualifier"]
        tables.inputs.extend(
            {"fact_id": row["id"], "input_id": input_id, "position": position}
            for position, input_id in enumerate(inputs)
        )
        _add_links(tables, entry, known, f"derived.yaml {entry['id']!r}")
    _check_unique(tables.facts)
    _finish(tables, res)
    return tables


def _check_unique(rows: list[dict]) -> None:
    ids = [row["id"] for row in rows]
    duplicates = sorted({fact_id for fact_id in ids if ids.count(fact_id) > 1})
    if duplicates:
        raise BuildError(f"fact ids used twice: {duplicates}")
    for row in rows:
        if row["describes_id"] and row["describes_id"] not in ids:
            raise BuildError(f"fact {row['id']!r} describes unknown fact {row['describes_id']!r}")


def _change_text(row: dict) -> str:
    """The change column's text: a growth as printed (+13.05%), a change in points as "+31 pp"."""
    if row["unit"] == "pp":
        return signed_change(f"{plain_number(row['value'])} pp", row["value"])
    return signed_change(row["value_display"], row["value"])


def _finish(tables: FactTables, res: Resources) -> None:
    """Fill the columns computed from other rows: position, change, place and organisation labels."""
    names = {d["id"]: d["name"] for d in res.divisions} | {p["id"]: p["name"] for p in res.places}
    entity_names = {e["id"]: e["name"] for e in res.entities}
    by_id = {row["id"]: row for row in tables.facts}
    ordered = sorted(
        tables.facts, key=lambda row: (row["quote_start"] is None, row["quote_start"] or 0)
    )
    for position, row in enumerate(ordered):
        row["position"] = position
        row["change"] = row["change_value"] = None
    for row in ordered:
        target = by_id.get(row["describes_id"] or "")
        if target is not None and row["relation"] in CHANGE_RELATIONS and target["change"] is None:
            target["change"] = _change_text(row)
            target["change_value"] = row["value"]
    for row in tables.facts:
        linked = [names[link["place_id"]] for link in tables.places if link["fact_id"] == row["id"]]
        row["place_label"] = ", ".join(linked) or None
        linked = [
            entity_names[link["entity_id"]]
            for link in tables.entities
            if link["fact_id"] == row["id"]
        ]
        row["entity_label"] = ", ".join(linked) or None
