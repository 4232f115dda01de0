"""The map tab's holder: the tile map is made when the tab is first shown or the window is up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cqdesk.ui.window.browser import Browser

if TYPE_CHECKING:
    from cqdesk.ui.map.pane import MapPane


class MapTab(QWidget):
    """Holds the map pane, made on ``pane()`` (or when the tab is first shown).

    The tab is hidden behind the source at start: the graphics scene, its tiles and Qt's
    graphics types cost the first paint some 25 ms, and nobody sees them until they click Map.
    """

    loaded = Signal(QWidget)  # the map pane, once made

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapTab")
        self._browser = browser
        self._pane: MapPane | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def pane(self) -> MapPane:
        """The map pane, made now if it was not yet."""
        if self._pane is None:
            from cqdesk.ui.map.pane import MapPane

            self._pane = MapPane(self._browser, self)
            self._layout.addWidget(self._pane)
            self.setFocusProxy(self._pane)
            self.loaded.emit(self._pane)
        return self._pane

    def made(self) -> bool:
        """Whether the map pane exists yet."""
        return self._pane is not None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.pane()  # before it draws: the tab never shows empty
        super().showEvent(event)
