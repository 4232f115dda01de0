"""The source view: the whole report with headings styled, every quote marked, the current one lit."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from cqdesk.store.records import FactRow, Span
from cqdesk.style.highlights import highlights
from cqdesk.text.offsets import TextOffsets
from cqdesk.text.source_spans import fact_at, own_span
from cqdesk.text.source_structure import BULLET, CAPTION, HEADING, source_lines

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


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


class ReportReader(Protocol):
    """Reads a report's text and spans, and which source a fact draws on (a store Catalog)."""

    def row(self, fact_id: str) -> FactRow | None: ...

    def source_text(self, source_id: str) -> str: ...

    def spans(self, source_id: str | None = None) -> list[Span]: ...


class SourceView(QTextEdit):
    """Read-only report text; a click on a marked span emits ``factClicked``.

    Given where to read the other reports (``set_reports``), it shows the one the current fact
    quotes, reading its text and spans when it is first needed.
    """

    factClicked = Signal(str)

    def __init__(self, text: str, spans: list[Span], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceView")
        self._name_for_readers()
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text, self._offsets = text, TextOffsets(text)
        self._reader: ReportReader | None = None
        self._shown_source: str | None = None
        self._spans = spans
        self._current: str | None = None
        self._pending_center: int | None = None  # a scroll asked for before the view had a size
        self._paint_text()

    def set_reports(self, reader: ReportReader, shown: str) -> None:
        """Where the texts of the other reports come from (read when one is first shown);
        ``shown`` is the id of the report on screen now."""
        self._reader, self._shown_source = reader, shown
        self._spans = [s for s in self._spans if s.source_id in (None, shown)]

    def shown_source(self) -> str | None:
        """The id of the report on screen (None until ``set_reports``)."""
        return self._shown_source

    def _show_source(self, source_id: str, text: str, spans: list[Span]) -> None:
        self._shown_source, self._text = source_id, text
        self._offsets = TextOffsets(self._text)
        self._spans = spans
        self._paint_text()

    def _span_elsewhere(self, fact_id: str) -> Span | None:
        """The fact's span in the report it quotes when that is not the one shown, which is
        then shown (its text and spans read now: one report's, not every report's)."""
        if self._reader is None:
            return None
        row = self._reader.row(fact_id)
        other = row.source_id if row is not None else None
        if not other or other == self._shown_source:
            return None
        spans = self._reader.spans(other)
        span = own_span(spans, fact_id)
        if span is not None:
            self._show_source(other, self._reader.source_text(other), spans)
        return span

    def _paint_text(self) -> None:
        """Set the text and its marks in the current palette's colours."""
        self._colours = highlights(self.palette())
        self.setPlainText(self._text)
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        self._style_lines(self._text)
        self._mark_spans()
        edit.endEditBlock()

    def _cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting code points ``start``..``end`` of the text."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _style_lines(self, text: str) -> None:
        styles = {
            HEADING: _format(bold=True, scale=2),
            CAPTION: _format(italic=True, foreground=self._colours.caption),
            BULLET: _format(italic=True),
        }
        for line in source_lines(text):
            if line.kind in styles:
                self._cursor(line.start, line.end).mergeCharFormat(styles[line.kind])

    def _mark_spans(self) -> None:
        colours = self._colours
        for span in self._spans:
            tint = colours.summary if span.role == "summary" else colours.quote
            self._cursor(span.start, span.end).mergeCharFormat(_format(background=tint))
            if span.value_start is not None:
                self._cursor(span.value_start, span.value_end).mergeCharFormat(_format(bold=True))

    def show_fact(self, fact_id: str | None) -> None:
        """Light the fact's span (its value strongest) and scroll to it; clear for none."""
        self._current = fact_id
        span = own_span(self._spans, fact_id) if fact_id else None
        if span is None and fact_id:
            span = self._span_elsewhere(fact_id)  # the fact quotes another report: show that one
        if span is None:
            self.setExtraSelections([])
            return
        colours = self._colours
        current = _format(background=colours.current, foreground=colours.text)
        marks = [(span.start, span.end, current)]
        if span.value_start is not None:
            value = _format(
                background=colours.value_background, foreground=colours.value_text, bold=True
            )
            marks.append((span.value_start, span.value_end, value))
        selections = []
        for start, end, fmt in marks:
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = self._cursor(start, end), fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        # The caret goes to the quote too: the keyboard and a screen reader go on from there.
        self.setTextCursor(self._cursor(span.start, span.start))
        self._center_on(span.start)

    def _center_on(self, position: int) -> None:
        if not self.isVisible():
            # Before the first show the text has no width to lay out in: scroll once shown.
            self._pending_center = position
            return
        self._pending_center = None
        cursor = self._cursor(position, position)
        top = self.cursorRect(cursor).top() + self.verticalScrollBar().value()
        self.verticalScrollBar().setValue(top - self.viewport().height() // 3)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending_center is not None:
            # After this event the layouts give the view its final size; scroll then.
            QTimer.singleShot(0, self._scroll_pending)

    def _scroll_pending(self) -> None:
        if self._pending_center is not None:
            self._center_on(self._pending_center)

    def _name_for_readers(self) -> None:
        # What a screen reader says of the source, in the language now loaded.
        self.setAccessibleName(QCoreApplication.translate("SourceView", "Source text"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "SourceView",
                "The whole report; every quoted figure is marked and the current fact's quote is "
                "lit. Enter on a marked quote makes its fact current.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_for_readers()
        super().changeEvent(event)
        if event.type() in _PALETTE_EVENTS:
            # The bands are tints of the palette's base colour: redraw them for the new one.
            scroll = self.verticalScrollBar().value()
            self._paint_text()
            self.show_fact(self._current)
            self.verticalScrollBar().setValue(scroll)

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
