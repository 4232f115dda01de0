"""Renders the SVG icon under resources/desktop/icons/hicolor to the PNG sizes desktops use.

Run it in a checkout after changing the SVG: ``.venv/bin/python -m cqdesk.ui.window.render_icons``;
commit the PNGs. The window reads them back through ``cqdesk.ui.window.icon``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from cqdesk.paths import APP_ID, resources_dir

ICONS = resources_dir() / "desktop" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def svg_file(icons: Path = ICONS) -> Path:
    """The scalable icon, named after the application id as desktops look it up."""
    return icons / "scalable" / "apps" / f"{APP_ID}.svg"


def png_file(size: int, icons: Path = ICONS) -> Path:
    return icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at ``size`` pixels square on a transparent ground."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def render_all(svg: Path, icons: Path) -> list[Path]:
    """Write every size of ``svg`` under ``icons`` (``NxN/apps/ID.png``); the files written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} could not be read as SVG")
    written = []
    for size in SIZES:
        target = png_file(size, icons)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text and SVG need an application
    written = render_all(svg_file(), ICONS)
    print(f"wrote {len(written)} PNG sizes under {ICONS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
