"""The chart pane at small sizes, with the keyboard, with a context menu, and with dimmed bars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QWheelEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from cqdesk.store import open_database
from cqdesk.store.charts import charts
from cqdesk.store.records import Chart, ChartBar
from cqdesk.text.formatting import literal_tooltip
from cqdesk.ui.charts import pane as chart_pane
from cqdesk.ui.charts.plot import MIN_ROW_PX
from cqdesk.ui.charts.rendering import chart_image
from cqdesk.ui.charts.style import (
    MIN_TEXT_CONTRAST,
    bar_fill,
    bar_pen,
    chart_colours,
    contrast_ratio,
)
from tests.ui.charts.test_pane import (  # noqa: F401  (release_hosts: an autouse fixture)
    bar_centre,
    bar_of,
    dark_palette,
    pixel,
    release_hosts,
    select,
    show_pane,
)

SMALL_SIZES = [(400, 250), (600, 300), (720, 460)]
LONG_TITLE = "Growth rates, 2020, beside the national averages they imply, with a longer title"


@pytest.fixture
def pane(qtbot, tiny_db):
    return show_pane(qtbot, tiny_db, charts(tiny_db))


def eight_bar_chart() -> Chart:
    """Eight bars, half of them derived, like the report's growth rates beside national ones."""
    bars = tuple(
        ChartBar(f"f{i}", f"Growth of sector {i}", 5.0 * (i + 1), f"{5 * (i + 1)}%", None, kind)
        for i, kind in enumerate(["reported", "derived"] * 4)
    )
    return Chart("eight", "overview", LONG_TITLE, "bar", "%", bars)


def settle(qtbot, pane) -> QScrollArea:
    """Wait for the scroll area to give the chart the height it asks for, and no more."""
    scroll = pane.findChild(QScrollArea, "chartScroll")
    view = pane.chart_view()
    qtbot.waitUntil(
        lambda: (
            view.minimumHeight() == view.least_height()
            and view.height() == max(view.minimumHeight(), scroll.viewport().height())
            and view.ci.layout.geometry().height() == view.height()
        )  # laid out at that height
    )
    return scroll


def row_centres(pane) -> list[float]:
    return [bar_centre(pane, item).y() for item in pane.chart_view().bars()]


def check_rows_keep_apart(pane) -> None:
    """Each bar has its least row, and no text block of the chart lies over another."""
    view = pane.chart_view()
    centres = row_centres(pane)
    gaps = [lower - upper for upper, lower in zip(centres, centres[1:], strict=False)]
    assert min(gaps) >= MIN_ROW_PX - 0.5
    assert QFontMetricsF(view.font()).height() <= min(gaps)  # labels in neighbouring rows
    blocks = [view.ci.getItem(row, 0).geometry() for row in range(4)]
    for upper, lower in zip(blocks, blocks[1:], strict=False):
        assert upper.bottom() <= lower.top() + 0.5
    assert blocks[-1].bottom() <= view.height() + 0.5  # the source line is inside the view


@pytest.mark.parametrize("size", SMALL_SIZES)
def test_bars_keep_their_rows_and_the_chart_scrolls_when_short(qtbot, tiny_db, size):
    pane = show_pane(qtbot, tiny_db, [eight_bar_chart()], size)
    scroll = settle(qtbot, pane)
    check_rows_keep_apart(pane)
    if size == (400, 250):
        assert scroll.verticalScrollBar().maximum() > 0
    if size == (720, 460):
        assert scroll.verticalScrollBar().maximum() == 0
        assert pane.chart_view().ci.geometry().height() == scroll.viewport().height()


def test_the_real_growth_chart_keeps_its_rows_in_a_small_pane(qtbot, real_db_path):
    db = open_database(real_db_path)
    try:
        found = charts(db)
        pane = show_pane(qtbot, db, found, (400, 250))
    finally:
        db.close()
    widest = max(found, key=lambda chart: len(chart.bars))
    select(pane, widest.id)
    settle(qtbot, pane)
    check_rows_keep_apart(pane)


