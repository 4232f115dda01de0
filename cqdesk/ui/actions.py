"""Every window action with its shortcut, and the menus that show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _action(parent: QObject, text: str, shortcut: str | QKeySequence.StandardKey = "") -> QAction:
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


class Actions(QObject):
    """The window's actions; panes and the window connect to their ``triggered`` signals."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.quit = _action(parent, _tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.find = _action(parent, _tr("&Search facts"), "Ctrl+F")
        self.filter_places = _action(parent, _tr("Find a &place"), "Ctrl+L")
        self.clear_filters = _action(parent, _tr("&Clear all filters"), "Ctrl+Shift+X")
        self.focus_categories = _action(parent, _tr("&Categories"), "Ctrl+1")
        self.focus_places = _action(parent, _tr("&Places"), "Ctrl+2")
        self.focus_table = _action(parent, _tr("&Facts table"), "Ctrl+3")
        self.focus_detail = _action(parent, _tr("&Detail"), "Ctrl+4")
        self.focus_source = _action(parent, _tr("&Source text"), "Ctrl+5")
        self.focus_charts = _action(parent, _tr("C&harts"), "Ctrl+6")
        self.next_pane = _action(parent, _tr("&Next pane"), "F6")
        self.previous_pane = _action(parent, _tr("P&revious pane"), "Shift+F6")

    def pane_actions(self) -> list[QAction]:
        """The actions that move the focus to one pane, in pane order."""
        return [
            self.focus_categories,
            self.focus_places,
            self.focus_table,
            self.focus_detail,
            self.focus_source,
            self.focus_charts,
        ]

    def build_menus(self, bar: QMenuBar) -> None:
        """Fill the menu bar, so every action and its shortcut is listed."""
        file_menu = bar.addMenu(_tr("&File"))
        file_menu.addAction(self.quit)
        find_menu = bar.addMenu(_tr("&Find"))
        for action in (self.find, self.filter_places, self.clear_filters):
            find_menu.addAction(action)
        view_menu = bar.addMenu(_tr("&Go"))
        for action in self.pane_actions():
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.next_pane)
        view_menu.addAction(self.previous_pane)
