"""The source view: the whole report with headings styled, every quote marked, the current one lit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from cqdesk.models.offsets import TextOffsets
from cqdesk.models.source_spans import fact_at, own_span
from cqdesk.models.source_structure import BULLET, CAPTION, HEADING, source_lines
from cqdesk.store.records import Span

SPAN_TINT = QColor(255, 214, 79, 70)
SUMMARY_TINT = QColor(120, 170, 255, 50)
CURRENT_TINT = QColor(255, 183, 77, 150)
VALUE_TINT = QColor(255, 143, 0)


def _format(**properties) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if "background" in properties:
        fmt.setBackground(properties["background"])
    if properties.get("bold"):
        fmt.setFontWeight(QFont.Weight.Bold)
    if properties.get("italic"):
        fmt.setFontItalic(True)
    if "scale" in properties:
        fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, properties["scale"])
    if "foreground" in properties:
        fmt.setForeground(properties["foreground"])
    return fmt


class SourceView(QTextEdit):
    """Read-only report text; a click on a marked span emits ``factClicked``."""

    factClicked = Signal(str)

    def __init__(self, text: str, spans: list[Span], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceView")
        self.setAccessibleName(QCoreApplication.translate("SourceView", "Source text"))
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setPlainText(text)
        self._offsets, self._spans = TextOffsets(text), spans
        self._style_lines(text)
        self._mark_spans()

    def _cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting code points ``start``..``end`` of the text."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _style_lines(self, text: str) -> None:
        styles = {
            HEADING: _format(bold=True, scale=2),
            CAPTION: _format(italic=True, foreground=self.palette().placeholderText()),
            BULLET: _format(italic=True),
        }
        for line in source_lines(text):
            if line.kind in styles:
                self._cursor(line.start, line.end).mergeCharFormat(styles[line.kind])

    def _mark_spans(self) -> None:
        for span in self._spans:
            tint = SUMMARY_TINT if span.role == "summary" else SPAN_TINT
            self._cursor(span.start, span.end).mergeCharFormat(_format(background=tint))
            if span.value_start is not None:
                self._cursor(span.value_start, span.value_end).mergeCharFormat(_format(bold=True))

    def show_fact(self, fact_id: str | None) -> None:
        """Light the fact's span (its value strongest) and scroll to it; clear for none."""
        span = own_span(self._spans, fact_id) if fact_id else None
        if span is None:
            self.setExtraSelections([])
            return
        marks = [(span.start, span.end, _format(background=CURRENT_TINT))]
        if span.value_start is not None:
            marks.append(
                (span.value_start, span.value_end, _format(background=VALUE_TINT, bold=True))
            )
        selections = []
        for start, end, fmt in marks:
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = self._cursor(start, end), fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self._center_on(span.start)

    def _center_on(self, position: int) -> None:
        cursor = self._cursor(position, position)
        top = self.cursorRect(cursor).top() + self.verticalScrollBar().value()
        self.verticalScrollBar().setValue(top - self.viewport().height() // 3)

    def fact_at_utf16(self, position: int) -> str | None:
        """The fact whose span holds UTF-16 document position ``position``."""
        return fact_at(self._spans, self._offsets.to_code_point(position))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return  # a drag selects text to copy; only a plain click chooses a fact
        fact_id = self.fact_at_utf16(self.cursorForPosition(event.position().toPoint()).position())
        if fact_id:
            self.factClicked.emit(fact_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter chooses the fact at the text cursor, the keyboard's way to click a span.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            fact_id = self.fact_at_utf16(self.textCursor().position())
            if fact_id:
                self.factClicked.emit(fact_id)
                return
        super().keyPressEvent(event)
