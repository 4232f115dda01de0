"""Saving a drawn chart as PNG or SVG and copying it to the clipboard."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from cqdesk.safe_write import write_atomically
from cqdesk.ui.charts.plot import ChartView
from cqdesk.ui.charts.text import tr

FORMATS = (".png", ".svg")


def save_chart(view: ChartView, path: str | Path) -> None:
    """Write the chart to ``path`` as PNG or SVG by its suffix, whole or not at all;
    ValueError for another suffix, WriteError (an OSError) saying why it was not written."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(tr("Charts can be saved as .png or .svg, not “%s”.") % (suffix or path))
    data = image_bytes(chart_image(view)) if suffix == ".png" else chart_svg(view)
    write_atomically(target, data)


def image_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError(tr("The chart could not be drawn as a PNG image."))
    return buffer.data().data()


def copy_chart(view: ChartView) -> None:
    """Put the chart image on the clipboard."""
    QGuiApplication.clipboard().setImage(chart_image(view))


@contextmanager
def _without_focus_marker(view: ChartView) -> Iterator[None]:
    """The keyboard's dotted frame belongs on the screen, not in a saved picture."""
    marker = view.focus_marker()
    shown = marker is not None and marker.isVisible()
    if shown:
        marker.setVisible(False)
    try:
        yield
    finally:
        if shown:
            marker.setVisible(True)


@contextmanager
def as_published(view: ChartView) -> Iterator[None]:
    """The chart as the report has it: the greying of bars outside the window's filters, and its
    "Outside the current filters" legend entry, belong on the screen, not in a saved picture."""
    visible = view.visible_facts()
    if visible is not None:
        view.set_visible(None)
        view.ci.layout.activate()  # the legend may have lost a line: lay out before drawing
    try:
        with _without_focus_marker(view):
            yield
    finally:
        if visible is not None:
            view.set_visible(visible)


def chart_image(view: ChartView, scale: float = 2.0) -> QImage:
    """The whole chart (title and source line included) as an image, ``scale`` times its size."""
    with as_published(view):
        return _chart_image(view, scale)


def _chart_image(view: ChartView, scale: float) -> QImage:
    source = view.ci.sceneBoundingRect()
    image = QImage((source.size() * scale).toSize(), QImage.Format.Format_ARGB32)
    # Scaled as a high-dpi screen is, so pixel-sized marks (arrows, hatching) scale too.
    image.setDevicePixelRatio(scale)
    image.fill(view.backgroundBrush().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return image


def chart_svg(view: ChartView) -> bytes:
    """The whole chart (title and source line included) as an SVG document."""
    with as_published(view):
        return _chart_svg(view)


def _chart_svg(view: ChartView) -> bytes:
    # Rendered with Qt's own generator: pyqtgraph 0.14's SVG exporter fails on the closed
    # paths Qt 6.11 writes for clipped views ("... Z").
    source = view.ci.sceneBoundingRect()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(view.title())
    # pyqtgraph's axes replay recorded pictures, which Qt rescales to a device of another dpi.
    generator.setResolution(round(view.logicalDpiX()))
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, source.width(), source.height()), view.backgroundBrush())
    view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return buffer.data().data()
