"""Every persisted setting, declared once with its type and default; window state apart from preferences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "cqdesk"
APPLICATION = "cqdesk"


@dataclass(frozen=True)
class Key:
    """One setting: its path in QSettings, its Python type and its default."""

    name: str
    type: type
    default: Any


# Preferences: choices a person makes.
RESTORE_SELECTION = Key("preferences/restore_selection", bool, True)

# Window state: how the window looked and what was selected when it closed.
GEOMETRY = Key("window/geometry", QByteArray, QByteArray())
# The screen's scale factor when the geometry was saved: at another scale the old size is wrong.
SCALE = Key("window/scale", float, 0.0)
MAIN_SPLITTER = Key("window/main_splitter", QByteArray, QByteArray())
FILTER_SPLITTER = Key("window/filter_splitter", QByteArray, QByteArray())
CENTER_SPLITTER = Key("window/center_splitter", QByteArray, QByteArray())
LOWER_SPLITTER = Key("window/lower_splitter", QByteArray, QByteArray())
TABLE_HEADER = Key("window/table_header", QByteArray, QByteArray())
LOWER_TAB = Key("window/lower_tab", int, 0)
LAST_CATEGORY = Key("selection/category", str, "")
LAST_PLACE = Key("selection/place", str, "")
LAST_FACT = Key("selection/fact", str, "")
EXPORT_FOLDER = Key("files/export_folder", str, "")  # where the last export or chart was saved

ALL_KEYS = (
    RESTORE_SELECTION,
    GEOMETRY,
    SCALE,
    MAIN_SPLITTER,
    FILTER_SPLITTER,
    CENTER_SPLITTER,
    LOWER_SPLITTER,
    TABLE_HEADER,
    LOWER_TAB,
    LAST_CATEGORY,
    LAST_PLACE,
    LAST_FACT,
    EXPORT_FOLDER,
)


def open_settings() -> QSettings:
    """The user's settings file (an INI file; tests point QSettings.setPath at a temporary folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class Settings:
    """Typed access to the declared keys over one QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_settings()

    def get(self, key: Key) -> Any:
        """The stored value of ``key`` in its declared type, or its default when unset or unreadable."""
        value = self._store.value(key.name, key.default)
        if isinstance(value, key.type):
            return value
        if key.type is bool and isinstance(value, str):
            return value.lower() in ("true", "1")
        try:
            return key.type(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key, value: Any) -> None:
        """Store ``value`` under ``key``."""
        self._store.setValue(key.name, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
