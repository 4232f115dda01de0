"""Renders the SVG icon under resources/desktop/icons/hicolor to the PNG sizes desktops use.

Run it after changing the SVG: ``.venv/bin/python scripts/render_icons.py``; commit the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "desktop" / "icons" / "hicolor"
NAME = "io.github.cqdesk.cqdesk"  # the application id: icons are named after it
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text and SVG need an application
    renderer = QSvgRenderer(str(ICONS / "scalable" / "apps" / f"{NAME}.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG could not be read")
    for size in SIZES:
        render(renderer, size, ICONS / f"{size}x{size}" / "apps" / f"{NAME}.png")
    print(f"wrote {len(SIZES)} PNG sizes under {ICONS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
