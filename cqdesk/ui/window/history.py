"""Back and forward through what the person looked at: the filters and the current fact together."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from cqdesk.store.records import FactQuery

MAX_ENTRIES = 200


@dataclass(frozen=True)
class Location:
    """One place in the history: a view (its filters) and the fact that was current in it."""

    query: FactQuery
    fact_id: str | None = None


class History:
    """A list of locations with a cursor, as a web browser keeps one; no Qt."""

    def __init__(self, start: Location) -> None:
        self.entries = [start]
        self.index = 0

    @property
    def current(self) -> Location:
        return self.entries[self.index]

    def push(self, location: Location) -> None:
        """Go to a new location: what lay ahead of the cursor is forgotten."""
        del self.entries[self.index + 1 :]
        self.entries.append(location)
        del self.entries[:-MAX_ENTRIES]
        self.index = len(self.entries) - 1

    def update(self, location: Location) -> None:
        """The current location changed in place (another row chosen, the search typed on)."""
        self.entries[self.index] = location

    def copy(self) -> History:
        """The same entries and cursor, to be moved on separately."""
        twin = History(self.entries[0])
        twin.entries, twin.index = list(self.entries), self.index
        return twin

    def can_go(self, step: int) -> bool:
        return 0 <= self.index + step < len(self.entries)

    def go(self, step: int) -> Location | None:
        """Move the cursor ``step`` entries (-1 back, 1 forward); None when there is nothing."""
        if not self.can_go(step):
            return None
        self.index += step
        return self.current


def _typing_on(before: FactQuery, after: FactQuery) -> bool:
    """Whether ``after`` only types on (or back) the search of ``before``: one history entry."""
    if replace(before, search=after.search) != after or before.search == after.search:
        return False
    shorter, longer = sorted((before.search, after.search), key=len)
    return bool(shorter) and longer.startswith(shorter)


class Navigator(QObject):
    """Records the browser's views and facts in a History and moves back and forward through it.

    A new filter is a new entry; choosing another row in the same view updates the entry; a
    jump (an input link, a quoted span, a chart bar) starts a new entry, so Back returns to the
    filters and the fact the jump left, even when it cleared filters to show its fact.
    """

    changed = Signal()  # whether back and forward are possible may have changed

    def __init__(self, browser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._browser = browser
        self.history = History(Location(browser.query, browser.current_fact))
        self._moving = False
        self._jumping = False
        browser.queryChanged.connect(self._query_changed)
        browser.currentFactChanged.connect(self._fact_changed)
        browser.jumpStarted.connect(self._jump_started)
        browser.revealRequested.connect(self._jump_done)

    def restart(self) -> None:
        """Forget everything before the present view (after the saved state is restored)."""
        self.history = History(self._here())
        self.changed.emit()

    def take_over(self, history: History) -> None:
        """Go on from another window's history (its view is now this one's)."""
        self.history = history.copy()
        self.history.update(self._here())
        self.changed.emit()

    def _here(self) -> Location:
        return Location(self._browser.query, self._browser.current_fact)

    def _query_changed(self, query: FactQuery) -> None:
        if self._moving:
            return
        if not self._jumping and _typing_on(self.history.current.query, query):
            self.history.update(self._here())
        else:
            self.history.push(self._here())
            self._jumping = False
        self.changed.emit()

    def _fact_changed(self, fact_id: str | None) -> None:
        if self._moving or self._browser.query != self.history.current.query:
            return  # a new view's table chose its row before the view's entry was made
        if self._jumping and fact_id is not None:
            self.history.push(self._here())
            self._jumping = False
        else:
            self.history.update(self._here())
        self.changed.emit()

    def _jump_started(self) -> None:
        if not self._moving:
            self._jumping = True

    def _jump_done(self, _fact_id: str) -> None:
        self._jumping = False  # the jump has landed (or had nowhere new to go)

    def can_go_back(self) -> bool:
        return self.history.can_go(-1)

    def can_go_forward(self) -> bool:
        return self.history.can_go(1)

    def go_back(self) -> None:
        self._move(-1)

    def go_forward(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        location = self.history.go(step)
        if location is None:
            return
        self._moving = True
        try:
            self._browser.set_query(location.query)
            if location.fact_id is not None:
                self._browser.reveal_fact(location.fact_id)
        finally:
            self._moving = False
        self.history.update(self._here())
        self.changed.emit()


class MouseNavigation(QObject):
    """The mouse's back and forward buttons, anywhere in ``window``, move through the history
    (once ``listen`` is called)."""

    def __init__(self, window: QWidget, navigator: Navigator) -> None:
        super().__init__(window)
        self._window, self._navigator = window, navigator
        self._listening = False

    def listen(self) -> None:
        """Watch every mouse press of the application from now on.

        Called after the window's first paint: a filter over the whole application hands
        every event of every object to Python, and PySide sets up each type it meets that
        way (some 40 ms of the first paint)."""
        if not self._listening:
            self._listening = True
            QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if event.button() == Qt.MouseButton.BackButton:
            self._navigator.go_back()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self._navigator.go_forward()
            return True
        return False
