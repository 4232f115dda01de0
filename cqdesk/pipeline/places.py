"""Rows for places and their parent links: the gazetteer's divisions plus the places the report names."""

from __future__ import annotations

from typing import Any

from cqdesk.pipeline.chinese import GAZETTEER, GAZETTEER_AND_TRANSLATION
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
# The report's words for the four zones (line 31: "the comprehensive bonded zones ... of Lianglu
# Cuntan, Xiyong, Jiangjin, Fuling") and the standard Chinese term for them. zone-hosts.csv gives
# only each zone's short name (两路寸滩); the full Chinese name is that name with this term.
BONDED_ZONE_TERM = "comprehensive bonded zone"
BONDED_ZONE_TERM_ZH = "综合保税区"


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
                "zh_provenance": GAZETTEER if division["name_zh"] else None,
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
        if "name_zh" in entry:
            raise BuildError(
                f"{what}: a Chinese name goes in zh.yaml (the project's translation), "
                "or for a bonded zone comes from zone-hosts.csv (give its 'zone')"
            )
        name_zh = _zone_name_zh(entry, res, what) if entry.get("zone") else None
        places.append(
            {
                "id": entry["id"],
                "name": entry["name"],
                "name_zh": name_zh,
                "kind": entry["kind"],
                "provenance": "source",
                "zh_provenance": GAZETTEER_AND_TRANSLATION if name_zh else None,
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


def _zone_name_zh(entry: dict, res: Resources, what: str) -> str:
    """A bonded zone's Chinese name: zone-hosts.csv's short name and 综合保税区, checked against
    the report's words and the zone's host districts so that it is no guess."""
    zone = entry["zone"]
    row = next((row for row in res.zone_hosts if row.get("zone") == zone), None)
    if row is None or not (row.get("zone_zh") or "").strip():
        raise BuildError(f"{what}: zone {zone!r} has no row with a zone_zh in zone-hosts.csv")
    if entry["kind"] != "bonded_zone" or entry["name"] != f"{zone} {BONDED_ZONE_TERM}":
        raise BuildError(
            f"{what}: a zone from zone-hosts.csv is a bonded_zone named "
            f"{zone + ' ' + BONDED_ZONE_TERM!r}, as the report calls it"
        )
    if BONDED_ZONE_TERM not in res.text.lower():
        raise BuildError(f"{what}: the report never says {BONDED_ZONE_TERM!r}")
    hosts = sorted(filter(None, (row.get("host_district_ids") or "").split(";")))
    parents = sorted(
        p["id"] for p in entry.get("parents") or [] if p.get("provenance") == GAZETTEER
    )
    if parents != hosts:
        raise BuildError(
            f"{what}: its gazetteer parents {parents} are not the hosts {hosts} of zone-hosts.csv"
        )
    return row["zone_zh"].strip() + BONDED_ZONE_TERM_ZH


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
