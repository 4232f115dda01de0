"""A visible focus ring on every widget Tab reaches, light and dark; Tab follows the visual order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar

from cqdesk.style.focus import focus_colours
from cqdesk.ui.window.focus_order import focusable_chain
from tests.style.test_focus import DARK

LIGHT = {}  # the platform's own palette


def _use_palette(window, colours: dict) -> None:
    palette = QPalette(window.palette())
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    window.setPalette(palette)


def _loaded(qtbot, window):
    window.apply_state("overview", None, "", "online-sales")
    window.charts.load()
    qtbot.waitUntil(window.charts.has_chart)
    return window


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_widget_tab_reaches_shows_the_ring_in_its_colour(qtbot, window, colours):
    _use_palette(window, colours)
    _loaded(qtbot, window)
    ring = window.focus_ring
    expected = focus_colours(window.palette()).ring
    checked = []
    pages = (window.source_view, window.charts.pane, window.map_tab)
    for page in pages:  # each tab's page in turn
        window.lower_tabs.setCurrentWidget(page)
        for widget in focusable_chain(window.category_pane):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda widget=widget: ring.target() is widget)
            assert ring.isVisible(), widget
            rect = ring.geometry()
            assert rect.width() > 4 and rect.height() > 4, widget
            image = window.grab().toImage()
            edge = image.pixelColor(rect.left() + 1, rect.top() + rect.height() // 2)
            assert edge == expected, (type(widget).__name__, edge.name(), expected.name())
            checked.append(widget)
    assert window.source_view in checked and window.charts.pane.chart_view() in checked
    assert len(set(checked)) >= 10


def test_the_ring_follows_a_resize_and_leaves_with_the_focus(qtbot, window):
    window.fact_table.setFocus()
    qtbot.waitUntil(lambda: window.focus_ring.target() is window.fact_table)
    before = window.focus_ring.geometry()
    sizes = window.layout_.center_splitter.sizes()
    window.layout_.center_splitter.setSizes([sizes[0] + 40, sizes[1] - 40])
    qtbot.waitUntil(lambda: window.focus_ring.geometry() != before)
    assert window.focus_ring.geometry().height() == window.fact_table.height()
    window.clearFocus()
    QApplication.focusWidget().clearFocus()
    qtbot.waitUntil(lambda: not window.focus_ring.isVisible())


def whole_chain(start) -> list:
    """Every widget of the focus chain from ``start``, shown or on a hidden tab page."""
    found, widget = [start], start.nextInFocusChain()
    while widget is not start:
        found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_tab_follows_the_visual_order(qtbot, window):
    _loaded(qtbot, window)
    order = whole_chain(window.category_pane)
    panes = [
        window.category_pane,
        window.place_pane.box,
        window.place_pane.tree,
        window.search_box,
        window.filter_bar.buttons[0],
        window.fact_table,
        window.detail_pane,
        window.lower_tabs.findChild(QTabBar),
        window.source_view,
        window.charts.pane.chart_view(),
        window.map_pane,  # the tabs in their order: Source, Charts, Map
    ]
    positions = [order.index(widget) for widget in [window.category_pane, *panes[1:]]]
    assert positions == sorted(positions), [type(order[p]).__name__ for p in positions]


def test_tab_itself_walks_from_the_search_box_to_the_chips_and_the_table(qtbot, window):
    _loaded(qtbot, window)
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    QTest.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.filter_bar.buttons[0]
    for _ in window.filter_bar.buttons:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.fact_table
