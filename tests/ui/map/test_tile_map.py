"""The map's logic without a view: when it counts, its words, and the arrow keys' neighbours."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cqdesk.models.fact_table_model import PENDING
from cqdesk.store.records import FactQuery, MapCounts, MapMark, MapTile
from cqdesk.ui.map.tile_map import TileMap

PARK = MapMark("lake", "Lake Park", None, "park", "source")
ZONE = MapMark("zone", "Two-host zone", "两区", "bonded_zone", "gazetteer")
TILES = (
    MapTile("north", "North District", "北区", "district", 1, 0, (ZONE,)),
    MapTile("west", "West County", "西县", "county", 0, 1),
    MapTile("middle", "Middle District", "中部区", "district", 1, 1, (PARK, ZONE)),
    MapTile("east", "East District", None, "district", 3, 1),
    MapTile("south", "South District", "南区", "district", 2, 3),
)


ALL = MapCounts({"middle": 5, "lake": 2, "zone": 1, "north": 1}, 7)


def tile_map(qapp, asked: list[FactQuery]) -> TileMap:
    def count(query: FactQuery, _deliver) -> MapCounts:
        asked.append(query)
        if query.category_id == "none":
            return MapCounts({}, 0)
        return ALL

    return TileMap(
        TILES,
        count,
        lambda query: [("category_id", f"Category: {query.category_id}")],
        lambda: ALL,
    )


def test_nothing_is_counted_until_a_query_arrives_and_the_place_alone_counts_nothing(qapp):
    asked: list[FactQuery] = []
    tiles = tile_map(qapp, asked)
    assert asked == []
    tiles.set_query(FactQuery(place_id="middle"))
    assert asked == [FactQuery()]  # the place is never part of the count
    tiles.set_query(FactQuery(place_id="north"))
    assert asked == [FactQuery()]
    tiles.set_query(FactQuery(place_id="north", category_id="overview"))
    assert asked == [FactQuery(), FactQuery(category_id="overview")]


def test_words_for_counts_parks_and_empty_tiles(qapp):
    tiles = tile_map(qapp, [])
    tiles.set_query(FactQuery())
    middle = tiles.describe(TILES[2])
    assert middle.startswith("Middle District · 中部区: 5 facts")
    assert "◆ Lake Park (2 facts): the report places it in Middle District" in middle
    assert "◇ Two-host zone · 两区 (1 fact): placed in Middle District by gazetteer" in middle
    assert tiles.describe(TILES[3]) == (
        "East District. The report gives no figures for East District."
    )
    assert tiles.summary(TILES[2]).endswith("parks and zones: ◆ Lake Park (2); ◇ Two-host zone (1)")
    assert tiles.municipality_line() == (
        "7 facts about Chongqing as a whole, not about one district or county"
    )


def test_a_filter_that_hides_a_divisions_facts_says_so(qapp):
    tiles = tile_map(qapp, [])
    tiles.set_query(FactQuery(category_id="none"))
    assert tiles.describe(TILES[2]).startswith(
        "Middle District · 中部区. No facts about it match the other filters."
    )
    assert "Category: none" in tiles.what_it_shows()


def test_steps_follow_the_largest_count(qapp):
    tiles = tile_map(qapp, [])
    tiles.set_query(FactQuery())
    assert [step.label() for step in tiles.classes] == ["1", "2–3", "4–5"]
    assert (tiles.step("middle"), tiles.step("north"), tiles.step("east")) == (2, 0, None)


def test_arrows_prefer_the_tile_straight_ahead(qapp):
    tiles = tile_map(qapp, [])

    def go(start: str | None, key: Qt.Key) -> str | None:
        found = tiles.neighbour(start, key)
        return found.place_id if found else None

    assert go(None, Qt.Key.Key_Right) == "north"  # no tile yet: the first one
    assert go("west", Qt.Key.Key_Right) == "middle"
    assert go("middle", Qt.Key.Key_Right) == "east"  # two cells on, in the same row
    assert go("middle", Qt.Key.Key_Up) == "north"
    assert go("middle", Qt.Key.Key_Down) == "south"  # off the line, the only one below
    assert go("east", Qt.Key.Key_Right) is None
    assert go("north", Qt.Key.Key_Left) == "west"


def test_labels_follow_the_language_and_keep_english_without_chinese(qapp):
    tiles = tile_map(qapp, [])
    tiles.set_chinese(True)
    assert [tiles.label(tile) for tile in TILES] == ["北区", "西县", "中部", "East", "南区"]
    assert "The report gives no figures for 南区." in tiles.describe(TILES[4])
    assert "The report gives no figures for East District." in tiles.describe(TILES[3])
    tiles.set_chinese(False)
    assert tiles.label(TILES[2]) == "Middle"


def test_counts_that_come_later_show_when_they_come_and_only_if_still_wanted(qapp):
    waiting: list = []

    def count(query: FactQuery, deliver):
        waiting.append((query, deliver))
        return PENDING

    tiles = TileMap(TILES, count, lambda query: [], lambda: ALL)
    changes: list[None] = []
    tiles.changed.connect(lambda: changes.append(None))
    tiles.set_query(FactQuery(category_id="a"))
    tiles.set_query(FactQuery(category_id="b"))
    assert tiles.counting() and tiles.counts == MapCounts({}, 0)
    (_, first), (_, second) = waiting
    first(ALL)  # the answer for "a", after "b" was asked: stale
    assert tiles.counting() and tiles.counts == MapCounts({}, 0)
    second(MapCounts({"middle": 3}, 1))
    assert not tiles.counting() and tiles.count("middle") == 3 and tiles.count("north") == 0
    assert len(changes) == 3  # each query, and the answer that was still wanted
