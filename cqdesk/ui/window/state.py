"""Saves and restores the window's layout and last selection through the settings module."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from cqdesk import settings
from cqdesk.settings import Settings

# Share of the available screen the window takes on its first start, and the caps on it:
# a 1366x768 laptop gets most of its screen, a 4K screen a comfortable window, not a wall.
_SHARE, _MAX_W, _MAX_H = 0.9, 1800, 1150


def first_geometry(available: QRect) -> QRect:
    """A sensible first-start window rectangle, centred in ``available``."""
    width = min(int(available.width() * _SHARE), _MAX_W)
    height = min(int(available.height() * _SHARE), _MAX_H)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def _scale(window: QMainWindow) -> float:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.devicePixelRatio()


def _fits(window: QMainWindow) -> bool:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().contains(window.frameGeometry()) or window.isMaximized()


def restore_geometry(window: QMainWindow, store: Settings) -> None:
    """The saved window size and place, unless the screen's scale factor has changed since or the
    saved rectangle no longer fits the screen: then a first-start size for this screen."""
    saved_scale = store.get(settings.SCALE)
    same_scale = not saved_scale or abs(saved_scale - _scale(window)) < 0.01
    if same_scale and window.restoreGeometry(store.get(settings.GEOMETRY)) and _fits(window):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(first_geometry(screen.availableGeometry()))


def restore_layout(window: QMainWindow, store: Settings) -> None:
    """Geometry, splitters, columns and the lower tab, as they were (first-start sizes otherwise)."""
    restore_geometry(window, store)
    for splitter, key in window.splitter_keys():
        window.layout_.restore_splitter(splitter, store.get(key))
    window.fact_table.restore_header(store.get(settings.TABLE_HEADER))
    window.lower_tabs.setCurrentIndex(store.get(settings.LOWER_TAB))


def restore_lower_tab(window: QMainWindow, store: Settings) -> None:
    """The lower tab again, once the Charts tab exists (it is added after the first paint)."""
    window.lower_tabs.setCurrentIndex(store.get(settings.LOWER_TAB))


def save_state(window: QMainWindow, store: Settings) -> None:
    """Everything restore_layout and restore_selection read back."""
    store.set(settings.GEOMETRY, window.saveGeometry())
    store.set(settings.SCALE, _scale(window))
    for splitter, key in window.splitter_keys():
        store.set(key, splitter.saveState())
    store.set(settings.TABLE_HEADER, window.fact_table.horizontalHeader().saveState())
    store.set(settings.LOWER_TAB, window.lower_tabs.currentIndex())
    query, browser = window.browser.query, window.browser
    store.set(settings.LAST_CATEGORY, query.category_id or "")
    store.set(settings.LAST_PLACE, query.place_id or "")
    store.set(settings.LAST_FACT, browser.current_fact or "")
    store.sync()


def restore_selection(window: QMainWindow, store: Settings) -> None:
    """The last category, place and fact, when the person wants them back."""
    if not store.get(settings.RESTORE_SELECTION):
        return
    wanted = {
        "category": store.get(settings.LAST_CATEGORY) or None,
        "place": store.get(settings.LAST_PLACE) or None,
        "fact": store.get(settings.LAST_FACT) or None,
    }
    # A selection saved against another database may name ids this one lacks: drop those.
    for kind, _item_id in window.browser.catalog.unknown_ids(
        wanted["category"], wanted["place"], wanted["fact"]
    ):
        wanted[kind] = None
    window.apply_state(wanted["category"], wanted["place"], "", wanted["fact"], quiet=True)
