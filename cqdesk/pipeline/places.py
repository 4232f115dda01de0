"""Rows for places and their parent links: the gazetteer's divisions plus the places the report names."""

from __future__ import annotations

from typing import Any

from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.inputs import Resources

PLACE_KINDS = {
    "municipality",
    "district",
    "county",
    "autonomous_county",
    "bonded_zone",
    "park",
    "base",
    "project_site",
    "city",
}
PROVENANCES = {"source", "gazetteer"}
# For a link the report gives: whether it says so in words ("... in Banan District") or only
# implies it (by the place's own name, or because the district brought the project in).
EVIDENCE = {"stated", "implied"}


def place_rows(res: Resources) -> tuple[list[dict], list[dict]]:
    """The ``places`` and ``place_parents`` rows, checked for unknown ids and kinds."""
    places: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for division in res.divisions:
        places.append(
            {
                "id": division["id"],
                "name": division["name"],
                "name_zh": division["name_zh"] or None,
                "kind": division["kind"],
                "provenance": "gazetteer",
            }
        )
        if division["parent_id"]:
            links.append(
                {
                    "place_id": division["id"],
                    "parent_id": division["parent_id"],
                    "provenance": "gazetteer",
                    "evidence": None,
                }
            )
    for entry in res.places:
        what = f"places.yaml {entry.get('id')!r}"
        if entry.get("kind") not in PLACE_KINDS:
            raise BuildError(
                f"{what}: kind {entry.get('kind')!r} is not one of {sorted(PLACE_KINDS)}"
            )
        places.append(
            {
                "id": entry["id"],
                "name": entry["name"],
                "name_zh": entry.get("name_zh"),
                "kind": entry["kind"],
                "provenance": "source",
            }
        )
        for parent in entry.get("parents") or []:
            if parent.get("provenance") not in PROVENANCES:
                raise BuildError(
                    f"{what}: parent {parent.get('id')!r} needs provenance source or gazetteer"
                )
            links.append(
                {
                    "place_id": entry["id"],
                    "parent_id": parent["id"],
                    "provenance": parent["provenance"],
                    "evidence": _evidence(parent, what),
                }
            )
    _check_ids(places, links)
    for position, place in enumerate(places):
        place["position"] = position
    return places, links


def _evidence(parent: dict, what: str) -> str | None:
    if parent["provenance"] != "source":
        return None
    if parent.get("evidence") not in EVIDENCE:
        raise BuildError(
            f"{what}: parent {parent['id']!r} from the source needs evidence stated or implied"
        )
    return parent["evidence"]


def _check_ids(places: list[dict], links: list[dict]) -> None:
    ids = [place["id"] for place in places]
    duplicates = {place_id for place_id in ids if ids.count(place_id) > 1}
    if duplicates:
        raise BuildError(f"place ids used twice: {sorted(duplicates)}")
    for link in links:
        if link["parent_id"] not in ids:
            raise BuildError(f"place {link['place_id']!r}: unknown parent {link['parent_id']!r}")
