"""The item models against the Qt model contract, before and after they change, and their paging."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt

from cqdesk.models.category_tree_model import CategoryTreeModel
from cqdesk.models.fact_table_model import (
    COL_CHANGE,
    COL_LABEL,
    COL_PLACE,
    COL_VALUE,
    FACT_ID_ROLE,
    FactTableModel,
)
from cqdesk.models.place_tree_model import PlaceFilterModel, PlaceTreeModel
from cqdesk.models.tree_model import ID_ROLE
from cqdesk.store import details, facts, trees
from cqdesk.store.records import FactQuery
from cqdesk.text.formula import readable_formula


def _table(db, page_size=3):
    calls = []

    def page(query, sort, offset, limit):
        calls.append(offset)
        return facts.fact_rows(db, query, sort, offset, limit)

    model = FactTableModel(
        partial(facts.count_facts, db),
        page,
        partial(facts.fact_index, db),
        page_size=page_size,
        max_pages=2,
    )
    return model, calls


def _ids(model):
    return [model.index(row, 0).data(FACT_ID_ROLE) for row in range(model.rowCount())]


def test_fact_table_model_contract(qtmodeltester, tiny_db):
    model, _ = _table(tiny_db)
    model.set_query(FactQuery())
    qtmodeltester.check(model)
    model.set_query(FactQuery(category_id="market"))
    qtmodeltester.check(model)
    model.sort(COL_VALUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_query(FactQuery(search="nothing-matches-this"))
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_fact_table_pages_and_lru(tiny_db):
    model, calls = _table(tiny_db)
    model.set_query(FactQuery())
    assert model.rowCount() == facts.total_facts(tiny_db)
    assert calls == []  # nothing fetched until a row is asked for
    model.index(7, 0).data()
    assert calls == [6]
    model.index(0, 0).data()
    model.index(4, 0).data()
    model.index(0, 0).data()  # pages 0 and 1 are cached; no refetch
    assert calls == [6, 0, 3]


def test_fact_table_sorts_numbers_as_numbers(tiny_db):
    model, _ = _table(tiny_db, page_size=100)
    model.set_query(FactQuery())
    model.sort(COL_VALUE, Qt.SortOrder.AscendingOrder)
    values = [model.fact_row(row).value for row in range(model.rowCount())]
    numbers = [value for value in values if value is not None]
    assert numbers == sorted(numbers)
    assert values[-1] is None  # statements (no value) last
    model.sort(COL_CHANGE, Qt.SortOrder.DescendingOrder)
    assert model.fact_row(0).change == "+12.5%"


def test_fact_table_value_text_and_locate(qapp, tiny_db):
    model, _ = _table(tiny_db, page_size=100)
    model.set_query(FactQuery())
    row = model.row_of("banan-firms")
    assert model.index(row, COL_VALUE).data() == "over 300"
    assert "Over 300 firms opened" in model.index(row, COL_LABEL).data(Qt.ItemDataRole.ToolTipRole)
    derived = model.row_of("online-sales-2019")
    assert "Derived" in model.index(derived, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(derived, 0).data(Qt.ItemDataRole.FontRole).italic()
    model.set_query(FactQuery(place_id="yuzhong"))
    assert model.row_of("banan-firms") is None
    assert _ids(model) == ["acme-yuzhong"]


def test_category_tree_model(qtmodeltester, tiny_db):
    model = CategoryTreeModel()
    qtmodeltester.check(model)
    model.set_categories(trees.category_tree(tiny_db), facts.total_facts(tiny_db))
    qtmodeltester.check(model)
    root = model.index(0, 0)
    assert root.data() == "All facts" and root.data(ID_ROLE) == ""
    assert model.index(0, 1).data() == str(facts.total_facts(tiny_db))
    assert model.find("market-firms").data() == "Firms"


def test_place_tree_model_and_filter(qtmodeltester, tiny_db):
    model = PlaceTreeModel()
    model.set_places(trees.place_tree(tiny_db), facts.total_facts(tiny_db))
    qtmodeltester.check(model)
    wanzhou = model.find("wanzhou")
    assert wanzhou.data() == "Wanzhou District 万州区"
    assert wanzhou.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed: no facts
    assert model.find("banan").data(Qt.ItemDataRole.ForegroundRole) is None
    proxy = PlaceFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("巴南")
    qtmodeltester.check(proxy)
    chongqing = proxy.index(0, 0)
    assert chongqing.data(ID_ROLE) == "chongqing"
    assert [
        proxy.index(r, 0, chongqing).data(ID_ROLE) for r in range(proxy.rowCount(chongqing))
    ] == ["banan"]
    proxy.setFilterFixedString("lakeside")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_each_cell_tooltip_shows_its_full_text_then_the_kind_once(qapp, tiny_db):
    model, _ = _table(tiny_db, page_size=100)
    model.set_query(FactQuery())
    row = model.row_of("lakeside-shops")
    place = model.index(row, COL_PLACE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.fact_row(row).place_label in place
    label = model.index(row, COL_LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert label.startswith("<p><b>Shops in Lakeside Park</b></p>")
    assert label.count("Reported") == 1  # not "Reported — Reported: …"
    derived = model.index(model.row_of("shops-per-firm"), COL_LABEL)
    assert derived.data(Qt.ItemDataRole.ToolTipRole).count("Derived") == 1


def test_a_place_tooltip_has_its_names_kind_provenance_and_counts(qapp, tiny_db):
    model = PlaceTreeModel()
    model.set_places(trees.place_tree(tiny_db), facts.total_facts(tiny_db))
    banan = model.find("banan").data(Qt.ItemDataRole.ToolTipRole)
    assert "Banan District 巴南区" in banan and "District · from the gazetteer" in banan
    park = model.find("lakeside-park").data(Qt.ItemDataRole.ToolTipRole)
    assert "Park · named in the report" in park
    assert "1 fact," in park  # one fact, not "1 facts"
    assert "no figures" in model.find("wanzhou").data(Qt.ItemDataRole.ToolTipRole)


def test_a_place_tooltip_says_whose_chinese_name_it_is(qapp, real_db):
    model = PlaceTreeModel()
    model.set_places(trees.place_tree(real_db), facts.total_facts(real_db))

    def tip(place_id: str) -> str:
        return model.find(place_id).data(Qt.ItemDataRole.ToolTipRole)

    zone = tip("xiyong-zone")
    assert "西永综合保税区" in zone
    assert "the gazetteer&#x27;s short name with 综合保税区" in zone
    assert "“comprehensive bonded zone”" in zone
    assert "Chinese name from the gazetteer" in tip("banan")
    assert "Chinese name translated by cqdesk" in tip("xiushan-wuling-logistics-park")
    assert "Chinese name" not in tip("yubei-airport-park")  # none is known, none is claimed


def test_a_formula_reads_in_its_inputs_labels(tiny_db):
    detail = details.fact_detail(tiny_db, "online-sales-2019")
    assert readable_formula(detail.formula, detail.inputs) == (
        "Online sales ÷ (1 + Online sales growth ÷ 100)"
    )
    assert readable_formula("a-b - c * 2", ()) == "a-b − c × 2"  # unknown ids stay ids


def test_table_cells_tell_a_screen_reader_the_value_as_printed_qualifier_and_unit(tiny_db):
    model, _ = _table(tiny_db, page_size=10)
    model.set_query(FactQuery())
    rows = {model.fact_row(row).id: row for row in range(model.rowCount())}
    firms = model.index(rows["banan-firms"], COL_VALUE)
    assert firms.data(Qt.ItemDataRole.AccessibleTextRole).startswith("over ")
    description = firms.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description.startswith("Value; qualifier: lower bound; unit: ")
    label = model.index(rows["banan-firms"], COL_LABEL)
    assert label.data(Qt.ItemDataRole.AccessibleTextRole) == label.data()
    header = model.headerData(
        COL_VALUE, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
    )
    assert header == "Value"


class _KeyedSource:
    """The catalog's keyed pages, answered at once, noting the anchor each page was asked with."""

    def __init__(self, catalog) -> None:
        self.catalog, self.anchors = catalog, []

    def count(self, query, deliver):
        return self.catalog.count(query)

    def page(self, query, sort, offset, limit, total, anchor, deliver):
        self.anchors.append((offset, anchor))
        return self.catalog.page(query, sort, offset, limit, total, anchor)

    def locate(self, query, sort, fact_id, total, deliver):
        return self.catalog.position(query, sort, fact_id, total)

    def forget(self) -> None:
        pass


def test_fact_table_asks_each_page_past_the_key_of_the_one_beside_it(
    qtmodeltester, generated_db_path
):
    from cqdesk.store import Catalog, FactSort

    with Catalog.open(generated_db_path) as catalog:
        source = _KeyedSource(catalog)
        model = FactTableModel(source=source, page_size=50, max_pages=3)
        query, sort = FactQuery(place_id="chongqing"), FactSort("value", descending=True)
        model.set_query(query)
        model.set_sort(sort)
        expected = [row.id for row in catalog.rows(query, sort)]
        middle = (len(expected) // 100) * 50  # a jump: no page beside it is held
        model.index(middle, 0).data()
        assert source.anchors[-1] == (middle, None)
        for row in range(middle - 50, -1, -50):  # scrolling up from there
            model.index(row, 0).data()
            offset, anchor = source.anchors[-1]
            assert (offset, anchor.row) == (row, row + 50)
        assert _ids(model) == expected  # every page from the start down, each past the last
        assert all(anchor.row == offset - 1 for offset, anchor in source.anchors[-3:])
        qtmodeltester.check(model)
