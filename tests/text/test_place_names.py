"""Short place names for the map's tiles, in English and Chinese."""

from __future__ import annotations

import csv

import pytest

from cqdesk.text.place_names import short_name, short_name_zh
from tests.locations import REPO

GAZETTEER = REPO / "resources" / "gazetteer"


@pytest.mark.parametrize(
    ("name", "name_zh", "short", "short_zh"),
    [
        ("Wanzhou District", "万州区", "Wanzhou", "万州"),
        ("Nan'an District", "南岸区", "Nan'an", "南岸"),
        ("Zhong County", "忠县", "Zhong", "忠县"),
        ("Shizhu Tujia Autonomous County", "石柱土家族自治县", "Shizhu", "石柱"),
        ("Pengshui Miao and Tujia Autonomous County", "彭水苗族土家族自治县", "Pengshui", "彭水"),
        ("Dadukou District", "大渡口区", "Dadukou", "大渡口"),
    ],
)
def test_short_names(name, name_zh, short, short_zh):
    assert (short_name(name), short_name_zh(name_zh)) == (short, short_zh)


def test_every_division_has_a_short_name_of_its_own():
    with (GAZETTEER / "chongqing-divisions.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["parent_id"]]
    english = {short_name(row["name"]) for row in rows}
    chinese = {short_name_zh(row["name_zh"]) for row in rows}
    assert len(english) == len(chinese) == 38
    assert all(" " not in name for name in english)
