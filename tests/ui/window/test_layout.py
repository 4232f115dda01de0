"""The window at laptop and small sizes: no pane squeezed to a sliver, long texts cut with a tooltip."""

from __future__ import annotations

import pytest

from cqdesk.models.fact_table_model import COL_LABEL, COL_PLACE
from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.text.formatting import literal_tooltip
from cqdesk.ui.panes.detail_pane import MIN_WIDTH
from cqdesk.ui.panes.fact_table import COLUMN_LIMITS, LABEL_MIN_WIDTH
from cqdesk.ui.window.layout import FILTER_WIDTHS
from cqdesk.ui.window.main_window import MainWindow


def shown(qtbot, tiny_db, width: int, height: int) -> MainWindow:
    win = MainWindow(Catalog(tiny_db), Settings())
    qtbot.addWidget(win)
    win.resize(width, height)  # as a first start sized for this screen would
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600), (800, 600)])
def test_no_pane_is_squeezed_at_common_sizes(qtbot, tiny_db, size):
    win = shown(qtbot, tiny_db, *size)
    win.fact_table.select_fact("banan-firms")
    assert win.detail_pane.width() >= MIN_WIDTH
    assert win.lower_tabs.width() >= 200
    least, most = FILTER_WIDTHS
    assert least - 2 <= win.main_splitter.sizes()[0] <= most  # give or take the splitter's rounding
    assert win.fact_table.columnWidth(COL_LABEL) >= LABEL_MIN_WIDTH
    # Everything fits: the centre is not pushed past the window's edge.
    assert win.main_splitter.width() <= win.width()


def test_label_takes_the_spare_width_and_others_fit_their_content(qtbot, tiny_db):
    win = shown(qtbot, tiny_db, 1366, 768)
    table = win.fact_table
    for column, (least, most) in COLUMN_LIMITS.items():
        assert least <= table.columnWidth(column) <= most
    others = sum(table.columnWidth(column) for column in COLUMN_LIMITS)
    assert table.columnWidth(COL_LABEL) + others == table.viewport().width()
    assert table.columnWidth(COL_LABEL) > max(table.columnWidth(c) for c in COLUMN_LIMITS)


def test_columns_give_way_to_label_when_narrow_and_come_back(qtbot, tiny_db):
    win = shown(qtbot, tiny_db, 1366, 768)
    table = win.fact_table
    wide = table.columnWidth(COL_PLACE)
    win.resize(800, 600)
    qtbot.waitUntil(lambda: table.columnWidth(COL_PLACE) < wide)
    assert table.columnWidth(COL_LABEL) >= LABEL_MIN_WIDTH
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: table.columnWidth(COL_PLACE) == wide)


def test_the_search_box_stays_wide_beside_filter_labels(qtbot, tiny_db):
    win = shown(qtbot, tiny_db, 1024, 600)
    alone = win.search_box.width()
    win.apply_state("market", "banan", "firms", None)
    qtbot.waitUntil(lambda: win.filter_bar.isVisible())
    assert win.search_box.width() >= 0.55 * alone
    assert win.search_box.width() > win.filter_bar.width()
    # Labels that do not fit beside each other wrap onto a second line, all of them in view.
    buttons = win.filter_bar.buttons
    assert sum(b.width() for b in buttons) > win.filter_bar.width()
    assert len({b.geometry().top() for b in buttons}) > 1
    assert all(b.isVisible() for b in buttons)
    assert max(b.geometry().right() for b in buttons) <= win.filter_bar.width()
    assert max(b.geometry().bottom() for b in buttons) <= win.filter_bar.height()


def test_a_long_note_is_cut_with_the_whole_text_in_its_tooltip(qtbot, tiny_db):
    win = shown(qtbot, tiny_db, 800, 600)
    long = "Cleared the search and the place filter to show the chosen fact. " * 4
    win.browser.message.emit(long)
    note = win.note_label
    assert note.text() == long
    assert note.width() < note.fontMetrics().horizontalAdvance(long)
    assert note.shown_text().endswith("…") and note.toolTip() == literal_tooltip(long)
    win.browser.message.emit("Copied.")
    assert note.toolTip() == "" and note.shown_text() == "Copied."
    assert win.status_label.x() + win.status_label.width() <= note.x() + 1


def test_first_start_gives_the_filter_column_a_share_of_the_window(qtbot, tiny_db):
    win = shown(qtbot, tiny_db, 1366, 768)
    assert abs(win.main_splitter.sizes()[0] - 273) <= 2  # a fifth of the window


def _saved_window(qtbot, tiny_db, store: Settings) -> None:
    from cqdesk.ui.window import state

    first = shown(qtbot, tiny_db, 640, 450)
    state.save_state(first, store)
    first.close()


def test_a_restored_window_keeps_its_size_at_the_same_scale(qtbot, tiny_db):
    from cqdesk.ui.window import state

    store = Settings()
    _saved_window(qtbot, tiny_db, store)
    again = MainWindow(Catalog(tiny_db), store)
    qtbot.addWidget(again)
    state.restore_geometry(again, store)
    assert (again.width(), again.height()) == (640, 450)


def test_a_restored_window_at_a_new_scale_factor_gets_a_size_for_this_screen(qtbot, tiny_db):
    from PySide6.QtGui import QGuiApplication

    from cqdesk import settings
    from cqdesk.ui.window import state

    store = Settings()
    _saved_window(qtbot, tiny_db, store)
    store.set(settings.SCALE, 2.0)  # saved on a screen scaled twice as much
    again = MainWindow(Catalog(tiny_db), store)
    qtbot.addWidget(again)
    state.restore_geometry(again, store)
    expected = state.first_geometry(QGuiApplication.primaryScreen().availableGeometry())
    assert again.geometry().size() == expected.size()


def test_first_start_fits_the_category_pane_and_gives_the_places_the_rest(qtbot, tiny_db):
    win = shown(qtbot, tiny_db, 1366, 768)
    categories, places = win.layout_.filter_splitter.sizes()
    tree = win.category_pane
    assert categories <= max(tree.content_height(), tree.minimumSizeHint().height()) + 2
    assert places > categories
    last = tree.visualRect(tree.model_.find("market"))
    assert last.bottom() <= tree.viewport().height()  # every section still in view


def test_the_keyboard_widens_and_narrows_the_focused_pane(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.resize(1200, 800)
    window.fact_table.setFocus()
    qtbot.waitUntil(window.fact_table.hasFocus)
    splitter = window.layout_.center_splitter
    before = splitter.sizes()[0]
    alt_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(window.fact_table, Qt.Key.Key_Equal, alt_ctrl)
    qtbot.waitUntil(lambda: splitter.sizes()[0] > before)
    QTest.keyClick(window.fact_table, Qt.Key.Key_Minus, alt_ctrl)
    qtbot.waitUntil(lambda: splitter.sizes()[0] <= before + 2)
