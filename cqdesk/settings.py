"""Every persisted setting, declared once with its type and default; window state apart from preferences."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "cqdesk"
APPLICATION = "cqdesk"


@dataclass(frozen=True)
class Key:
    """One setting: its path in QSettings, its Python type, its default, and the values it may
    take (``minimum``/``maximum`` for numbers, ``max_length`` for text and bytes)."""

    name: str
    type: type
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` (already of this key's type) is one the window can use."""
        if self.minimum is not None and value < self.minimum:
            return False
        if self.maximum is not None and value > self.maximum:
            return False
        if self.max_length is not None and len(value) > self.max_length:
            return False
        return not (isinstance(value, str) and ("\x00" in value or _has_surrogate(value)))


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


_ID_LENGTH = 200  # far above any id the build writes; a longer one is not ours
_STATE_BYTES = 64 * 1024  # Qt's saved geometry and splitter states are a few dozen bytes

# Preferences: choices a person makes.
RESTORE_SELECTION = Key("preferences/restore_selection", bool, True)
# "" follows the system's language; "en" or "zh_CN" is the person's choice in the Language menu.
LANGUAGE = Key("preferences/language", str, "", max_length=16)

# Window state: how the window looked and what was selected when it closed.
GEOMETRY = Key("window/geometry", QByteArray, QByteArray(), max_length=_STATE_BYTES)
# The screen's scale factor when the geometry was saved: at another scale the old size is wrong.
SCALE = Key("window/scale", float, 0.0, minimum=0.0, maximum=16.0)
MAIN_SPLITTER = Key("window/main_splitter", QByteArray, QByteArray(), max_length=_STATE_BYTES)
FILTER_SPLITTER = Key("window/filter_splitter", QByteArray, QByteArray(), max_length=_STATE_BYTES)
CENTER_SPLITTER = Key("window/center_splitter", QByteArray, QByteArray(), max_length=_STATE_BYTES)
LOWER_SPLITTER = Key("window/lower_splitter", QByteArray, QByteArray(), max_length=_STATE_BYTES)
TABLE_HEADER = Key("window/table_header", QByteArray, QByteArray(), max_length=_STATE_BYTES)
LOWER_TAB = Key("window/lower_tab", int, 0, minimum=0, maximum=15)  # the lower tabs' index
LAST_CATEGORY = Key("selection/category", str, "", max_length=_ID_LENGTH)
LAST_PLACE = Key("selection/place", str, "", max_length=_ID_LENGTH)
LAST_FACT = Key("selection/fact", str, "", max_length=_ID_LENGTH)
# Where the last export or chart was saved.
EXPORT_FOLDER = Key("files/export_folder", str, "", max_length=4096)

ALL_KEYS = (
    RESTORE_SELECTION,
    LANGUAGE,
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


def _converted(key: Key, value: Any) -> Any:
    """``value`` as ``key.type``, or None when it is not one."""
    if key.type is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower() if isinstance(value, str | int) else ""
        return {"true": True, "1": True, "false": False, "0": False}.get(text)
    if key.type in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return None
        try:
            number = key.type(value)
        except (ValueError, OverflowError):
            return None
        return number if math.isfinite(number) else None
    return value if isinstance(value, key.type) else None


class Settings:
    """Typed access to the declared keys over one QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_settings()

    def get(self, key: Key) -> Any:
        """The stored value of ``key`` in its declared type, or its default when unset, of
        another type, or out of the key's range (a settings file edited or damaged by hand)."""
        value = _converted(key, self._store.value(key.name, key.default))
        return value if value is not None and key.accepts(value) else key.default

    def set(self, key: Key, value: Any) -> None:
        """Store ``value`` under ``key``."""
        self._store.setValue(key.name, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
