"""A visible focus ring around whichever widget of a window has the keyboard, in any style or palette."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from cqdesk.style.focus import FOCUS_WIDTH, focus_colours

_FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """Drawn over ``window`` (never taking a click) around the visible part of the focus widget.

    Styles differ in how (and whether) they show focus on item views, text panes and charts;
    one ring, 2 px in a colour that stands out 3:1, shows it the same way everywhere.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._watched: list[QObject] = []
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def target(self) -> QWidget | None:
        """The widget the ring is drawn around, or None."""
        return self._target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        host = self.parentWidget()
        if host is None:
            return
        self._unwatch()
        if new is None or new is self or new.window() is not host or new is host:
            self._target = None
            self.hide()
            return
        self._target = new
        self._watch(new, host)
        self.follow()

    def _watch(self, widget: QWidget, host: QWidget) -> None:
        """Follow the widget and its parents: a splitter moved or a pane resized moves the ring."""
        current: QWidget | None = widget
        while current is not None and current is not host:
            current.installEventFilter(self)
            self._watched.append(current)
            current = current.parentWidget()

    def _unwatch(self) -> None:
        for watched in self._watched:
            if isValid(watched):  # a closed dialog may have taken its widgets with it
                watched.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _FOLLOWED:
            self.follow()
        return False

    def ring_rect(self) -> QRect:
        """The ring's outer edge in the window: the visible part of the focus widget."""
        target, host = self._target, self.parentWidget()
        if target is None or host is None or not isValid(target) or not target.isVisible():
            return QRect()
        # Clipped by every parent: a chart taller than its scroll area shows only its visible part.
        rect = QRect(target.mapTo(host, target.rect().topLeft()), target.size())
        parent = target.parentWidget()
        while parent is not None and parent is not host:
            rect &= QRect(parent.mapTo(host, parent.rect().topLeft()), parent.size())
            parent = parent.parentWidget()
        return rect

    def follow(self) -> None:
        """Put the ring around the focus widget's visible part (hidden when nothing shows)."""
        rect = self.ring_rect()
        if rect.isEmpty():
            self.hide()
            return
        self.setGeometry(rect)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        colours = focus_colours(self.palette())
        painter = QPainter(self)
        inner = self.rect().adjusted(FOCUS_WIDTH, FOCUS_WIDTH, -FOCUS_WIDTH, -FOCUS_WIDTH)
        # The ring, then a 1 px edge in the page colour inside it, so the ring stands apart
        # from whatever the widget draws at its border (a selected row, a coloured bar).
        pen = QPen(colours.ring, FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.setPen(QPen(colours.edge, 1))
        painter.drawRect(inner.adjusted(0, 0, -1, -1))
        painter.end()
