"""The keyboard's order through the window: as the eye reads it, left column first, then the centre."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def chain(widgets: list[QWidget]) -> None:
    """Make Tab visit ``widgets`` in the order given (each widget's own children stay inside it)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def visual_order(window) -> list[QWidget]:
    """The window's panes top to bottom, left to right: filters, search, table, detail, tabs."""
    return [
        window.category_pane,
        window.place_pane.box,
        window.place_pane.tree,
        window.search_box,
        window.filter_bar,
        window.fact_table,
        window.detail_pane,
        window.lower_tabs,
        window.source_view,
        window.map_tab,
    ]


def focusable_chain(start: QWidget) -> list[QWidget]:
    """Every widget Tab reaches, in order, once round the chain from ``start`` (included)."""
    found: list[QWidget] = [start] if _takes_tab(start) else []
    widget = start.nextInFocusChain()
    while widget is not start and widget is not None:
        if widget.isVisibleTo(start.window()) and widget.isEnabled() and _takes_tab(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
