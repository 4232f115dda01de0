"""The window as assistive technology sees it: a walk of the real QAccessible tree (offscreen).

It fails on any focusable widget without a name, any chart without a name and a description,
and any table or tree whose cells expose no text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QComboBox, QWidget

from cqdesk.ui.charts.plot import ChartView
from cqdesk.ui.window.main_window import MainWindow

Role, Text = QAccessible.Role, QAccessible.Text
_CELLS = {Role.Cell, Role.TreeItem, Role.ListItem}
_HEADERS = {Role.ColumnHeader}
_TABLES = {Role.Table, Role.Tree}


def walk(interface: QAccessibleInterface, depth: int = 0):
    """Every interface under ``interface`` with its depth, depth first (the order a reader reads)."""
    yield interface, depth
    for number in range(interface.childCount()):
        child = interface.child(number)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def tree_of(widget: QWidget) -> list[QAccessibleInterface]:
    return [node for node, _ in walk(QAccessible.queryAccessibleInterface(widget))]


def takes_focus(widget: QWidget) -> bool:
    """Whether Tab can land on ``widget`` itself (one with a focus proxy hands it on)."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisibleTo(widget.window())
    )


def problems(root: QWidget) -> list[str]:
    """What a screen reader would meet unnamed or empty under ``root``."""
    found = []
    for node in tree_of(root):
        widget = node.object()
        name = node.text(Text.Name).strip()
        if isinstance(widget, QWidget) and takes_focus(widget) and not name:
            found.append(f"focusable {type(widget).__name__} {widget.objectName()!r} has no name")
        drawn_chart = isinstance(widget, ChartView) and widget.plot_item() is not None
        if drawn_chart and (not name or not node.text(Text.Description).strip()):
            found.append(f"chart {widget.title()!r} lacks a name or a description")
        if node.role() in _TABLES:
            found += table_problems(node)
    return found


def table_problems(table: QAccessibleInterface) -> list[str]:
    children = [table.child(n) for n in range(table.childCount())]
    headers = [c for c in children if c is not None and c.role() in _HEADERS]
    cells = [c for c in children if c is not None and c.role() in _CELLS]
    name = table.text(Text.Name)
    found = []
    if any(not header.text(Text.Name).strip() for header in headers):
        found.append(f"a header of {name!r} has no text")
    if not cells or not any(cell.text(Text.Name).strip() for cell in cells):
        found.append(f"the cells of {name!r} expose no text")
    return found


def show_chart(qtbot, win: MainWindow, category: str, fact: str) -> ChartView:
    win.apply_state(category, None, "", fact)
    win.charts.load()
    qtbot.waitUntil(win.charts.has_chart)
    return win.charts.pane.chart_view()


def test_every_focusable_widget_chart_and_table_speaks(qtbot, window):
    view = show_chart(qtbot, window, "overview", "online-sales")
    tabs = window.lower_tabs
    for page in range(tabs.count()):  # each tab's page shown in turn: source, charts, map
        tabs.setCurrentIndex(page)
        assert problems(window) == [], tabs.tabText(page)
    node = QAccessible.queryAccessibleInterface(view)
    assert node.text(Text.Name) == "Online sales by year"
    description = node.text(Text.Description)
    assert "Largest: 2020" in description and "Smallest: 2019" in description
    assert "Source: " in description


def test_the_walk_catches_an_unnamed_control_and_a_silent_chart(qtbot, window):
    """The walk itself is honest: take a name away and it fails."""
    view = show_chart(qtbot, window, "overview", "online-sales")
    selector = window.charts.pane.findChild(QComboBox, "chartSelector")
    window.search_box.setAccessibleName("")
    view.setAccessibleDescription("")
    found = problems(window)
    assert any("SearchBox" in problem for problem in found)
    assert any("chart 'Online sales by year'" in problem for problem in found)
    assert selector is not None


def test_every_chart_of_the_database_is_named_and_described(qtbot, window):
    window.charts.load()
    catalog = window.browser.catalog
    charts = [chart for category in ("overview", "market") for chart in catalog.charts(category)]
    assert len(charts) == 2
    for chart in charts:
        fact = chart.bars[0].fact_id
        view = show_chart(qtbot, window, chart.category_id, fact)
        node = QAccessible.queryAccessibleInterface(view)
        assert node.text(Text.Name) == chart.title
        assert chart.bars[0].label in node.text(Text.Description)


def test_table_cells_read_the_value_as_printed_with_qualifier_and_unit(qtbot, window):
    window.apply_state("market", None, "", "banan-firms")
    table = QAccessible.queryAccessibleInterface(window.fact_table)
    cells = [c for c in (table.child(n) for n in range(table.childCount())) if c.role() in _CELLS]
    texts = {cell.text(Text.Name): cell.text(Text.Description) for cell in cells}
    over = next(text for text in texts if text.startswith("over "))
    assert "qualifier: lower bound" in texts[over]
    headers = [
        c.text(Text.Name)
        for c in (table.child(n) for n in range(table.childCount()))
        if c.role() in _HEADERS
    ]
    assert headers == ["Label", "Value", "Unit", "Change", "Reading", "Place", "Category"]


def test_the_detail_pane_reads_value_quote_and_citation_in_order(qtbot, window):
    window.apply_state(None, None, "", "online-sales")
    detail = QAccessible.queryAccessibleInterface(window.detail_pane)
    text = detail.text(Text.Value)
    row = window.browser.detail("online-sales").row
    value, quote = text.find(row.value_display), text.find(row.quote)
    source = text.find(window.sources.report.publisher)
    assert 0 <= value < quote < source, text


def test_the_chart_table_dialog_speaks_too(qtbot, window):
    show_chart(qtbot, window, "overview", "online-sales")
    window.actions_.show_chart_table.trigger()
    dialog = window.chart_data.dialog
    qtbot.waitExposed(dialog)
    assert problems(dialog) == []
    table = QAccessible.queryAccessibleInterface(dialog.table)
    assert table.text(Text.Name) == "Table of the chart “Online sales by year”"
    cells = [
        c.text(Text.Name)
        for c in (table.child(n) for n in range(table.childCount()))
        if c.role() in _CELLS
    ]
    assert cells[:5] == ["2019", cells[1], "exact", cells[3], "Derived"]
    dialog.close()


def test_a_status_note_is_announced_to_the_screen_reader(qtbot, window, monkeypatch):
    from cqdesk.ui.window import status_line

    said = []
    monkeypatch.setattr(
        status_line.QAccessible,
        "updateAccessibility",
        lambda event: said.append((event.type(), event.message())),
    )
    window.browser.message.emit("Copied 2 facts as a table.")
    assert said == [(QAccessible.Event.Announcement, "Copied 2 facts as a table.")]
    assert window.status_line.note.accessibleName() == "Last note"
