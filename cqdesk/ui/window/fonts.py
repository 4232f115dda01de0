"""The bundled CJK font: registered at start, so Chinese draws where no system font has it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from cqdesk.paths import FONT_FILE


def register_bundled_font(app: QApplication) -> list[str]:
    """Add the subset font after the family the system gives, so every widget falls back to it
    for the characters its own font lacks; the families added ([] if the file is missing)."""
    # The family the default font really is ("Sans Serif" is only an alias): were the alias
    # listed first, Qt would take the bundled font for every character, Latin included.
    font = QFont(app.font())
    primary = QFontInfo(font).family()
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE)) if FONT_FILE.is_file() else -1
    if font_id < 0:
        return []
    added = QFontDatabase.applicationFontFamilies(font_id)
    system = [primary] if primary and primary in QFontDatabase.families() else []
    font.setFamilies([*system, *[family for family in added if family not in system]])
    app.setFont(font)
    return added