def test_the_selector_shrinks_and_tells_the_whole_title(qtbot, tiny_db):
    short = Chart("short", "overview", "Short", "bar", "%", eight_bar_chart().bars)
    pane = show_pane(qtbot, tiny_db, [eight_bar_chart(), short], (300, 250))
    selector = pane.findChild(QComboBox, "chartSelector")
    policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    assert selector.sizeAdjustPolicy() == policy
    assert selector.minimumSizeHint().width() <= 300
    assert pane.minimumSizeHint().width() <= 300
    assert selector.toolTip() == literal_tooltip(LONG_TITLE)
    assert selector.view().minimumWidth() >= selector.fontMetrics().horizontalAdvance(LONG_TITLE)
    assert selector.itemData(0, Qt.ItemDataRole.ToolTipRole) == literal_tooltip(LONG_TITLE)
    selector.setCurrentIndex(1)
    assert selector.toolTip() == literal_tooltip("Short")


@pytest.mark.parametrize("dark", [False, True])
def test_dimmed_value_labels_and_the_source_line_stay_readable(qtbot, pane, dark):
    if dark:
        pane.setPalette(dark_palette())
        qtbot.waitUntil(lambda: bar_of(pane, "online-sales").colours.dark)
    select(pane, "levels")
    pane.set_visible_facts({"online-sales"})
    view = pane.chart_view()
    background = view.backgroundBrush().color()
    dimmed = view.value_labels()[0]
    assert bar_of(pane, "online-sales-2019").is_dimmed()
    assert contrast_ratio(dimmed.textItem.defaultTextColor(), background) >= MIN_TEXT_CONTRAST
    source = view.ci.getItem(3, 0)._item.defaultTextColor()
    assert contrast_ratio(source, background) >= MIN_TEXT_CONTRAST


def test_every_palette_gets_readable_muted_text():
    for base, text, placeholder in [
        ("#ffffff", "#000000", "#bfbfbf"),
        ("#1e1e1e", "#e6e6e6", "#3a3a3a"),
        ("#000000", "#ffffff", "#222222"),
        ("#f0f0f0", "#303030", "#e0e0e0"),
    ]:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(placeholder))
        colours = chart_colours(palette)
        for colour in (colours.dimmed_text, colours.muted_text):
            assert contrast_ratio(colour, colours.background) >= MIN_TEXT_CONTRAST, base


def test_a_dimmed_bar_is_grey_not_the_derived_look(pane):
    select(pane, "levels")
    pane.set_visible_facts({"online-sales-2019"})  # the reported bar is outside the filters
    dimmed, derived = bar_of(pane, "online-sales"), bar_of(pane, "online-sales-2019")
    assert dimmed.is_dimmed() and not derived.is_dimmed()
    image = pane.chart_view().grab().toImage()
    grey = QColor.fromRgb(pixel(image, pane, dimmed))
    assert grey.rgb() not in (pixel(image, pane, derived), dimmed.colours.bar.rgb())
    assert grey.hsvSaturation() < 20  # no hue: it cannot be read as a (pale blue) derived bar
    assert bar_pen(dimmed.look, dimmed.colours).style() == Qt.PenStyle.SolidLine
    pane.set_visible_facts(set())  # a dimmed derived bar keeps its dashed outline
    assert bar_pen(derived.look, derived.colours).style() == Qt.PenStyle.DashLine
    assert bar_fill(derived.look, derived.colours) != bar_fill(dimmed.look, dimmed.colours)


def test_the_legend_names_dimmed_bars_only_while_there_are_some(pane):
    select(pane, "levels")
    outside = "Outside the current filters"
    assert outside not in pane.chart_view().legend_texts()
    pane.set_visible_facts({"online-sales"})
    assert pane.chart_view().legend_texts()[-1] == outside
    pane.set_visible_facts({"online-sales", "online-sales-2019"})
    assert outside not in pane.chart_view().legend_texts()
    pane.set_visible_facts(set())
    select(pane, "firms")  # a lower bound greyed keeps its hatching
    assert bar_of(pane, "banan-firms").look.lower_bound
    assert pane.chart_view().legend_texts()[-1] == outside


@pytest.fixture
def shown_menus(monkeypatch) -> list[tuple[list[QAction], QPoint]]:
    shown = []
    monkeypatch.setattr(
        chart_pane, "show_menu", lambda menu, point: shown.append((menu.actions(), point))
    )
    return shown


def context_actions(pane) -> list[QAction]:
    texts = ("Save chart as PNG…", "Save chart as SVG…", "Copy chart image")
    actions = [QAction(text, pane) for text in texts]
    pane.set_context_actions(actions)
    return actions


