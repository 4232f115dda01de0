"""Context menus: shows one at a point until it closes, then lets it go."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu


def popup(menu: QMenu, at: QPoint) -> None:
    """Show ``menu`` at the global point ``at`` and wait for a choice (tests replace this)."""
    menu.exec(at)
    menu.deleteLater()
