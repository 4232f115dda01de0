"""The chart pane draws the database's charts honestly and turns bar clicks into fact selections."""

from __future__ import annotations

import math
import sqlite3

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QToolTip, QWidget

from cqdesk.store import open_database
from cqdesk.store.charts import charts
from cqdesk.store.records import Chart, ChartBar
from cqdesk.store.source import sources
from cqdesk.ui.charts.pane import ChartPane
from cqdesk.ui.charts.rendering import chart_svg
from cqdesk.ui.charts.style import OKABE_ITO, bar_fill, bar_pen
from cqdesk.ui.charts.text import axis_scale

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def chart_rows(path, chart_id: str) -> list[tuple[str, str, float]]:
    """The bars of a chart straight from the public tables, not through the store."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute(
            "SELECT cf.fact_id, cf.label, f.value FROM chart_facts cf JOIN facts f "
            "ON f.id = cf.fact_id WHERE cf.chart_id = ? ORDER BY cf.position",
            [chart_id],
        ).fetchall()


# The hosts of the panes shown, destroyed by Qt after each test. Left to the garbage collector, a
# host can go in the middle of a later paint (a collection can start at any allocation) and take
# a view that is being painted with it.
_HOSTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def release_hosts():
    yield
    while _HOSTS:
        host = _HOSTS.pop()
        host.close()
        host.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def show_pane(qtbot, db, chart_list, size: tuple[int, int] = (720, 460)) -> ChartPane:
    # A host window without a layout, as the offscreen platform warns when a layout sizes a window.
    host = QWidget()
    _HOSTS.append(host)
    host.resize(*size)
    pane = ChartPane(host)
    pane.resize(host.size())
    pane.set_sources(sources(db))
    pane.set_charts(chart_list)
    host.show()
    qtbot.waitExposed(host)
    return pane


@pytest.fixture
def pane(qtbot, tiny_db) -> ChartPane:
    return show_pane(qtbot, tiny_db, charts(tiny_db))


def select(pane: ChartPane, chart_id: str) -> None:
    selector = pane.findChild(QComboBox, "chartSelector")
    selector.setCurrentIndex(
        selector.findText(next(c.title for c in charts_of(pane) if c.id == chart_id))
    )
    assert pane.current_chart().id == chart_id


def charts_of(pane: ChartPane) -> list[Chart]:
    selector = pane.findChild(QComboBox, "chartSelector")
    return [selector.model().chart(row) for row in range(selector.count())]


def bar_of(pane: ChartPane, fact_id: str):
    return next(item for item in pane.chart_view().bars() if item.bar.fact_id == fact_id)


def bar_centre(pane: ChartPane, item) -> QPoint:
    view = pane.chart_view()
    return view.mapFromScene(item.mapToScene(item.rect().center()))


def check_bars_match_rows(pane: ChartPane, db_path) -> None:
    chart = pane.current_chart()
    rows = chart_rows(db_path, chart.id)
    items = pane.chart_view().bars()
    factor, _ = axis_scale(chart.unit, [value for _, _, value in rows])
    assert len(items) == len(rows)
    assert [(i.bar.fact_id, i.bar.label) for i in items] == [(f, label) for f, label, _ in rows]
    for item, (_, _, value) in zip(items, rows, strict=True):
        assert math.isclose(item.rect().width() * factor, abs(value), rel_tol=1e-9)
    tops = [item.mapToScene(item.rect().center()).y() for item in items]
    assert tops == sorted(tops)  # the first row of chart_facts is the top bar
    ticks = pane.chart_view().plot_item().getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == tick_labels(db_path, chart.id)


def tick_labels(path, chart_id: str) -> list[str]:
    """Each bar's words beside it: its label, led by its group in a comparison chart."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT cf.label, cf.group_label FROM chart_facts cf WHERE cf.chart_id = ? "
            "ORDER BY cf.position",
            [chart_id],
        ).fetchall()
    return [f"{group}: {label}" if group else label for label, group in rows]


def test_the_bars_drawn_equal_the_chart_rows_of_the_tiny_database(pane, tiny_db_path):
    for chart in charts_of(pane):
        select(pane, chart.id)
        check_bars_match_rows(pane, tiny_db_path)


