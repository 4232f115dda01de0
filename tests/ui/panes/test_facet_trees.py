"""Tree counts that follow the other filters (facets), and the place finder keeping a match's parks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cqdesk.models.category_tree_model import CategoryTreeModel
from cqdesk.models.place_tree_model import PlaceFilterModel, PlaceTreeModel
from cqdesk.models.tree_model import COL_COUNT, ID_ROLE
from cqdesk.store import facts, trees
from cqdesk.store.facets import category_facets, place_facets
from cqdesk.store.records import FactQuery


def _count(model, item_id: str) -> str:
    index = model.find(item_id)
    return index.siblingAtColumn(COL_COUNT).data()


def test_category_counts_follow_the_place_filter(qtmodeltester, tiny_db):
    model = CategoryTreeModel()
    model.set_categories(trees.category_tree(tiny_db), facts.total_facts(tiny_db))
    found = category_facets(tiny_db, FactQuery(place_id="banan"))
    model.set_counts(found.counts, found.total)
    qtmodeltester.check(model)
    assert [_count(model, i) for i in ("", "overview", "market", "market-firms")] == [
        "3",
        "0",
        "3",
        "3",
    ]
    assert model.find("overview").data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert "3 with the other filters on." in model.find("market").data(Qt.ItemDataRole.ToolTipRole)
    everything = category_facets(tiny_db, FactQuery())
    model.set_counts(everything.counts, everything.total)
    assert _count(model, "overview") == "4"
    assert "other filters" not in model.find("market").data(Qt.ItemDataRole.ToolTipRole)


def test_place_counts_follow_the_category_and_search(qtmodeltester, tiny_db):
    model = PlaceTreeModel()
    model.set_places(trees.place_tree(tiny_db), facts.total_facts(tiny_db))
    found = place_facets(tiny_db, FactQuery(category_id="market", search="shops"))
    model.set_counts(found.counts, found.total)
    qtmodeltester.check(model)
    assert [_count(model, i) for i in ("", "chongqing", "banan", "lakeside-park", "yuzhong")] == [
        "2",
        "2",
        "2",
        "1",
        "0",
    ]


def test_the_window_counts_each_tree_under_the_other_filters(qtbot, window):
    window.browser.set_place("banan")
    categories = window.category_pane.model_
    qtbot.waitUntil(lambda: _count(categories, "overview") == "0")
    assert _count(categories, "market") == "3" and _count(categories, "") == "3"
    places = window.place_pane.source_model
    assert _count(places, "yuzhong") == "1"  # the place filter leaves the place counts alone
    window.browser.set_category("overview")
    qtbot.waitUntil(lambda: _count(places, "banan") == "0")
    assert _count(places, "chongqing") == "4"
    window.browser.set_search("Acme")
    qtbot.waitUntil(lambda: _count(categories, "market-projects") == "0")
    window.clear_filters()
    qtbot.waitUntil(lambda: _count(categories, "") == "8" and _count(places, "banan") == "3")


def _children(proxy, parent) -> list[str]:
    return [proxy.index(row, 0, parent).data(ID_ROLE) for row in range(proxy.rowCount(parent))]


def test_the_place_finder_keeps_what_lies_inside_a_match(qtmodeltester, tiny_db):
    model = PlaceTreeModel()
    model.set_places(trees.place_tree(tiny_db), facts.total_facts(tiny_db))
    proxy = PlaceFilterModel()
    proxy.setSourceModel(model)
    for text in ("Banan", "巴南"):
        proxy.setFilterFixedString(text)
        qtmodeltester.check(proxy)
        chongqing = proxy.index(0, 0)
        assert _children(proxy, chongqing) == ["banan"]
        assert _children(proxy, proxy.index(0, 0, chongqing)) == ["lakeside-park"]


def test_the_place_finder_shows_new_counts_and_keeps_its_matches(qtmodeltester, tiny_db):
    # The finder filters by name only, so a recount passes through it without filtering again.
    model = PlaceTreeModel()
    model.set_places(trees.place_tree(tiny_db), facts.total_facts(tiny_db))
    proxy = PlaceFilterModel()
    proxy.setSourceModel(model)
    proxy.set_text("Banan")
    found = place_facets(tiny_db, FactQuery(category_id="overview"))
    model.set_counts(found.counts, found.total)
    qtmodeltester.check(proxy)
    chongqing = proxy.index(0, 0)
    banan = proxy.index(0, 0, chongqing)
    assert banan.data(ID_ROLE) == "banan" and _children(proxy, banan) == ["lakeside-park"]
    assert banan.siblingAtColumn(COL_COUNT).data() == str(found.counts.get("banan", 0))


def test_typing_banan_shows_the_district_with_its_park(qtbot, window):
    qtbot.keyClicks(window.place_pane.box, "Banan")
    tree = window.place_pane.tree
    qtbot.waitUntil(lambda: tree.model().rowCount() == 1)
    banan = tree.model().index(0, 0, tree.model().index(0, 0))
    assert banan.data(ID_ROLE) == "banan"
    park = tree.model().index(0, 0, banan)
    assert park.data(ID_ROLE) == "lakeside-park" and tree.isExpanded(banan)


def test_a_trees_own_filter_does_not_recount_it(qtbot, window, monkeypatch):
    from cqdesk.store import facets

    calls = []
    real = facets.place_facets
    monkeypatch.setattr(facets, "place_facets", lambda db, q: calls.append(q) or real(db, q))
    window.browser.set_place("banan")
    window.browser.set_place("yuzhong")
    assert calls == []  # the place tree's counts follow only the other filters
    window.browser.set_category("overview")
    assert len(calls) == 1


def test_the_place_filter_keeps_every_place_when_its_text_is_cleared(qtmodeltester, tiny_db):
    model = PlaceTreeModel()
    model.set_places(trees.place_tree(tiny_db), facts.total_facts(tiny_db))
    proxy = PlaceFilterModel()
    proxy.setSourceModel(model)

    def shown(parent=None) -> list[str]:
        parent = parent if parent is not None else proxy.index(-1, -1)
        rows = [proxy.index(row, 0, parent) for row in range(proxy.rowCount(parent))]
        return [i for index in rows for i in (index.data(ID_ROLE), *shown(index))]

    everything = shown()
    proxy.set_text("Banan")
    assert "yuzhong" not in shown() and "lakeside-park" in shown()
    proxy.set_text("  ")
    assert shown() == everything
    qtmodeltester.check(proxy)


def test_a_gazetteer_opens_on_its_districts_the_report_on_its_parks(qtbot, generated_db_path):
    from cqdesk.settings import Settings
    from cqdesk.store import Catalog
    from cqdesk.ui.window.main_window import MainWindow

    with Catalog.open(generated_db_path) as catalog:
        window = MainWindow(catalog, Settings())
        qtbot.addWidget(window)
        tree = window.place_pane.tree
        chongqing = tree.model().index(1, 0)  # after "All places"
        assert chongqing.data(ID_ROLE) == "chongqing" and tree.isExpanded(chongqing)
        districts = [tree.model().index(row, 0, chongqing) for row in range(3)]
        # Hundreds of generated towns inside the districts: they stay folded.
        assert all(tree.model().hasChildren(d) and not tree.isExpanded(d) for d in districts)
        window.close()
        window.fact_table.queries.stop()


def test_a_report_with_few_parks_opens_its_districts_on_them(qtbot, window):
    tree = window.place_pane.tree
    chongqing = tree.model().index(1, 0)
    banan = next(
        tree.model().index(row, 0, chongqing)
        for row in range(tree.model().rowCount(chongqing))
        if tree.model().index(row, 0, chongqing).data(ID_ROLE) == "banan"
    )
    assert tree.isExpanded(banan)


def test_the_count_column_fits_the_widest_count_after_a_recount(qtbot, window):
    tree = window.place_pane.tree
    model = window.place_pane.source_model
    narrow = tree.header().sectionSize(COL_COUNT)
    model.set_counts({"chongqing": 1_234_567, "banan": 7}, 1_234_567)
    root = tree.model().index(0, COL_COUNT)
    assert root.data() == "1234567"
    qtbot.waitUntil(lambda: tree.header().sectionSize(COL_COUNT) > narrow)
    assert tree.header().sectionSize(COL_COUNT) >= tree.sizeHintForIndex(root).width()
    model.set_counts({}, 3)
    qtbot.waitUntil(lambda: tree.header().sectionSize(COL_COUNT) == narrow)
