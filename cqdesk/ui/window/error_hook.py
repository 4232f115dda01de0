"""The window's global exception hook: logs the error, says so in a dialog, and keeps going."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from cqdesk.crash_log import summary, where, write_log
from cqdesk.store import DatabaseUnavailable
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import block


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class ErrorHook(QObject):
    """Stands in for ``sys.excepthook`` while the window runs.

    An error Qt hands back from a slot or a paint would otherwise only reach the terminal. Here
    it is written to the log and shown once in a dialog saying what happened, where, and where
    the log is; the window stays open. A database that stopped answering is not a bug: it is
    reported once through ``databaseLost`` and the window says so in its own words.
    """

    databaseLost = Signal(object)  # DatabaseUnavailable
    errorShown = Signal(str)  # the dialog's text (for tests and the status bar)

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_path = log_path
        self._previous = None
        self._dialog: ErrorDialog | None = None
        self._lost: set[str] = set()  # the databases whose loss was reported
        self.errors: list[str] = []  # one summary line per unexpected error, in order

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous or sys.__excepthook__

    def database_reopened(self, path: str) -> None:
        """The database at ``path`` was opened again: report its next loss too."""
        self._lost.discard(path)

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(error, DatabaseUnavailable):
            if error.path not in self._lost:  # every later refusal says the same: once is enough
                self._lost.add(error.path)
                write_log(error, trace, self._log_path)
                self.databaseLost.emit(error)
            return
        logged = write_log(error, trace, self._log_path)
        self.errors.append(summary(error))
        self._show(error, trace, logged)

    def _show(self, error: BaseException, trace: TracebackType | None, logged: Path | None) -> None:
        log_line = (
            fill(_tr("The details were written to %1."), str(logged))
            if logged is not None
            else _tr("The details could not be written to a log file.")
        )
        text = fill(
            _tr("cqdesk ran into an unexpected error and carried on.\n\n%1\nat %2\n\n%3"),
            summary(error),
            where(trace),
            log_line,
        )
        self.errorShown.emit(text)
        if self._dialog is None:
            self._dialog = ErrorDialog()
        elif self._dialog.isVisible():
            self._dialog.add(text)  # one dialog at a time: a burst is one report, counted
            return
        self._dialog.set_text(text)
        self._dialog.resize(self._dialog.sizeHint().expandedTo(QSize(420, 160)))
        self._dialog.open()  # not exec(): a nested event loop inside the hook could re-enter it

    def dialog(self) -> ErrorDialog | None:
        """The error dialog, once one was shown."""
        return self._dialog


class ErrorDialog(QDialog):
    """Says what went wrong, where, and where the log is; OK closes it and cqdesk goes on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowTitle(_tr("Unexpected error"))
        self.text = QLabel()
        self.text.setObjectName("unexpectedErrorText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # error text is data, never markup
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        # No size constraint: the default one pins the dialog's minimum size on the native
        # window, which the offscreen platform answers with a warning on every show.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.text)
        layout.addWidget(self.more)
        layout.addWidget(buttons)
        self._later = 0

    def set_text(self, text: str) -> None:
        self.text.setText(block(text))
        self._later = 0
        self.more.hide()

    def add(self, _text: str) -> None:
        """Another error came while this one is shown: count it (the log has each)."""
        self._later += 1
        self.more.setText(fill(_tr("%1 more errors since; each is in the log."), str(self._later)))
        self.more.show()