def test_the_bars_drawn_equal_the_chart_rows_of_the_real_database(qtbot, real_db_path):
    db = open_database(real_db_path)
    try:
        pane = show_pane(qtbot, db, charts(db))
    finally:
        db.close()
    for chart in charts_of(pane):
        select(pane, chart.id)
        assert pane.message() is None, pane.message()
        check_bars_match_rows(pane, real_db_path)


def test_value_labels_show_the_printed_value_with_the_qualifier_symbol(pane):
    select(pane, "firms")
    assert [label.toPlainText() for label in pane.chart_view().value_labels()] == ["≥ 300"]
    select(pane, "levels")
    assert [label.toPlainText() for label in pane.chart_view().value_labels()] == [
        "9.33 billion yuan",
        "10.5 billion yuan",
    ]
    axis = pane.chart_view().plot_item().getAxis("bottom")
    assert axis.labelText == "billion yuan"
    assert "e+" not in " ".join(axis.tickStrings([0, 5, 10], 1, 5))


def test_lower_bound_and_derived_bars_have_their_own_look(pane):
    select(pane, "levels")
    derived, reported = bar_of(pane, "online-sales-2019"), bar_of(pane, "online-sales")
    assert derived.look.derived and not reported.look.derived
    assert bar_pen(derived.look, derived.colours).style() == Qt.PenStyle.DashLine
    assert bar_pen(reported.look, reported.colours).style() == Qt.PenStyle.SolidLine
    image = pane.chart_view().grab().toImage()
    assert pixel(image, pane, reported) == reported.colours.bar.rgb()
    assert pixel(image, pane, derived) == bar_fill(derived.look, derived.colours).color().rgb()
    assert pixel(image, pane, derived) != pixel(image, pane, reported)
    select(pane, "firms")
    bound = bar_of(pane, "banan-firms")
    assert bound.look.lower_bound
    assert "banan-firms" in pane.chart_view()._arrows  # the arrow that reads "and more"


def pixel(image: QImage, pane: ChartPane, item) -> int:
    point = bar_centre(pane, item) * image.devicePixelRatio()
    return image.pixelColor(point).rgb()


def test_the_legend_names_the_looks_in_the_chart(pane):
    select(pane, "levels")
    assert pane.chart_view().legend_texts() == [
        "Reported in the source",
        "Derived: computed from reported figures",
    ]
    select(pane, "firms")  # its one bar is a lower bound: no plain swatch to explain
    assert pane.chart_view().legend_texts() == ["≥ Lower bound: at least this much"]


def test_a_redrawn_chart_fills_the_pane(pane):
    for chart in charts_of(pane) * 2:
        select(pane, chart.id)
        view = pane.chart_view()
        assert view.ci.geometry().height() == view.viewport().height()
        assert view.plot_item().geometry().height() > view.viewport().height() / 2


def test_clicking_a_bar_activates_its_fact(qtbot, pane):
    select(pane, "levels")
    view = pane.chart_view()
    for fact_id in ("online-sales-2019", "online-sales"):
        with qtbot.waitSignal(pane.factActivated) as blocker:
            qtbot.mouseClick(
                view.viewport(),
                Qt.MouseButton.LeftButton,
                pos=bar_centre(pane, bar_of(pane, fact_id)),
            )
        assert blocker.args == [fact_id]


def test_hovering_a_bar_tells_label_value_qualifier_and_kind(pane):
    select(pane, "firms")
    tip = bar_of(pane, "banan-firms").toolTip()
    for text in ("Firms", "300", "Lower bound: at least this much", "Reported in the source"):
        assert text in tip
    select(pane, "levels")
    assert "Derived: computed from reported figures" in bar_of(pane, "online-sales-2019").toolTip()


# Showing a tooltip raises its window, which the offscreen platform says it cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hovering_shows_the_tooltip_in_the_view(qtbot, pane):
    select(pane, "levels")
    viewport = pane.chart_view().viewport()
    point = bar_centre(pane, bar_of(pane, "online-sales-2019"))
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert "2019" in QToolTip.text() and "Derived" in QToolTip.text()
    QToolTip.hideText()


def test_text_from_the_data_stays_text(qtbot, tiny_db):
    bar = ChartBar("f", "<b>bold</b> & <a href='x'>link</a>", 5.0, "5", None, "reported")
    pane = show_pane(
        qtbot, tiny_db, [Chart("c", "overview", "<i>Title</i>", "bar", "tons", (bar,))]
    )
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in pane.chart_view().bars()[0].toolTip()
    assert "&lt;i&gt;Title&lt;/i&gt;" in chart_svg(pane.chart_view()).decode()


