"""Run by tests/ui/window/test_fonts.py in a process that sees no system font: the window in Chinese, every
visible string checked against the fonts that draw it, and a screenshot (``python -m``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication, QWidget

from cqdesk.settings import Settings
from cqdesk.store import Catalog
from cqdesk.text import language
from cqdesk.ui.window.fonts import register_bundled_font
from cqdesk.ui.window.language import LanguageSwitch
from cqdesk.ui.window.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.window.test_language import _visible_texts


def _missing(win: MainWindow) -> list[str]:
    """Characters of the visible strings that no family of the window's font can draw."""
    families = QApplication.font().families()
    raw = [QRawFont.fromFont(QFont(family)) for family in families]
    missing = set()
    for _where, text in _visible_texts(win):
        for char in text:
            if char.isspace() or not char.isprintable():
                continue
            if not any(font.supportsCharacter(ord(char)) for font in raw if font.isValid()):
                missing.add(char)
    # The widgets' own metrics agree: the bundled family is the one Qt resolves.
    metrics = QFontMetrics(win.findChild(QWidget, "factTable").font())
    if not metrics.inFontUcs4(ord("渝")) and "渝" not in missing:
        missing.add("渝 (table font)")
    return sorted(missing)


def main(out: str) -> int:
    app = QApplication(sys.argv[:1])
    system = QFontDatabase.families()
    added = register_bundled_font(app)
    LanguageSwitch(app).apply(language.CHINESE)
    db = Catalog.open(REPO / "data.db")
    win = MainWindow(db, Settings())
    win.resize(1366, 768)
    win.browser.reveal_fact("online-retail-sales")
    win.show()
    win.charts.load()
    win.charts.show()
    app.processEvents()
    win.grab().save(out)
    print(json.dumps({"system": system, "added": added, "missing": _missing(win)}))
    win.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(str(Path(sys.argv[1]))))
