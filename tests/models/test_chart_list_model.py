"""The chart selector's model keeps Qt's model contract and shows chart titles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from cqdesk.models.chart_list_model import CHART_ID_ROLE, ChartListModel
from cqdesk.store.charts import charts


def test_the_model_passes_the_model_tester_before_and_after_a_change(qtmodeltester, tiny_db):
    model = ChartListModel()
    qtmodeltester.check(model)
    model.set_charts(charts(tiny_db))
    qtmodeltester.check(model)
    model.set_charts([])
    qtmodeltester.check(model)


def test_rows_show_titles_and_carry_ids(tiny_db):
    model = ChartListModel()
    found = charts(tiny_db)
    model.set_charts(found)
    assert model.rowCount() == len(found)
    assert model.rowCount(model.index(0, 0)) == 0
    for row, chart in enumerate(found):
        index = model.index(row, 0)
        assert index.data(Qt.ItemDataRole.DisplayRole) == chart.title
        assert index.data(CHART_ID_ROLE) == chart.id
        assert model.chart(row) is chart
    assert model.chart(len(found)) is None
    assert model.data(QModelIndex()) is None
