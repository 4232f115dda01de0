"""Keyboard only: find a figure by place and by search, read its quote in the source, copy it with
its citation, and read a chart as a table, with real key presses and no mouse event at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cqdesk.export import source_citation

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
}


class MouseWatch(QObject):
    """Counts every mouse event the application delivers while installed."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _MOUSE:
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


@pytest.fixture
def no_mouse():
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    yield watch
    QApplication.instance().removeEventFilter(watch)
    assert watch.seen == [], "the walkthrough needed the mouse"


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifiers)


def type_text(qtbot, text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def test_find_read_copy_and_chart_as_table_by_keyboard_alone(qtbot, window, no_mouse, steps):
    win = window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    clipboard = QGuiApplication.clipboard()

    # 1. By place: Ctrl+L, type the district, Enter chooses it, Ctrl+3 and Down pick a figure.
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is win.place_pane.box
    type_text(qtbot, "Banan")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.browser.query.place_id == "banan")
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert QApplication.focusWidget() is win.fact_table
    press(qtbot, Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: win.browser.current_fact is not None)
    by_place = win.browser.current_fact
    assert by_place in {"banan-firms", "lakeside-shops"}
    steps.append(f"Ctrl+L, 'Banan', Enter, Ctrl+3, Ctrl+Home -> {by_place}")

    # 2. By search: clear the filters, Ctrl+F, type, then into the table.
    press(qtbot, Qt.Key.Key_X, CTRL | SHIFT)
    qtbot.waitUntil(lambda: win.browser.query.place_id is None)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is win.search_box
    type_text(qtbot, "online sales")
    qtbot.waitUntil(lambda: win.browser.query.search == "online sales")
    press(qtbot, Qt.Key.Key_3, CTRL)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: win.browser.current_fact == "online-sales")
    steps.append("Ctrl+Shift+X, Ctrl+F, 'online sales', Ctrl+3, Ctrl+Home -> online-sales")

    # 3. Its quote in the source: Ctrl+5 puts the caret at the quote, lit.
    press(qtbot, Qt.Key.Key_5, CTRL)
    assert QApplication.focusWidget() is win.source_view
    quote = win.browser.detail("online-sales").row.quote
    cursor = win.source_view.textCursor()
    cursor.movePosition(cursor.MoveOperation.Right, cursor.MoveMode.KeepAnchor, len(quote))
    assert cursor.selectedText() == quote
    steps.append("Ctrl+5 -> the caret is at the quote in the source, which is lit")

    # 4. Copy it with its citation.
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    copied = clipboard.text()
    assert quote in copied and source_citation(win.sources.report) in copied
    steps.append("Ctrl+Shift+C -> the quote and its citation are on the clipboard")

    # 5. Read a chart as a table: Ctrl+6 into the chart, arrows walk its bars, Ctrl+T.
    press(qtbot, Qt.Key.Key_6, CTRL)
    qtbot.waitUntil(win.charts.has_chart)
    view = win.charts.pane.chart_view()
    qtbot.waitUntil(view.hasFocus)
    press(qtbot, Qt.Key.Key_Up)
    assert view.accessibleDescription().startswith("2019")
    press(qtbot, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: win.chart_data.dialog is not None)
    dialog = win.chart_data.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    press(qtbot, Qt.Key.Key_C, CTRL)
    lines = clipboard.text().splitlines()
    assert lines[0].startswith("label\tvalue_as_printed")
    assert [line.split("\t")[0] for line in lines[1:]] == ["2019", "2020"]
    assert "derived" in lines[1] and "reported" in lines[2]
    steps.append("Ctrl+6, Up, Ctrl+T -> the chart's table; Ctrl+C copies its bars as TSV")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.chart_data.dialog is None)
    steps.append("Escape closes the table")


@pytest.fixture
def steps(request):
    """The walkthrough's steps, printed with -s for the record."""
    done: list[str] = []
    yield done
    print("\n".join(["", "keyboard-only walkthrough:", *done]))
