"""Sort facts by: every column (and the report's order) from a menu, no header click needed."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from cqdesk.models.fact_table_model import COL_LABEL, COL_VALUE
from cqdesk.ui.actions.sort_menu import REPORT_ORDER
from tests.ui_helpers import shown_ids


def test_the_menu_is_in_the_find_menu_and_the_tables_menu(window):
    menus = {m.title(): m for m in window.menuBar().findChildren(QMenu)}
    sort_action = window.sort_menu.menu.menuAction()
    assert sort_action in menus["&Find"].actions()
    assert sort_action in window.fact_table.context_menu().actions()
    texts = [a.text() for a in window.sort_menu.menu.actions() if not a.isSeparator()]
    assert texts == [
        "The &report's order",
        "Label",
        "Value",
        "Unit",
        "Change",
        "Reading",
        "Place",
        "Category",
    ]


def test_choosing_a_column_sorts_again_reverses_and_the_report_order_returns(qtbot, window):
    menu, model = window.sort_menu, window.fact_table.model_
    report = shown_ids(window)
    menu.actions_[COL_LABEL].trigger()
    assert model.sort_order.key == "label" and not model.sort_order.descending
    labels = [model.fact_row(r).label.lower() for r in range(model.rowCount())]
    assert labels == sorted(labels)
    assert menu.actions_[COL_LABEL].isChecked()
    menu.actions_[COL_LABEL].trigger()
    assert model.sort_order.descending
    menu.actions_[COL_VALUE].trigger()
    assert model.sort_order.key == "value" and not model.sort_order.descending
    menu.actions_[REPORT_ORDER].trigger()
    assert model.sort_order.is_report_order and shown_ids(window) == report
    assert menu.actions_[REPORT_ORDER].isChecked()