def test_bars_of_hidden_facts_are_dimmed_not_removed(pane):
    select(pane, "levels")
    pane.set_visible_facts({"online-sales"})
    assert len(pane.chart_view().bars()) == 2
    assert bar_of(pane, "online-sales-2019").is_dimmed()
    assert not bar_of(pane, "online-sales").is_dimmed()
    select(pane, "firms")  # the filter holds for the next chart too
    assert bar_of(pane, "banan-firms").is_dimmed()
    pane.set_visible_facts(None)
    assert not bar_of(pane, "banan-firms").is_dimmed()


def test_the_current_fact_is_highlighted(pane):
    select(pane, "levels")
    pane.set_current_fact("online-sales")
    current, other = bar_of(pane, "online-sales"), bar_of(pane, "online-sales-2019")
    assert current.look.current and not other.look.current
    assert bar_pen(current.look, current.colours).color() == current.colours.highlight
    pane.set_current_fact(None)
    assert not bar_of(pane, "online-sales").look.current
    select(pane, "firms")
    pane.set_current_fact("banan-firms")
    assert bar_of(pane, "banan-firms").look.current
    pane.set_current_fact(None)
    assert not bar_of(pane, "banan-firms").look.current


def test_a_fact_from_elsewhere_turns_to_a_chart_that_draws_it(pane):
    select(pane, "levels")
    pane.set_current_fact("banan-firms")
    assert pane.current_chart().id == "firms"
    assert bar_of(pane, "banan-firms").look.current
    pane.set_current_fact("acme-yuzhong")  # drawn by no chart: the shown chart stays
    assert pane.current_chart().id == "firms"
    assert not bar_of(pane, "banan-firms").look.current


def test_new_charts_open_on_the_one_with_the_current_fact(qtbot, tiny_db):
    found = charts(tiny_db)
    pane = show_pane(qtbot, tiny_db, [])
    pane.set_current_fact("banan-firms")
    pane.set_charts(found)
    assert pane.current_chart().id == "firms"


def test_a_palette_change_recolours_the_chart(qtbot, pane):
    select(pane, "levels")
    assert bar_of(pane, "online-sales").colours.bar == QColor(OKABE_ITO["blue"])
    light_background = pane.chart_view().backgroundBrush().color()
    pane.setPalette(dark_palette())
    qtbot.waitUntil(lambda: bar_of(pane, "online-sales").colours.dark)
    assert bar_of(pane, "online-sales").colours.bar == QColor(OKABE_ITO["sky_blue"])
    assert pane.chart_view().backgroundBrush().color() == QColor(DARK[QPalette.ColorRole.Base])
    assert pane.chart_view().backgroundBrush().color() != light_background


def test_an_application_palette_change_recolours_the_chart(qtbot, pane):
    select(pane, "levels")
    app = QApplication.instance()
    original = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: bar_of(pane, "online-sales").colours.dark)
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: not bar_of(pane, "online-sales").colours.dark)


def test_a_selector_appears_only_when_there_are_several_charts(qtbot, tiny_db):
    found = charts(tiny_db)
    pane = show_pane(qtbot, tiny_db, found)
    selector = pane.findChild(QComboBox, "chartSelector")
    assert selector.isVisible() and selector.count() == 2
    assert pane.current_chart() == found[0]
    pane.set_charts(found[1:])
    assert not selector.isVisible()
    assert pane.current_chart() == found[1]
    assert pane.objectName() == "chartPane" and pane.accessibleName()


def test_no_charts_says_so(qtbot, tiny_db):
    pane = show_pane(qtbot, tiny_db, [])
    assert pane.message() == "No charts for this category."
    assert pane.current_chart() is None
    assert pane.chart_view().bars() == []
    with pytest.raises(ValueError, match="no chart to save"):
        pane.export_image("/tmp/never-written.png")


