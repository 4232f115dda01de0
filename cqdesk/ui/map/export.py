"""Saving the map as PNG or SVG: the whole scene (title, legend, the line on what it shows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from cqdesk.safe_write import write_atomically
from cqdesk.text.formatting import fill
from cqdesk.ui.map.view import MapView

FORMATS = (".png", ".svg")
PNG_SCALE = 2.0  # a sharp picture for a report, as the charts save theirs


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _render(view: MapView, painter: QPainter, source: QRectF) -> None:
    target = QRectF(0, 0, source.width(), source.height())
    painter.fillRect(target, view.look.background)
    view.scene().render(painter, target, source)


def map_png(view: MapView) -> bytes:
    """The map as PNG bytes, ``PNG_SCALE`` times its scene size."""
    with view.as_picture() as source:
        image = QImage((source.size() * PNG_SCALE).toSize(), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(PNG_SCALE)
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        _render(view, painter, source)
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return buffer.data().data()


def map_svg(view: MapView) -> bytes:
    """The map as an SVG document whose texts stay text (title, legend, counts)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with view.as_picture() as source:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(view.tile_map.title())
        generator.setDescription(view.tile_map.what_it_shows())
        painter = QPainter(generator)
        _render(view, painter, source)
        painter.end()
    return buffer.data().data()


def save_map(view: MapView, path: Path) -> None:
    """Write the map to ``path`` (PNG or SVG by suffix), whole or not at all; OSError/ValueError say why."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            fill(_tr("The map can be saved as .png or .svg, not “%1”."), suffix or str(path))
        )
    if not path.parent.is_dir():
        raise OSError(fill(_tr("The folder “%1” does not exist."), str(path.parent)))
    data = map_png(view) if suffix == ".png" else map_svg(view)
    if not data:
        raise OSError(fill(_tr("The map could not be drawn as %1."), suffix))
    write_atomically(path, data)
