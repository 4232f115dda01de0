"""The active filters as removable labels, and a button that clears them all."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from cqdesk.store.records import FactQuery
from cqdesk.ui.browser import Browser


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilterBar", text)


def _button_text(text: str) -> str:
    # A lone & in a button's text would become a keyboard mnemonic; double it to show it.
    return text.replace("&", "&&")


class FilterBar(QWidget):
    """One button per active filter ("Place: Banan District ✕"); clicking it removes that filter."""

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._browser = browser
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.buttons: list[QToolButton] = []
        browser.queryChanged.connect(self._show)
        self._show(browser.query)

    def _show(self, query: FactQuery) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = [
            self._chip(name, label) for name, label in self._browser.names.labels(query)
        ]
        if len(self.buttons) > 1:
            self.buttons.append(self._clear_all())
        for position, button in enumerate(self.buttons):
            self._layout.insertWidget(position, button)
        self.setVisible(bool(self.buttons))

    def _chip(self, name: str, label: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(_button_text(f"{label}  ✕"))
        button.setToolTip(_tr("Remove this filter"))
        button.setAccessibleName(_button_text(label))
        button.clicked.connect(lambda: self._remove(name))
        return button

    def _clear_all(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(_tr("Clear all"))
        button.setToolTip(_tr("Remove every filter (Ctrl+Shift+X)"))
        button.clicked.connect(self._browser.clear_filters)
        return button

    def _remove(self, name: str) -> None:
        value = "" if name == "search" else None
        self._browser.set_query(replace(self._browser.query, **{name: value}))
