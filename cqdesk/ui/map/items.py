"""The map's scene items: a division's tile, a park's mark inside it, and the legend."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cqdesk.store.records import MapMark, MapTile
from cqdesk.ui.map.legend_text import LegendTexts, legend_texts
from cqdesk.ui.map.look import SELECTED_OUTLINE, THIN_OUTLINE, MapLook, scene_font
from cqdesk.ui.map.scale import ink_on
from cqdesk.ui.map.tile_map import TileMap

# Every tile is the same rectangle, a little wider than tall so that names such as
# "Shapingba" fit at a readable size in the short, wide space below the table.
TILE_WIDTH, TILE_HEIGHT = 80.0, 64.0  # in scene units
PITCH_X, PITCH_Y = 86.0, 70.0  # from one tile to the next
MARK = 11.0  # a park's diamond


def tooltip_html(text: str) -> str:
    """Plain text as a tooltip that Qt shows as it is (never reads the data as markup)."""
    lines = "<br>".join(html.escape(line) for line in text.split("\n"))
    return f"<qt><p style='white-space:pre'>{lines}</p></qt>"


def diamond(centre: QPointF, size: float) -> QPolygonF:
    half = size / 2
    return QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y()),
            QPointF(centre.x(), centre.y() + half),
            QPointF(centre.x() - half, centre.y()),
        ]
    )


def fitting_font(
    text: str, width: float, largest: int = 12, smallest: int = 8, bold: bool = True
) -> QFont:
    """The largest font (in scene pixels) that fits ``text`` in ``width``."""
    for size in range(largest, smallest - 1, -1):
        font = scene_font(size, bold=bold)
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            return font
    return scene_font(smallest, bold=bold)


class MapItem(QGraphicsItem):
    """Base of the map's items: they share the map's logic and its current look."""

    def __init__(self, tile_map: TileMap, look: MapLook, parent=None) -> None:
        super().__init__(parent)
        self.tile_map, self.look = tile_map, look

    def set_look(self, look: MapLook) -> None:
        self.look = look
        for child in self.childItems():
            if isinstance(child, MapItem):
                child.set_look(look)
        self.update()


class MarkItem(MapItem):
    """A park or zone inside a tile: filled where the report places it, hollow for the gazetteer."""

    def __init__(self, mark: MapMark, tile: MapTile, tile_map, look, parent) -> None:
        super().__init__(tile_map, look, parent)
        self.mark, self.tile = mark, tile
        self.focused = False  # the keyboard's frame (Space steps through a tile's marks)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-MARK, -MARK, 2 * MARK, 2 * MARK)

    def place_id(self) -> str:
        return self.mark.place_id

    def describe(self) -> str:
        return self.tile_map.describe_mark(self.mark, self.tile)

    def summary(self) -> str:
        return self.describe()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget=None) -> None:
        selected = self.tile_map.is_selected(self.mark.place_id)
        ink = ink_on(self.parentItem().fill_colour())
        if selected:  # the current filter: a ring around the mark, as the tile's frame
            painter.setPen(QPen(self.look.selection, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), MARK * 0.85, MARK * 0.85)
        if self.focused:
            painter.setPen(QPen(ink, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(-MARK * 0.9, -MARK * 0.9, MARK * 1.8, MARK * 1.8))
        painter.setPen(QPen(ink, 1.5))
        gazetteer = self.mark.provenance == "gazetteer"
        painter.setBrush(Qt.BrushStyle.NoBrush if gazetteer else QBrush(ink))
        painter.drawPolygon(diamond(QPointF(0, 0), MARK))


class TileItem(MapItem):
    """One division: its short name, its count, its parks; shaded by its step on the scale."""

    def __init__(self, tile: MapTile, tile_map: TileMap, look: MapLook, parent=None) -> None:
        super().__init__(tile_map, look, parent)
        self.tile = tile
        self.focused = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.marks = [MarkItem(mark, tile, tile_map, look, self) for mark in tile.marks]
        for index, item in enumerate(self.marks):
            item.setPos(10 + (index % 5) * 14.5, TILE_HEIGHT - 9 - (index // 5) * 14.5)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        margin = SELECTED_OUTLINE
        return QRectF(-margin, -margin, TILE_WIDTH + 2 * margin, TILE_HEIGHT + 2 * margin)

    def place_id(self) -> str:
        return self.tile.place_id

    def describe(self) -> str:
        return self.tile_map.describe(self.tile)

    def summary(self) -> str:
        return self.tile_map.summary(self.tile)

    def fill_colour(self):
        step = self.tile_map.step(self.tile.place_id)
        if step is None:
            return self.look.empty
        return self.look.step_fill(step, len(self.tile_map.classes))

    def refresh(self) -> None:
        """Take the tile map's current counts and words (the tooltip too)."""
        self.setToolTip(tooltip_html(self.describe()))
        for item in self.marks:
            item.setToolTip(tooltip_html(item.describe()))
        self.update()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget=None) -> None:
        rect = QRectF(0, 0, TILE_WIDTH, TILE_HEIGHT)
        colour = self.fill_colour()
        painter.setPen(QPen(self.look.muted, THIN_OUTLINE))
        painter.setBrush(QBrush(colour))
        painter.drawRect(rect)
        count = self.tile_map.count(self.tile.place_id)
        if not count:  # no facts: hatched as well as neutral, so it never rests on colour
            painter.setBrush(QBrush(self.look.hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
        ink = ink_on(colour)
        painter.setPen(ink)
        label = self.tile_map.label(self.tile)
        painter.setFont(fitting_font(label, TILE_WIDTH - 6, largest=15))
        painter.drawText(QRectF(2, 3, TILE_WIDTH - 4, 20), Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(scene_font(18, bold=bool(count)))
        painter.drawText(
            QRectF(2, 22, TILE_WIDTH - 4, 22),
            Qt.AlignmentFlag.AlignCenter,
            str(count) if count else "–",
        )
        self._paint_frames(painter, rect)

    def _paint_frames(self, painter: QPainter, rect: QRectF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.tile_map.is_selected(self.tile.place_id):
            painter.setPen(QPen(self.look.selection, SELECTED_OUTLINE))
            painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            painter.setPen(QPen(self.look.text, 1.5))
            painter.drawRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5))
        if self.focused:
            pen = QPen(ink_on(self.fill_colour()), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(4, 4, -4, -4))


class LegendItem(MapItem):
    """The scale's steps with their counts, the no-figures swatch, and what marks and frames mean."""

    def __init__(self, tile_map: TileMap, look: MapLook, width: float, parent=None) -> None:
        super().__init__(tile_map, look, parent)
        self.width = width

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, self.width, 130)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget=None) -> None:
        words = legend_texts()
        painter.setPen(self.look.text)
        painter.setFont(fitting_font(words.heading, self.width, largest=14, smallest=9))
        painter.drawText(QRectF(0, 0, self.width, 16), Qt.AlignmentFlag.AlignLeft, words.heading)
        painter.setFont(scene_font(12))
        x = 0.0
        swatches = [(None, words.none)] + [
            (index, step.label()) for index, step in enumerate(self.tile_map.classes)
        ]
        for index, label in swatches:
            box = QRectF(x, 20, 34, 22)
            self._swatch(painter, box, index)
            painter.setPen(self.look.text)
            painter.drawText(QRectF(x - 8, 44, 50, 18), Qt.AlignmentFlag.AlignHCenter, label)
            x += 50
        self._keys(painter, words)

    def _swatch(self, painter: QPainter, box: QRectF, index: int | None) -> None:
        painter.setPen(QPen(self.look.muted, THIN_OUTLINE))
        if index is None:
            painter.setBrush(QBrush(self.look.empty))
            painter.drawRect(box)
            painter.setBrush(QBrush(self.look.hatch, Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(QBrush(self.look.step_fill(index, len(self.tile_map.classes))))
        painter.drawRect(box)

    def _keys(self, painter: QPainter, words: LegendTexts) -> None:
        painter.setPen(QPen(self.look.text, 1.5))
        painter.setBrush(QBrush(self.look.text))
        painter.drawPolygon(diamond(QPointF(6, 74), MARK))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(diamond(QPointF(6, 92), MARK))
        painter.setPen(QPen(self.look.selection, SELECTED_OUTLINE / 2))
        painter.drawRect(QRectF(1, 104, 12, 12))
        painter.setPen(self.look.text)
        for y, text in ((66, words.report_mark), (84, words.gazetteer_mark), (102, words.frame)):
            painter.setFont(fitting_font(text, self.width - 20, largest=12, smallest=9, bold=False))
            painter.drawText(QRectF(20, y, self.width - 20, 18), Qt.AlignmentFlag.AlignLeft, text)
