"""Long jobs (big copies and exports) on a thread of their own, with a progress bar and Cancel.

A job is ``work(catalog, progress)`` over a read-only catalog of its own; ``progress(done,
total)`` moves the bar and raises ``Cancelled`` once the person pressed Cancel (which also
stops the read running then). The answer, or the failure, comes back on the GUI thread.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cqdesk import native_memory
from cqdesk.store import Catalog, DatabaseUnavailable, Interrupted, StoreError

Progress = Callable[[int, int], None]
Work = Callable[[Catalog, Progress], Any]


class Cancelled(Exception):
    """The person cancelled the job."""


# The bar moves at most this often (and at the end): each move repaints the dialog on the GUI
# thread, and a move for every chunk of a big export (every few milliseconds) kept that thread
# busy, and off the job's share of Python, for a tenth of the export's time.
PROGRESS_INTERVAL = 0.1


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # the answer
    failed = Signal(object)  # the StoreError or OSError
    crashed = Signal(object)  # any other exception: a bug, reported on the GUI thread
    cancelled = Signal()

    def __init__(self, catalog: Catalog, work: Work) -> None:
        super().__init__()
        self.catalog, self.work = catalog, work
        self.stop = False  # set by the GUI thread
        self._moved = -PROGRESS_INTERVAL  # when the bar last moved (time.monotonic)

    def _progress(self, done: int, total: int) -> None:
        if self.stop:
            raise Cancelled
        now = time.monotonic()
        if now - self._moved >= PROGRESS_INTERVAL or done >= total:
            self._moved = now
            self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            answer = self.work(self.catalog, self._progress)
        except (Cancelled, Interrupted):
            self.cancelled.emit()
        except (StoreError, OSError) as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug: it must end the job, not leave its dialog up
            self.crashed.emit(exc)
        else:
            self.finished.emit(answer)
        finally:
            self.catalog.close()


class BackgroundJob(QObject):
    """One job with its progress dialog; ``done``/``failed``/``cancelled`` say how it ended.

    ``failed`` carries the error (a StoreError, or an OSError such as a WriteError); when the
    database stopped answering, ``lost`` carries it too, for the window's Reopen bar.
    """

    done = Signal(object)
    failed = Signal(object)
    lost = Signal(object)  # DatabaseUnavailable
    cancelled = Signal()

    def __init__(self, catalog: Catalog, work: Work, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(catalog.reader(), work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self.dialog = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle("cqdesk")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)  # the bar shows at once, not after Qt's 4 s
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        # Bound methods of this GUI-thread object: the runner's signals are queued to it (a
        # lambda would run on the runner's thread).
        self._runner.progressed.connect(self._progressed)
        self._runner.finished.connect(self._finished)
        self._runner.failed.connect(self._failed)
        self._runner.crashed.connect(self._crashed)
        self._runner.cancelled.connect(self._cancelled)

    def start(self) -> None:
        self.dialog.show()
        # The job's thread shares an arena of the C heap with the others rather than keeping
        # one of its own full of freed rows (see native_memory).
        native_memory.share_arenas()
        self._thread.start()

    def cancel(self) -> None:
        """Stop the job: at its next step, or now if it is reading."""
        self._runner.stop = True
        self._runner.catalog.interrupt()

    def running(self) -> bool:
        return self._thread.isRunning()

    @Slot(object)
    def _finished(self, answer: object) -> None:
        self._end(self.done, answer)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._end(self.failed, error)
        if isinstance(error, DatabaseUnavailable):
            self.lost.emit(error)

    @Slot(object)
    def _crashed(self, error: Exception) -> None:
        # The dialog closes and the job ends, neither done nor failed nor cancelled; the error
        # goes to the window's hook, which logs it and says so, as for a bug on the GUI thread.
        self._end(None)
        sys.excepthook(type(error), error, error.__traceback__)

    @Slot()
    def _cancelled(self) -> None:
        self._end(self.cancelled)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _end(self, signal, *answer) -> None:
        self._thread.quit()
        self._thread.wait()
        native_memory.give_back()  # the pages the job's rows and text were freed from
        self.dialog.reset()
        self.dialog.hide()
        if signal is not None:
            signal.emit(*answer)
        self.deleteLater()


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)
