"""Every restored setting is checked against its type and range: a bad value is its default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from cqdesk import settings
from cqdesk.settings import ALL_KEYS, Settings, open_settings
from cqdesk.store import Catalog

HOSTILE = [
    "1099511627776",
    "-1",
    "99999999999999999999999999999999999999999",
    "1" * 5000,  # more digits than int() reads
    "not a number",
    "",
    "a\x00b",
    "x" * 100_000,
    "@ByteArray(garbage)",
    "@Invalid()",
    "true",
    "1.5",
]


@pytest.mark.parametrize("key", ALL_KEYS, ids=[key.name for key in ALL_KEYS])
def test_every_key_declares_a_type_and_falls_back_on_values_out_of_range(private_settings, key):
    for raw in HOSTILE:
        store = QSettings(open_settings().fileName(), QSettings.Format.IniFormat)
        store.setValue(key.name, raw)
        store.sync()
        value = Settings(QSettings(store.fileName(), QSettings.Format.IniFormat)).get(key)
        assert isinstance(value, key.type), (raw, value)
        assert key.accepts(value), (raw, value)


def test_each_bound_is_declared():
    for key in ALL_KEYS:
        if key.type in (int, float):
            assert key.minimum is not None and key.maximum is not None, key
        if key.type in (str, QByteArray):
            assert key.max_length is not None, key


@pytest.mark.parametrize(
    ("raw", "expected"), [("1099511627776", 0), ("-3", 0), ("1", 1), ("x", 0), ("2.0", 0)]
)
def test_the_lower_tab_is_range_checked(private_settings, raw, expected):
    store = open_settings()
    store.setValue(settings.LOWER_TAB.name, raw)
    assert Settings(store).get(settings.LOWER_TAB) == expected


def test_the_window_opens_on_a_settings_file_full_of_bad_values(qtbot, tiny_db, private_settings):
    from cqdesk.ui.window.main_window import MainWindow

    store = open_settings()
    for key, raw in [
        (settings.LOWER_TAB, "1099511627776"),
        (settings.GEOMETRY, "garbage"),
        (settings.MAIN_SPLITTER, "x" * 100_000),
        (settings.RESTORE_SELECTION, "maybe"),
        (settings.LAST_FACT, "\x00" * 10),
        (settings.LAST_CATEGORY, "c" * 10_000),
        (settings.EXPORT_FOLDER, "/no\x00where"),
    ]:
        store.setValue(key.name, raw)
    store.sync()
    for _ in range(2):  # and again: a bad file never locks the window out
        window = MainWindow(Catalog(tiny_db), Settings())
        qtbot.addWidget(window)
        window.start()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda window=window: window.charts.pane is not None)
        assert window.lower_tabs.currentIndex() == 0
        assert window.browser.query.category_id is None
        window.close()