@pytest.mark.parametrize(
    "bars",
    [
        (
            ChartBar("a", "Fine", 1.0, "1", None, "reported"),
            ChartBar("b", "Bad", math.nan, "?", None, "reported"),
        ),
        (ChartBar("a", "Huge", math.inf, "1", None, "reported"),),
        (),
    ],
)
def test_a_chart_that_cannot_be_drawn_honestly_is_refused(qtbot, tiny_db, bars):
    pane = show_pane(qtbot, tiny_db, [Chart("bad", "overview", "Hand-made", "bar", "CNY", bars)])
    assert "Hand-made" in pane.message()
    assert pane.chart_view().bars() == []
    assert pane.chart_view().plot_item() is None


def test_export_writes_a_png_with_the_whole_chart(pane, tmp_path):
    select(pane, "levels")
    path = tmp_path / "chart.png"
    pane.export_image(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= pane.chart_view().width()


def test_export_writes_an_svg_with_title_and_source_line(pane, tmp_path):
    select(pane, "levels")
    path = tmp_path / "chart.SVG"
    pane.export_image(str(path))
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Online sales by year" in text
    assert "Source: Test Press, 2021-02-08" in text


def test_export_failures_say_why(pane, tmp_path):
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        pane.export_image(str(tmp_path / "chart.jpg"))
    with pytest.raises(OSError, match="does not exist"):
        pane.export_image(str(tmp_path / "missing" / "chart.png"))
    (tmp_path / "folder.svg").mkdir()
    with pytest.raises(OSError, match="Could not write .*folder.svg: it is a folder"):
        pane.export_image(str(tmp_path / "folder.svg"))


def test_copy_puts_the_chart_image_on_the_clipboard(pane):
    QGuiApplication.clipboard().clear()
    pane.copy_image()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() >= pane.chart_view().width()


def test_the_pipeline_accepts_exactly_the_kinds_the_pane_can_draw():
    from cqdesk.pipeline.charts import CHART_KINDS
    from cqdesk.ui.charts.kinds import DRAWINGS

    assert set(DRAWINGS) == set(CHART_KINDS)


def test_a_chart_of_an_unknown_kind_says_so_instead_of_drawing(qtbot, tiny_db):
    import dataclasses

    from cqdesk.store.charts import charts
    from cqdesk.ui.charts.pane import ChartPane

    pane = ChartPane()
    qtbot.addWidget(pane)
    chart = dataclasses.replace(charts(tiny_db)[0], kind="sankey")
    pane.set_charts([chart])
    assert "sankey" in (pane.message() or "")


def test_the_pane_draws_each_chart_with_the_view_of_its_kind(qtbot, tiny_db, monkeypatch):
    import dataclasses

    from cqdesk.store.charts import charts
    from cqdesk.ui.charts import kinds
    from cqdesk.ui.charts.pane import ChartPane
    from cqdesk.ui.charts.plot import ChartView

    class OtherView(ChartView):
        """A second kind, drawn like bars but by its own class."""

    monkeypatch.setitem(kinds.DRAWINGS, "other", OtherView)
    pane = ChartPane()
    qtbot.addWidget(pane)
    first = charts(tiny_db)[0]
    pane.set_charts([first, dataclasses.replace(first, id="other-chart", kind="other")])
    assert type(pane.chart_view()) is ChartView
    pane.findChild(type(pane._selector), "chartSelector").setCurrentIndex(1)
    assert type(pane.chart_view()) is OtherView and pane.message() is None


def test_a_hidden_pane_draws_when_shown_what_it_was_told_meanwhile(qtbot, tiny_db):
    pane = show_pane(qtbot, tiny_db, charts(tiny_db))
    pane.set_current_fact("banan-firms")
    pane.hide()  # behind another tab: it keeps its state, and draws once shown again
    pane.set_current_fact("online-sales")
    pane.set_visible_facts({"online-sales"})
    assert pane.current_chart().id == "levels" and pane.message() is None
    pane.show()
    assert pane.chart_view().title() == "Online sales by year"
    assert bar_of(pane, "online-sales").look.current
    assert bar_of(pane, "online-sales-2019").is_dimmed()


def test_a_hidden_pane_saves_the_chart_it_was_last_given(qtbot, tiny_db, tmp_path):
    pane = ChartPane()  # never shown
    qtbot.addWidget(pane)
    pane.set_sources(sources(tiny_db))
    pane.set_charts(charts(tiny_db))
    pane.set_current_fact("banan-firms")  # turns to the chart of firms
    path = tmp_path / "chart.svg"
    pane.export_image(str(path))
    assert "Firms and shops" in path.read_text(encoding="utf-8")
