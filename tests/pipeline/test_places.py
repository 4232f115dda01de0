"""Places and their Chinese names: a bonded zone's is the gazetteer's short name and 综合保税区."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from cqdesk.pipeline import build_database
from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.places import BONDED_ZONE_TERM
from tests.conftest import REPO
from tests.factories import TINY_PLACES, TINY_TEXT, write_resources

ZONE_TEXT = " The comprehensive bonded zones of Lakeside have been completed."


def zone_hosts() -> dict[str, dict[str, str]]:
    path = REPO / "resources" / "gazetteer" / "zone-hosts.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["zone"]: row for row in csv.DictReader(handle)}


def test_the_four_zones_are_the_gazetteer_short_name_and_the_report_term(real_db):
    hosts = zone_hosts()
    text = real_db.execute("SELECT text FROM sources WHERE kind = 'report'").fetchone()[0]
    assert "comprehensive bonded zones" in text  # the report's own words (line 31)
    zones = real_db.execute(
        "SELECT id, name, name_zh, zh_provenance FROM places WHERE kind = 'bonded_zone'"
    ).fetchall()
    assert len(zones) == len(hosts) == 4
    for place_id, name, name_zh, zh_provenance in zones:
        zone = name.removesuffix(f" {BONDED_ZONE_TERM}")
        assert name == f"{zone} {BONDED_ZONE_TERM}", place_id
        assert name_zh == hosts[zone]["zone_zh"] + "综合保税区", place_id
        assert zh_provenance == "gazetteer+translation", place_id
        parents = real_db.execute(
            "SELECT parent_id FROM place_parents WHERE place_id = ? AND provenance = 'gazetteer'",
            [place_id],
        ).fetchall()
        assert sorted(p for (p,) in parents) == sorted(hosts[zone]["host_district_ids"].split(";"))


def test_only_the_gazetteer_divisions_have_gazetteer_chinese_names(real_db):
    rows = real_db.execute("SELECT kind, zh_provenance FROM places WHERE name_zh IS NOT NULL")
    for kind, zh_provenance in rows:
        if kind in ("municipality", "district", "county", "autonomous_county"):
            assert zh_provenance == "gazetteer"
        elif kind == "bonded_zone":
            assert zh_provenance == "gazetteer+translation"
        else:
            assert zh_provenance == "translation"


def _zone_resources(tmp_path, place: dict, hosts: str = "banan"):
    resources = write_resources(
        tmp_path / "resources",
        text=TINY_TEXT + ZONE_TEXT,
        places=[*TINY_PLACES, place],
    )
    (resources / "gazetteer" / "zone-hosts.csv").write_text(
        f"zone,zone_zh,host_district_ids,note\nLakeside,湖滨,{hosts},a test zone\n",
        encoding="utf-8",
    )
    return resources


ZONE = {
    "id": "lakeside-zone",
    "name": "Lakeside comprehensive bonded zone",
    "zone": "Lakeside",
    "kind": "bonded_zone",
    "parents": [{"id": "banan", "provenance": "gazetteer"}],
}


def test_a_zone_is_named_from_its_gazetteer_row(tmp_path):
    database = build_database(_zone_resources(tmp_path, ZONE), tmp_path / "out.db")
    with sqlite3.connect(database) as db:
        row = db.execute(
            "SELECT name_zh, zh_provenance FROM places WHERE id = 'lakeside-zone'"
        ).fetchone()
    assert row == ("湖滨综合保税区", "gazetteer+translation")


@pytest.mark.parametrize(
    ("change", "hosts", "message"),
    [
        ({"name_zh": "湖滨综合保税区"}, "banan", "a Chinese name goes in zh.yaml"),
        ({"zone": "Hillside"}, "banan", "zone 'Hillside' has no row"),
        ({"name": "Lakeside free trade zone"}, "banan", "named 'Lakeside comprehensive bonded"),
        ({"kind": "park"}, "banan", "is a bonded_zone"),
        ({}, "banan;yuzhong", r"parents \['banan'\] are not the hosts \['banan', 'yuzhong'\]"),
    ],
)
def test_a_zone_name_that_cannot_be_justified_is_a_build_error(tmp_path, change, hosts, message):
    resources = _zone_resources(tmp_path, {**ZONE, **change}, hosts)
    with pytest.raises(BuildError, match=message):
        build_database(resources, tmp_path / "out.db")


def test_a_zone_the_report_does_not_call_so_is_a_build_error(tmp_path):
    resources = write_resources(tmp_path / "resources", places=[*TINY_PLACES, ZONE])
    (resources / "gazetteer" / "zone-hosts.csv").write_text(
        "zone,zone_zh,host_district_ids,note\nLakeside,湖滨,banan,a test zone\n", encoding="utf-8"
    )
    with pytest.raises(BuildError, match="never says 'comprehensive bonded zone'"):
        build_database(resources, tmp_path / "out.db")
