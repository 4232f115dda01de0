"""The bundled CJK font: registered at start, so Chinese draws where no system font has it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cqdesk.paths import FONT_FILE


def register_bundled_font(app: QApplication) -> list[str]:
    """Add the subset font and put it after the default family, so every widget falls back to
    it for the characters its own font lacks; the families added ([] if the file is missing)."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE)) if FONT_FILE.is_file() else -1
    if font_id < 0:
        return []
    added = QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    font.setFamilies(
        [*font.families(), *[family for family in added if family not in font.families()]]
    )
    app.setFont(font)
    return added
