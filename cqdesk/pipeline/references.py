"""Rows for the reference sources and their figures: cited publications, never quoted."""

from __future__ import annotations

import math

from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.facts import fact_row
from cqdesk.pipeline.inputs import Resources
from cqdesk.text.formatting import format_value, qualified

# How the CSV writes a qualifier, and the code the facts table stores for it.
CSV_QUALIFIERS = {"": None, "over": "lower_bound", "about": "approximate", "at most": "upper_bound"}
# The CSV credits each row (its publisher column says whose figures a row relays), so one
# publication's rows may credit differently; the publication's own publisher is in sources.yaml.
CITATION_FIELDS = ("title", "published", "url")


def _citation(row: dict[str, str]) -> tuple[str, ...]:
    return tuple((row.get(name) or "").strip() for name in CITATION_FIELDS)


def reference_source_rows(res: Resources) -> list[dict]:
    """One ``sources`` row per entry of ``reference/sources.yaml``, its citation from the CSV."""
    rows = []
    for entry in res.reference_sources:
        what = f"reference/sources.yaml {entry.get('id')!r}"
        if not entry.get("id") or not entry.get("url") or not entry.get("publisher"):
            raise BuildError(f"{what}: every reference source needs an id, a url and a publisher")
        citations = {_citation(r) for r in res.reference_figures if r.get("url") == entry["url"]}
        if len(citations) != 1:
            raise BuildError(
                f"{what}: the CSV rows with its url must give one citation, found {len(citations)}"
            )
        title, published, url = citations.pop()
        rows.append(
            {
                "id": entry["id"],
                "kind": "reference",
                "title": title,
                "publisher": entry["publisher"],
                "url": url,
                "published": published,
                "statement_by": None,
                "statement_date": None,
                "period": None,
                "text": "",
                "sha256": None,
            }
        )
    return rows


def _value(row: dict[str, str], what: str) -> float:
    try:
        value = float(row["value"])
    except (KeyError, ValueError):
        raise BuildError(f"{what}: value {row.get('value')!r} is not a number") from None
    if not math.isfinite(value):
        raise BuildError(f"{what}: value must be a finite number")
    return value


def _note(row: dict[str, str]) -> str:
    printed = (row.get("note") or "").strip()
    parts = [f"{printed[0].upper()}{printed[1:]}." if printed else ""]
    parts.append(f"Credited to: {row['publisher'].strip()}." if row.get("publisher") else "")
    parts.append("Cited from another publication, not quoted; the report does not give it.")
    return " ".join(part for part in parts if part)


def reference_fact_rows(res: Resources, categories: set[str]) -> list[dict]:
    """One ``facts`` row of kind ``reference`` per CSV row: value and citation, no quote span."""
    by_url = {entry["url"]: entry for entry in res.reference_sources}
    rows = []
    for row in res.reference_figures:
        what = f"reference/national-2020.csv {row.get('id')!r}"
        entry = by_url.get(row.get("url", ""))
        if entry is None:
            raise BuildError(f"{what}: its url is not a source of reference/sources.yaml")
        if entry.get("category") not in categories:
            raise BuildError(f"{what}: unknown category {entry.get('category')!r}")
        if (row.get("qualifier") or "") not in CSV_QUALIFIERS:
            raise BuildError(f"{what}: qualifier must be one of {sorted(CSV_QUALIFIERS)}")
        if not row.get("id") or not row.get("label") or not row.get("unit"):
            raise BuildError(f"{what}: every reference figure needs an id, a label and a unit")
        value, qualifier = _value(row, what), CSV_QUALIFIERS[row.get("qualifier") or ""]
        rows.append(_fact_row(row, entry, value, qualifier))
    return rows


def _fact_row(row: dict[str, str], entry: dict, value: float, qualifier: str | None) -> dict:
    return fact_row(
        {
            "id": row["id"],
            "source_id": entry["id"],
            "category_id": entry["category"],
            "kind": "reference",
            "label": row["label"],
            "qualifier": qualifier,
            "period": row.get("period") or None,
            "note": _note(row),
            "value": value,
            "unit": row["unit"],
            "value_display": qualified(format_value(value, row["unit"]), qualifier),
        }
    )
