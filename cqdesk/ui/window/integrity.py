"""Help ▸ Check the database file: the full integrity check, off the GUI thread, said in a box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cqdesk.store import Catalog
from cqdesk.text.formatting import fill
from cqdesk.ui import messages
from cqdesk.ui.actions.background import BackgroundJob


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


class IntegrityCheck(QObject):
    """Runs SQLite's quick_check over every page (opening a big file reads only its header and
    schema); ``lost`` says the database stopped answering meanwhile."""

    lost = Signal(object)  # DatabaseUnavailable

    def __init__(self, catalog: Catalog, window: QWidget) -> None:
        super().__init__(window)
        self._catalog, self._window = catalog, window
        self.job: BackgroundJob | None = None
        self.show = messages.show_box  # tests replace it to read the answer

    def run(self) -> None:
        self.job = BackgroundJob(
            self._catalog,
            lambda catalog, _progress: catalog.integrity_problems(),
            _tr("Checking every page of the database file…"),
            self._window,
        )
        self.job.done.connect(self._report)
        self.job.failed.connect(lambda error: self._report([messages.said(error)]))
        self.job.lost.connect(self.lost)
        self.job.start()

    def _report(self, problems: list[str]) -> None:
        title = _tr("Database check")
        path = self._catalog.shown_path
        if not problems:
            text = fill(_tr("%1 is sound: every page was read and checked."), path)
            self.show(self._window, QMessageBox.Icon.Information, title, text)
            return
        text = fill(
            _tr("%1 is damaged: %2\n\nRebuild it with “cqdesk build”, or copy it again."),
            path,
            "; ".join(problems),
        )
        self.show(self._window, QMessageBox.Icon.Warning, title, text)
