"""The application icon, from every PNG size shipped (the SVG where no PNG is)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cqdesk.paths import icon_files


def application_icon() -> QIcon:
    """cqdesk's icon; an empty icon (Qt's default) when no icon file is installed."""
    files = icon_files()
    # The PNGs (16 to 512 pixels) cover every size a desktop asks a window for; the SVG is
    # for an installation that ships no PNG: Qt's SVG icon engine costs the start 10 ms.
    pictures = [path for path in files if path.suffix == ".png"] or files
    icon = QIcon()
    for path in pictures:
        icon.addFile(str(path))
    return icon
