"""The Help menu's boxes: what cqdesk is and which data it shows, and every keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from cqdesk import __version__
from cqdesk.export import source_citation
from cqdesk.store.records import Source
from cqdesk.text.formatting import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text(source: Source, counts: dict[str, int], path: str) -> str:
    """Plain text for the About box: version, the data's counts and file, and the citation."""
    lines = [
        fill(_tr("cqdesk %1"), __version__),
        _tr(
            "An offline reference for Chongqing's 2020 e-commerce figures: every figure is traced "
            "to the words of its source."
        ),
        "",
        ", ".join(
            _counted(counts.get(kind, 0), one, many)
            for kind, one, many in (
                ("reported", _tr("reported fact"), _tr("reported facts")),
                ("statement", _tr("statement"), _tr("statements")),
                ("derived", _tr("derived fact"), _tr("derived facts")),
            )
        ),
        fill(_tr("Database (read-only): %1"), path),
        "",
        fill(_tr("Source: %1"), source_citation(source)),
    ]
    return "\n".join(lines)


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def shortcut_lines(bar: QMenuBar) -> list[str]:
    """One line per menu action that has a shortcut: "Menu › Action: keys"."""
    lines = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            if not action.isSeparator() and not action.shortcut().isEmpty():
                title = f"{_plain(menu_action)} › {_plain(action)}"
                lines.append(f"{title}: {action.shortcut().toString()}")
    return lines


def _plain(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _box(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Close, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the citation comes from the data
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def about_box(parent: QWidget, source: Source, counts: dict[str, int], path: str) -> QMessageBox:
    """The About box (not yet shown)."""
    return _box(parent, _tr("About cqdesk"), about_text(source, counts, path))


def shortcuts_box(parent: QWidget, bar: QMenuBar) -> QMessageBox:
    """The list of keyboard shortcuts (not yet shown)."""
    return _box(parent, _tr("Keyboard shortcuts"), "\n".join(shortcut_lines(bar)))
