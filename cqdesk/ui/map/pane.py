"""The map tab: the tile map over an information line; follows the browser's filters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cqdesk.store.records import FactQuery, MapCounts
from cqdesk.ui.map.tile_map import TileMap
from cqdesk.ui.map.view import MapView
from cqdesk.ui.window.browser import Browser


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def chinese_window() -> bool:
    """Whether the window speaks Chinese: the default locale the language switch sets."""
    return QLocale().language() == QLocale.Language.Chinese


class MapPane(QWidget):
    """Tiles shaded by their facts; clicking one (or Enter) sets the place filter."""

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPane")
        self._browser = browser
        catalog = browser.catalog
        self.tile_map = TileMap(
            catalog.map_tiles(),
            self._ask_counts,
            browser.names.labels,
            lambda: catalog.map_counts(FactQuery()),  # the build's counts: no filter to apply
            self,
        )
        self.tile_map.set_chinese(chinese_window())
        self.whole = QLabel(self)
        self.whole.setObjectName("mapWhole")
        self.whole.setTextFormat(Qt.TextFormat.PlainText)
        self.whole.setWordWrap(True)
        self.view = MapView(self.tile_map, self)
        self.info = QLabel(self)
        self.info.setObjectName("mapInfo")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.whole)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        self.setFocusProxy(self.view)
        self.view.placeChosen.connect(browser.set_place)
        self.view.described.connect(self.info.setText)
        self.tile_map.changed.connect(lambda: self.whole.setText(self.tile_map.municipality_line()))
        browser.queryChanged.connect(self._follow)
        self._stale = True
        self._follow(browser.query)

    def _ask_counts(self, others: FactQuery, deliver: Callable[[MapCounts], None]):
        # At once on a small database or without a filter (the build's counts); from the
        # worker under a filter at a million facts, where a newer question makes this one stale.
        return self._browser.queries.ask_latest(
            "map counts", lambda catalog: catalog.map_counts(others), deliver, about=others
        )

    def _follow(self, query: FactQuery) -> None:
        # Counting is cheap here, but needless while the tab is hidden: count when shown.
        self._stale = not self.isVisible()
        if not self._stale:
            self.tile_map.set_query(query)
            self._show_selection()

    def _show_selection(self, anew: bool = False) -> None:
        selected = self.tile_map.query.place_id
        tile = self.tile_map.tile(selected) if selected else None
        if tile is not None:
            self.info.setText(self.tile_map.summary(tile))
        elif anew or not self.info.text():
            self.info.setText(
                _tr(
                    "Point at a tile or move with the arrow keys to read about it; click or "
                    "Enter filters by it, Space steps to its parks, Esc clears the place."
                )
            )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(256, 160)  # no more than the source view: the splitters give the room

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # After the event loop turns: a tab shown for a moment while the saved one is restored
        # (the Map tab stands at Charts' index until the charts load) counts nothing.
        QTimer.singleShot(0, self._catch_up)

    def _catch_up(self) -> None:
        if self._stale and self.isVisible():
            self._follow(self._browser.query)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.tile_map.set_chinese(chinese_window())
            self.view.refresh()
            # The line under the map in the new language (what the pointer read is gone).
            self._show_selection(anew=True)
        super().changeEvent(event)

    def set_chinese(self, chinese: bool) -> None:
        """Label the tiles in Chinese or English (the window's language switch calls this)."""
        self.tile_map.set_chinese(chinese)

    def export_image(self, path: str) -> None:
        """Save the map as PNG or SVG (by suffix), atomically; ValueError or OSError say why not."""
        from cqdesk.ui.map.export import save_map  # QtSvg and the painters: at the first save

        if self._stale:
            self.tile_map.set_query(self._browser.query)
        save_map(self.view, Path(path))
