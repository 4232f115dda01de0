"""The status bar's texts: counts and filters, the selection's statistics, a passing note; all elide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from cqdesk.text.formatting import literal_tooltip


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


NOTE_MS = 10000  # how long a note stays
_MIN_WIDTH = 60


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in “…” when narrower than its text.

    ``text()`` keeps the whole text, and the tooltip shows it when it is cut.
    """

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._details = ""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(min(_MIN_WIDTH, hint.width()), hint.height())

    def shown_text(self) -> str:
        """The text as it fits the label's width now."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def set_details(self, details: str) -> None:
        """A longer text the tooltip always shows (otherwise it shows the text when cut)."""
        self._details = details
        self._update_tip()

    def _update_tip(self) -> None:
        tip = self._details or (self.text() if self.is_elided() else "")
        self.setToolTip(literal_tooltip(tip))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._update_tip()

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self.contentsRect(), flags, self.shown_text())


class StatusLine(QObject):
    """Puts the counts label and the note label on ``bar``; a note clears itself after a while."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.counts = ElidedLabel("statusCounts")
        self.selection = ElidedLabel("statusSelection")
        self.note = ElidedLabel("statusNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.retranslate()
        self._timer = QTimer(self, singleShot=True, interval=NOTE_MS)
        self._timer.timeout.connect(self.note.clear)
        bar.addPermanentWidget(self.counts, 1)
        bar.addPermanentWidget(self.selection, 2)
        bar.addPermanentWidget(self.note, 1)
        self.show_selection("", "")

    def retranslate(self) -> None:
        """What a screen reader calls each label, in the language now loaded."""
        self.counts.setAccessibleName(_tr("Facts shown"))
        self.selection.setAccessibleName(
            QCoreApplication.translate("StatusLine", "Selection statistics")
        )
        self.note.setAccessibleName(_tr("Last note"))

    def show_counts(self, text: str) -> None:
        self.counts.setText(text)

    def show_selection(self, text: str, details: str) -> None:
        """The statistics of the selected rows (empty when fewer than two are selected)."""
        self.selection.setText(text)
        self.selection.set_details(details)
        self.selection.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        """A passing note beside the counts (e.g. which filters a click cleared)."""
        self.note.setText(text)
        self._timer.start()
        if text:
            # A screen reader does not watch the status bar: say the note (WCAG 4.1.3).
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.note, text))

    def show_lasting_note(self, text: str) -> None:
        """A note that stays until another replaces it (the database stopped answering)."""
        self._timer.stop()
        self.note.setText(text)

    def clear_note(self) -> None:
        self.note.clear()
        self._timer.stop()
