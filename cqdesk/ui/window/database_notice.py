"""The bar that says the database stopped answering, above what the window still shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from cqdesk.store import DatabaseUnavailable
from cqdesk.text.formatting import fill


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class DatabaseNotice(QToolBar):
    """Hidden until the database is lost; then one message, Reopen, and Dismiss.

    A bar rather than a dialog: the person keeps reading (and copying) what is on screen,
    and nothing modal stands between them and the rest of the window.
    """

    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseNotice")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar a person hides by menu
        self.message = QLabel()
        self.message.setObjectName("databaseNoticeText")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.reopen = QPushButton()
        self.reopen.setObjectName("databaseNoticeReopen")
        self.dismiss = QPushButton()
        self._error: DatabaseUnavailable | None = None
        self._retranslate()
        self.addWidget(self.message)
        self.addWidget(self.reopen)
        self.addWidget(self.dismiss)
        self.reopen.clicked.connect(self.reopenRequested)
        self.dismiss.clicked.connect(self.hide)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.reopen.setText(_tr("Reopen"))
        self.dismiss.setText(_tr("Dismiss"))
        if self._error is not None:
            self._say(self._error)

    def show_loss(self, error: DatabaseUnavailable) -> None:
        """Say what happened to the file, that the window keeps what it read, and how to go on."""
        self._error = error
        self._say(error)
        self.show()

    def _say(self, error: DatabaseUnavailable) -> None:
        self.message.setText(
            fill(
                _tr(
                    "%1 What the window shows stays as it was read. Reopen once the file is "
                    "back or the other program has finished (File ▸ Reopen database)."
                ),
                error.translated(_tr),
            )
        )