def test_a_right_click_on_the_chart_offers_the_context_actions(pane, shown_menus):
    select(pane, "levels")
    actions = context_actions(pane)
    viewport = pane.chart_view().viewport()
    point = bar_centre(pane, bar_of(pane, "online-sales"))
    window = pane.window().windowHandle()
    QTest.mouseClick(window, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                     viewport.mapTo(pane.window(), point))  # fmt: skip
    assert shown_menus == [(actions, viewport.mapToGlobal(point))]
    assert pane.context_actions() == actions


def test_the_menu_key_opens_the_menu_at_the_keyboards_bar(qtbot, pane, shown_menus):
    select(pane, "levels")
    actions = context_actions(pane)
    view = focus_chart(qtbot, pane)
    QTest.keyClick(view, Qt.Key.Key_Down)
    # The platform turns the Menu key into this event for the focused widget.
    QApplication.sendEvent(
        view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), QPoint())
    )
    point = view.viewport().mapToGlobal(bar_centre(pane, view.cursor_bar()))
    assert shown_menus == [(actions, point)]


def test_no_actions_no_menu(pane, shown_menus):
    select(pane, "levels")
    view = pane.chart_view()
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5)),
    )
    assert shown_menus == []


def focus_chart(qtbot, pane):
    view = pane.chart_view()
    pane.window().activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    return view


def test_arrow_keys_walk_the_bars_and_enter_or_space_selects_one(qtbot, pane):
    select(pane, "levels")
    view = focus_chart(qtbot, pane)
    first, second = view.bars()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.cursor_bar() is first and view.focus_marker().isVisible()
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)  # the last bar stays the last
    assert view.cursor_bar() is second
    assert view.focus_marker().rect().contains(second.rect().center())
    with qtbot.waitSignal(pane.factActivated) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [second.bar.fact_id]
    QTest.keyClick(view, Qt.Key.Key_Up)
    with qtbot.waitSignal(pane.factActivated) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Space)
    assert blocker.args == [first.bar.fact_id]
    assert view.accessibleDescription().startswith(first.bar.label)  # what a screen reader says


def test_the_focused_chart_shows_a_frame_and_the_saved_one_does_not(qtbot, pane):
    select(pane, "levels")
    view = focus_chart(qtbot, pane)
    highlight = view.bars()[0].colours.highlight
    image = view.viewport().grab().toImage()
    top = QPoint(view.viewport().width() // 2, 1) * image.devicePixelRatio()
    assert image.pixelColor(top) == highlight
    assert view.focus_marker().isVisible()
    chart_image(view)  # the dotted frame is hidden while the picture is made, then back
    assert view.focus_marker().isVisible()
    pane.findChild(QComboBox, "chartSelector").setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert not view.focus_marker().isVisible()


def test_keyboard_on_a_long_chart_scrolls_to_its_bar(qtbot, tiny_db):
    pane = show_pane(qtbot, tiny_db, [eight_bar_chart()], (400, 250))
    scroll = settle(qtbot, pane)
    view = focus_chart(qtbot, pane)
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.cursor_bar() is view.bars()[-1]
    centre = bar_centre(pane, view.cursor_bar())
    visible = scroll.viewport().rect().translated(0, scroll.verticalScrollBar().value())
    assert visible.contains(centre)


def test_the_value_axis_labels_its_origin(pane):
    select(pane, "levels")
    axis = pane.chart_view().plot_item().getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _, _, texts = axis.generateDrawSpecs(painter)
    painter.end()
    zero = next(rect for rect, _, text in texts if text == "0")
    assert axis.boundingRect().contains(zero)  # drawn, not clipped away


def test_the_chart_leaves_the_wheel_to_the_scroll_area(qtbot, tiny_db):
    pane = show_pane(qtbot, tiny_db, [eight_bar_chart()], (400, 250))
    scroll = settle(qtbot, pane)
    point = QPointF(20, 20)

    def wheel(widget) -> QWheelEvent:
        event = QWheelEvent(point, widget.mapToGlobal(point), QPoint(), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(widget, event)
        return event

    # Ignored, a spontaneous wheel event goes on to the parent: the scroll area, which scrolls.
    assert not wheel(pane.chart_view().viewport()).isAccepted()
    wheel(scroll.viewport())
    assert scroll.verticalScrollBar().value() > 0
