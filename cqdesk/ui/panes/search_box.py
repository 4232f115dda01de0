"""The search box: full-text search as you type; Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from cqdesk.store.records import FactQuery
from cqdesk.text.safe_text import TYPED_LIMIT
from cqdesk.ui.window.browser import Browser

TYPING_PAUSE_MS = 120  # one query per pause in typing, not one per keystroke


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class SearchBox(QLineEdit):
    """Sends its text to the browser shortly after the person stops typing."""

    def __init__(self, browser: Browser, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self._retranslate()
        self.setClearButtonEnabled(True)
        self.setMaxLength(TYPED_LIMIT)  # a pasted page would only slow every query down
        self._browser = browser
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._send)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._cleared_by_button)
        browser.queryChanged.connect(self._follow)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(_tr("Search facts"))
        self.setAccessibleDescription(
            _tr("Searches the facts as you type: words, places and numbers; Escape clears it.")
        )
        self.setPlaceholderText(_tr("Search facts: words, places, numbers (Ctrl+F)"))

    def _send(self) -> None:
        self._browser.set_search(self.text())

    def _cleared_by_button(self, text: str) -> None:
        if not text:
            self._timer.stop()
            self._send()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)

    def _follow(self, query: FactQuery) -> None:
        # Another pane cleared or changed the search: show it, without echoing it back.
        if query.search != self.text().strip() and not self._timer.isActive():
            self.blockSignals(True)
            self.setText(query.search)
            self.blockSignals(False)
