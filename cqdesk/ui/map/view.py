"""The map view: a graphics scene of the tiles and the legend (and, saved, a title and a footer)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem, QGraphicsView

from cqdesk.ui.map.items import PITCH_X, PITCH_Y, TILE_WIDTH, LegendItem, MarkItem, TileItem
from cqdesk.ui.map.look import MapLook, map_look, scene_font
from cqdesk.ui.map.tile_map import DIRECTIONS, TileMap

MARGIN = 12.0
HEADER = 58.0  # the title and the city-as-a-whole line above the tiles
MIN_ZOOM = 0.4  # below this the tiles' names are too small to read: scroll instead
LEGEND_CELLS = (6, 2)  # the legend wants this many free cells (columns, rows) at the top left


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _legend_fits(tile_map: TileMap) -> bool:
    columns, rows = LEGEND_CELLS
    return not any(tile.column < columns and tile.row < rows for tile in tile_map.tiles)


class MapView(QGraphicsView):
    """Draws the tile map; a click or Enter asks for a place, Esc for none, arrows move."""

    placeChosen = Signal(object)  # str | None: filter by this place, or by none
    described = Signal(str)  # what the tile under the pointer or the keyboard is

    def __init__(self, tile_map: TileMap, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tileMap")
        self.setAccessibleName(_tr("Tile map of Chongqing's districts and counties"))
        self.tile_map = tile_map
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # save as PNG, SVG
        self.look = map_look(self.palette())
        self.setScene(QGraphicsScene(self))
        self.tiles: dict[str, TileItem] = {}
        self.focused_id: str | None = None
        self.mark_index: int | None = None  # the keyboard's frame on a park of the focused tile
        self._build()
        self.set_look(self.look)  # the texts' colours and the background, from the start
        tile_map.changed.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        scene, look = self.scene(), self.look
        columns = max((tile.column for tile in self.tile_map.tiles), default=0) + 1
        rows = max((tile.row for tile in self.tile_map.tiles), default=0) + 1
        width = columns * PITCH_X - (PITCH_X - TILE_WIDTH)
        self.title = self._text(scene_font(16, bold=True), width)
        self.title.setPos(MARGIN, MARGIN)
        self.whole = self._text(scene_font(13), width)
        self.whole.setPos(MARGIN, MARGIN + 26)
        top = MARGIN + HEADER
        for tile in self.tile_map.tiles:
            item = TileItem(tile, self.tile_map, look)
            item.setPos(MARGIN + tile.column * PITCH_X, top + tile.row * PITCH_Y)
            scene.addItem(item)
            self.tiles[tile.place_id] = item
        bottom = top + rows * PITCH_Y
        legend_width = LEGEND_CELLS[0] * PITCH_X - (PITCH_X - TILE_WIDTH)
        self.legend = LegendItem(self.tile_map, look, legend_width)
        if _legend_fits(self.tile_map):
            self.legend.setPos(MARGIN, top)
        else:
            self.legend.setPos(MARGIN, bottom)
            bottom += self.legend.boundingRect().height() + 6
        scene.addItem(self.legend)
        self.footer = self._text(scene_font(11), width)
        self.footer.setPos(MARGIN, bottom)
        # The title, the city line and the footer go into saved pictures; on screen the tab
        # and the pane's own line say them, and the tiles get the room.
        self.picture_items = (self.title, self.whole, self.footer)
        for item in self.picture_items:
            item.setVisible(False)

    def _text(self, font, width: float) -> QGraphicsTextItem:
        item = QGraphicsTextItem()
        item.setFont(font)
        item.setTextWidth(width)
        self.scene().addItem(item)
        return item

    def refresh(self) -> None:
        """Redraw with the tile map's counts, selection and language."""
        self.title.setPlainText(self.tile_map.title())
        self.whole.setPlainText(self.tile_map.municipality_line())
        self.footer.setPlainText(self.tile_map.what_it_shows())
        for item in self.tiles.values():
            item.refresh()
        self.legend.update()
        self.setSceneRect(self._bounds([*self.tiles.values(), self.legend]))
        self._fit()

    @staticmethod
    def _bounds(items) -> QRectF:
        bounds = QRectF()
        for item in items:
            bounds = bounds.united(item.sceneBoundingRect())
        return bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    @contextmanager
    def as_picture(self) -> Iterator[QRectF]:
        """The scene as a saved picture: title, city line and footer shown, no keyboard frame."""
        focused, mark_index = self.focused_id, self.mark_index
        self.set_focused(None)
        for item in self.picture_items:
            item.setVisible(True)
        try:
            yield self._bounds([*self.tiles.values(), self.legend, *self.picture_items])
        finally:
            for item in self.picture_items:
                item.setVisible(False)
            self.set_focused(focused, mark_index)

    def _fit(self) -> None:
        """Fit the tiles to the view, but never below a readable size (then it scrolls)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.maximumViewportSize()
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        factor = max(factor, MIN_ZOOM)
        self.setTransform(QTransform.fromScale(factor, factor))

    def set_look(self, look: MapLook) -> None:
        self.look = look
        for item in (*self.tiles.values(), self.legend):
            item.set_look(look)
        for text in (self.title, self.whole, self.footer):
            text.setDefaultTextColor(look.text)
        self.setBackgroundBrush(look.background)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Modest, like the source view's: the map fits whatever room the splitters give it,
        # and must not take room from the facts table on the first start.
        return QSize(320, 200)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.set_look(map_look(self.palette()))
        elif event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(_tr("Tile map of Chongqing's districts and counties"))
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def item_at(self, position) -> TileItem | MarkItem | None:
        """The mark, else the tile, under a point of the viewport."""
        for item in self.items(position):
            if isinstance(item, (MarkItem, TileItem)):
                return item
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.item_at(event.position().toPoint())
        if item is not None:
            self.described.emit(item.summary())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.item_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            tile = item if isinstance(item, TileItem) else item.parentItem()
            self.set_focused(tile.place_id())
            self.placeChosen.emit(item.place_id())
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in DIRECTIONS:
            target = self.tile_map.neighbour(self.focused_id, key)
            if target is not None:
                self.set_focused(target.place_id)
                self.ensureVisible(self.tiles[target.place_id])
        elif key == Qt.Key.Key_Space and self.focused_id:
            self._next_mark()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focused_id:
            mark = self._focused_mark()
            self.placeChosen.emit(mark.place_id() if mark else self.focused_id)
        elif key == Qt.Key.Key_Escape and self.tile_map.query.place_id:
            self.placeChosen.emit(None)
        else:
            super().keyPressEvent(event)

    def _focused_mark(self) -> MarkItem | None:
        tile = self.tiles.get(self.focused_id or "")
        if tile is None or self.mark_index is None:
            return None
        return tile.marks[self.mark_index]

    def _next_mark(self) -> None:
        """Space: the frame steps through the tile's parks and zones, then back to the tile."""
        marks = self.tiles[self.focused_id].marks if self.focused_id else []
        index = 0 if self.mark_index is None else self.mark_index + 1
        self.set_focused(self.focused_id, index if index < len(marks) else None)

    def set_focused(self, place_id: str | None, mark_index: int | None = None) -> None:
        """Move the keyboard's frame to a tile (or one of its marks) and say what it is."""
        self.focused_id, self.mark_index = place_id, mark_index
        for item_id, item in self.tiles.items():
            item.focused = item_id == place_id and mark_index is None and self.hasFocus()
            for index, mark in enumerate(item.marks):
                mark.focused = item_id == place_id and index == mark_index and self.hasFocus()
                mark.update()
            item.update()
        target = self._focused_mark() or self.tiles.get(place_id or "")
        if target is not None:
            self.setAccessibleDescription(target.describe())
            self.described.emit(target.summary())

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        selected = self.tile_map.query.place_id
        start = self.focused_id or (selected if selected in self.tiles else None)
        self.set_focused(start or (self.tile_map.tiles[0].place_id if self.tiles else None))

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.set_focused(self.focused_id, self.mark_index)
