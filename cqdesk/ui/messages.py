"""Message boxes whose text is always shown literally: they name files and data, never markup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cqdesk.safe_write import WriteError
from cqdesk.store import StoreError


def show_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """Show a modal box; the text is plain (a path holding "<b>" is a path, not bold)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something the person asked for did not happen; the text says why."""
    show_box(parent, QMessageBox.Icon.Warning, title, text)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """cqdesk cannot go on (e.g. the database cannot be opened)."""
    show_box(parent, QMessageBox.Icon.Critical, title, text)


def said(error: BaseException) -> str:
    """An error's message for the person: the store's in the window's language (its file names
    and SQLite's words as they are), anything else as it is."""
    if isinstance(error, StoreError):
        return error.translated(lambda text: QCoreApplication.translate("", text))
    return str(error)


def write_reason(error: OSError) -> str:
    """Why a file could not be written, in words."""
    if isinstance(error, WriteError):
        # The reasons safe_write names (a full disk, a folder that cannot be written to) in
        # the window's language; the system's own words for anything else, as it gave them.
        return QCoreApplication.translate("", error.reason)
    return (error.strerror or str(error)).rstrip(".")


def write_outcome(error: OSError) -> str:
    """What became of the file a failed write was for (writes are atomic: never half a file)."""
    if isinstance(error, WriteError) and error.existed:
        return QCoreApplication.translate("Messages", "The file that was there is unchanged.")
    return QCoreApplication.translate("Messages", "No file was created.")
