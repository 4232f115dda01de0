"""The map's store queries: tiles with their parks, and counts equal to the facts table's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cqdesk.store import Catalog
from cqdesk.store.facts import count_facts
from cqdesk.store.map_tiles import map_counts, map_tiles
from cqdesk.store.records import FactQuery

# Filters a person might combine with the map (every one but the place, which the map sets).
REAL_QUERIES = [
    FactQuery(),
    FactQuery(category_id="cross-border-ecommerce"),
    FactQuery(category_id="policies-clusters-bases"),
    FactQuery(search="park"),
    FactQuery(search="巴南"),
    FactQuery(entity_id="alibaba"),
    FactQuery(category_id="market-entities", search="headquarters"),
    FactQuery(place_id="banan", category_id="rural-ecommerce"),  # the place itself is ignored
]


def test_tiles_come_in_reading_order_with_their_parks(tiny_db):
    tiles = map_tiles(tiny_db)
    assert [tile.place_id for tile in tiles] == ["wanzhou", "yuzhong", "banan"]
    banan = tiles[2]
    assert (banan.name_zh, banan.column, banan.row) == ("巴南区", 1, 2)
    assert [(m.place_id, m.provenance) for m in banan.marks] == [("lakeside-park", "source")]


def test_a_zone_with_two_host_districts_is_a_mark_in_both(real_db):
    tiles = {tile.place_id: tile for tile in map_tiles(real_db)}
    assert len(tiles) == 38
    for host in ("yubei", "jiangbei"):
        marks = {mark.place_id: mark for mark in tiles[host].marks}
        assert marks["lianglu-cuntan-zone"].provenance == "gazetteer"
    assert "ymatou-southwest-hq" not in {m.place_id for m in tiles["yuzhong"].marks}


@pytest.mark.parametrize("query", REAL_QUERIES)
def test_map_counts_equal_the_store_counts_under_each_filter(real_db, query):
    counts = map_counts(real_db, query)
    for tile in map_tiles(real_db):
        for place_id in (tile.place_id, *(mark.place_id for mark in tile.marks)):
            expected = count_facts(real_db, replace(query, place_id=place_id))
            assert counts.places.get(place_id, 0) == expected, place_id


def test_tiny_counts_follow_the_other_filters(tiny_db):
    assert map_counts(tiny_db, FactQuery()).places["banan"] == 3
    market = map_counts(tiny_db, FactQuery(category_id="market"))
    assert market.places["banan"] == count_facts(
        tiny_db, FactQuery(category_id="market", place_id="banan")
    )
    assert "wanzhou" not in market.places


def test_the_city_as_a_whole_counts_no_division_facts(real_db, tiny_db):
    whole = map_counts(tiny_db, FactQuery())
    assert whole.municipality == 4  # the four facts linked to Chongqing itself
    assert "chongqing" not in whole.places  # the map never shows the city's whole subtree
    real = map_counts(real_db, FactQuery())
    assert 0 < real.municipality < count_facts(real_db, FactQuery(place_id="chongqing"))
    search = map_counts(real_db, FactQuery(search="zzzz-nothing"))
    assert search.municipality == 0 and search.places == {}


def test_the_catalog_answers_for_the_map(tiny_db):
    catalog = Catalog(tiny_db)
    assert catalog.map_tiles() == map_tiles(tiny_db)
    query = FactQuery(category_id="market")
    assert catalog.map_counts(query) == map_counts(tiny_db, query)
