"""The application icon, from every PNG size shipped and the SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cqdesk.paths import icon_files


def application_icon() -> QIcon:
    """cqdesk's icon; an empty icon (Qt's default) when no icon file is installed."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon
