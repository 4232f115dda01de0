"""The chart table model: the model contract, and cells that read as printed with qualifier and kind."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cqdesk.models.chart_table_model import (
    COL_KIND,
    COL_LABEL,
    COL_QUALIFIER,
    COL_UNIT,
    COL_VALUE,
    ChartTableModel,
)
from cqdesk.store.charts import charts
from cqdesk.store.records import Chart, ChartBar

Role = Qt.ItemDataRole


def test_the_model_passes_the_model_tester_before_and_after_a_change(qtmodeltester, tiny_db):
    model = ChartTableModel()
    qtmodeltester.check(model)
    model.set_chart(charts(tiny_db)[0])
    qtmodeltester.check(model)
    model.set_chart(None)
    qtmodeltester.check(model)


def test_cells_read_value_as_printed_qualifier_unit_and_kind():
    bars = (
        ChartBar("a", "Merchants", 650000.0, "over 650,000", "lower_bound", "reported"),
        ChartBar("b", "Per firm", 2.5, "2.5", None, "derived"),
    )
    model = ChartTableModel()
    model.set_chart(Chart("c", "cat", "Firms", "bar", "CNY", bars))
    texts = [
        [model.index(row, column).data(Role.AccessibleTextRole) for column in range(5)]
        for row in range(2)
    ]
    assert texts[0][COL_LABEL] == "Merchants" and texts[0][COL_VALUE] == "over 650,000"
    assert texts[0][COL_QUALIFIER] == "lower bound" and texts[1][COL_QUALIFIER] == "exact"
    assert texts[0][COL_UNIT] == "yuan"
    assert [row[COL_KIND] for row in texts] == ["Reported", "Derived"]
    described = model.index(1, COL_KIND).data(Role.AccessibleDescriptionRole)
    assert described.startswith("Kind: Derived. Per firm.") and "computed" in described
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Bar",
        "Value as printed",
        "Qualifier",
        "Unit",
        "Kind",
    ]
