"""Reads off the GUI thread: a worker with its own connection; the newest view's requests win.

``Queries`` answers a question at once when the catalog can within a small fixed budget of
work (every question on a small database, most on a large one); otherwise it hands it to a
``QueryWorker`` on a QThread with a read-only connection of its own, and delivers the answer
by a signal. A new view (``forget``) makes every earlier request stale: the running one is
stopped with ``interrupt()``, queued ones are dropped unread, late answers are ignored.

The counts beside the view (each tree's facets, the map's tiles) are asked by topic
(``ask_latest``): a newer question on a topic makes the older ones stale the same way, and
leaves the other topics' questions alone.

Every question but a page waits for the end of the turn of the event loop that asked it, and
then while a page of the view is on its way: on two cores, the counts and positions read
beside it would slow the rows the person is waiting for.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from cqdesk.models.fact_table_model import PENDING, Pending
from cqdesk.store import Catalog, DatabaseUnavailable, Interrupted, StoreError
from cqdesk.store.records import Anchor, FactPage, FactQuery, FactSort
from cqdesk.ui import messages

# About 5-15 ms of SQLite work on the GUI thread before a question goes to the worker.
INLINE_BUDGET = 2_000
# The same for the counts beside the table (trees, map), asked on every filter change: each
# costs at most 4 of these units on the bundled database (3 ms), and 150 to 1,100 at 20,000
# generated facts (15 to 170 ms).
COUNTS_BUDGET = 20
# Up to this many facts a search's FTS work stays within a few milliseconds. The budget cannot
# stop that work (FTS5 merges a prefix's lists of hits inside one step of SQLite's machine), so
# on a larger database every question with a search goes to the worker. Past this size the
# counts beside the table under any filter go there at once too: trying them on the GUI thread
# first only spent its budget (15 ms of each click at a million facts) before handing them on.
CHEAP_SEARCH_FACTS = 50_000
# The lane of each topic's questions ("facets" for the others): the chart pane's few bars are
# checked in milliseconds and need not wait behind a tree's counts (seconds at a million facts).
TOPIC_LANES = {"chart bars": "charts"}


@dataclass(eq=False)
class Request:
    """One question for the worker: ``work(catalog)`` and where its answer goes."""

    generation: int  # the view it belongs to; -1 for a question asked by topic
    kind: str  # "count", "page", "position", or the topic ("category facets", "map counts")
    work: Callable[[Catalog], Any] = field(repr=False)
    deliver: Callable[[Any], None] = field(repr=False)
    serial: int = 0  # for a topic's question: stale once the topic has a newer serial

    @property
    def topical(self) -> bool:
        return self.generation < 0


def _lane(request: Request) -> str:
    """The lane that answers ``request``: pages, the view's counts and positions, or a topic's."""
    if request.topical:
        return TOPIC_LANES.get(request.kind, "facets")
    return "page" if request.kind == "page" else "slow"


class QueryWorker(QObject):
    """Runs requests in order on its own catalog; skips and stops the stale ones."""

    answered = Signal(object, object)  # Request, answer
    dropped = Signal(object)  # Request: stale, interrupted, or failed (with the failure said)
    failed = Signal(object, object)  # Request, the StoreError

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog
        # Written by the GUI thread, read here: the newest generation, each topic's newest
        # serial, and whether the worker is being stopped.
        self.current = 0
        self.latest: dict[str, int] = {}
        self.stopping = False
        self.running: Request | None = None  # read by the GUI thread, to stop a stale one

    def stale(self, request: Request) -> bool:
        if self.stopping:
            return True
        if request.topical:
            return self.latest.get(request.kind, request.serial) != request.serial
        return request.generation < self.current

    @Slot(object)
    def run(self, request: Request) -> None:
        self.running = request
        try:
            self._run(request)
        finally:
            self.running = None

    def _run(self, request: Request) -> None:
        while not self.stale(request):
            try:
                answer = request.work(self.catalog)
            except Interrupted:
                # Stopped for a newer question: dropped. An interrupt meant for another topic's
                # question that had just finished reaches this one instead: it runs again.
                continue
            except StoreError as exc:
                self.failed.emit(request, exc)
                return
            self.answered.emit(request, answer)
            return
        self.dropped.emit(request)


class Queries(QObject):
    """The window's ViewSource: answers at once within a budget, else from the worker."""

    submitted_page = Signal(object)  # Request, to the page lane's thread
    submitted_slow = Signal(object)  # Request, to the lane of counts and positions
    submitted_facets = Signal(object)  # Request, to the lane of the counts asked by topic
    submitted_charts = Signal(object)  # Request, to the lane of the chart pane's bars
    busyChanged = Signal(bool)
    message = Signal(str)  # a read failed: what to tell the person
    lost = Signal(object)  # DatabaseUnavailable: the file changed or went (the Reopen bar)

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.inline_budget: int | None = INLINE_BUDGET
        self._facts: int | None = None  # the database's size, read when first needed
        self.generation = 0
        self._serials = itertools.count(1)
        self._latest: dict[str, int] = {}  # each topic's newest serial
        self._outstanding: dict[Request, None] = {}
        # Questions but pages wait for the end of this turn of the event loop (the view's page
        # is asked in the same turn as its count and the counts beside it), then for the page.
        self._parked: list[Request] = []
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(0)
        self._release.timeout.connect(self._send_parked)
        # Two lanes, each a worker with its own connection: a page never waits behind a count
        # or a position (which may take a second at a million facts).
        self._workers: dict[str, QueryWorker] = {}
        self._threads: dict[str, QThread] = {}
        self._submitted = {
            "page": self.submitted_page,
            "slow": self.submitted_slow,
            "facets": self.submitted_facets,
            "charts": self.submitted_charts,
        }

    # The worker starts with the first question that needs it, and stops with the app.

    def _start_worker(self, lane: str) -> QueryWorker:
        if lane not in self._workers:
            thread = QThread()
            thread.setObjectName(f"cqdesk-{lane}")
            worker = QueryWorker(self.catalog.reader())
            worker.current = self.generation
            worker.latest = self._latest  # the same dict: a newer serial is seen at once
            worker.moveToThread(thread)
            self._submitted[lane].connect(worker.run)
            worker.answered.connect(self._answered)
            worker.dropped.connect(self._finished)
            worker.failed.connect(self._failed)
            if not self._workers:
                app = QCoreApplication.instance()
                if app is not None:
                    app.aboutToQuit.connect(self.stop)
            self._workers[lane], self._threads[lane] = worker, thread
            thread.start()
        return self._workers[lane]

    def stop(self) -> None:
        """Stop the running reads and the workers' threads (the window is closing)."""
        self.generation += 1
        for lane, worker in self._workers.items():
            worker.current = self.generation
            worker.stopping = True
            worker.catalog.interrupt()
            self._threads[lane].quit()
            self._threads[lane].wait()
            worker.catalog.close()
        self._workers.clear()
        self._threads.clear()
        self._outstanding.clear()
        self._parked.clear()
        self._release.stop()
        self.busyChanged.emit(False)

    def forget(self) -> None:
        """Every question asked so far is stale: stop the running one, drop the rest."""
        self.generation += 1
        for lane, worker in self._workers.items():
            if lane in ("facets", "charts"):
                continue  # the questions asked by topic follow the query themselves (ask_latest)
            worker.current = self.generation
            if self._outstanding:
                worker.catalog.interrupt()
        self._outstanding = {r: None for r in self._outstanding if r.generation < 0}
        self.busyChanged.emit(False)

    def pending_kinds(self) -> set[str]:
        """The kinds of question still on their way ("page", "count", "position", or a topic)."""
        return {request.kind for request in self._outstanding}

    def ask(self, kind: str, work: Callable[[Catalog], Any], deliver: Callable[[Any], None]):
        """``work(catalog)`` now if it fits the budget, else later through ``deliver``."""
        if self.inline_budget is not None:  # None: everything on the worker (tests use it)
            try:
                with self.catalog.budget(self.inline_budget):
                    return work(self.catalog)
            except Interrupted:
                pass
        self.submit(kind, work, deliver)
        return PENDING

    def ask_latest(
        self,
        topic: str,
        work: Callable[[Catalog], Any],
        deliver: Callable[[Any], None],
        at_once: bool = True,
        about: FactQuery | None = None,
    ):
        """Like ``ask``, for a question on ``topic`` (the trees' counts, the map's): every
        earlier question on the topic is stale from now on (the one running is stopped), those
        on other topics and the view's are not. ``at_once`` False: straight to the worker, as
        is a question ``about`` a filtered view of a large database (see CHEAP_SEARCH_FACTS;
        without a filter the build's stored counts answer at once)."""
        serial = next(self._serials)
        self._latest[topic] = serial
        self._stop_stale(topic)
        at_once = at_once and (about is None or not about.active() or self._small())
        if at_once and self.inline_budget is not None:  # None: everything on the worker
            try:
                with self.catalog.budget(COUNTS_BUDGET):
                    return work(self.catalog)
            except Interrupted:
                pass
        self.submit(topic, work, deliver, serial=serial)
        return PENDING

    def _stop_stale(self, topic: str) -> None:
        was_busy = bool(self._outstanding)
        self._outstanding = {
            r: None for r in self._outstanding if not (r.topical and r.kind == topic)
        }
        self._parked = [r for r in self._parked if r.kind != topic]
        if was_busy and not self._outstanding:
            self.busyChanged.emit(False)
        worker = self._workers.get(TOPIC_LANES.get(topic, "facets"))
        running = worker.running if worker is not None else None
        if worker is not None and running is not None and running.kind == topic:
            worker.catalog.interrupt()  # a race with the next question is rerun by the worker

    def submit(
        self,
        kind: str,
        work: Callable[[Catalog], Any],
        deliver: Callable[[Any], None],
        serial: int | None = None,
    ):
        """``work`` on the worker; ``deliver`` gets its answer unless the view changes first
        (with a ``serial``: unless a newer question on the topic ``kind`` comes first)."""
        topical = serial is not None
        request = Request(-1 if topical else self.generation, kind, work, deliver, serial or 0)
        self._start_worker(_lane(request))
        was_busy = bool(self._outstanding)
        self._outstanding[request] = None
        if not was_busy:
            self.busyChanged.emit(True)
        if kind == "page":
            self._submitted["page"].emit(request)
        else:
            self._parked.append(request)
            self._release.start()
        return request

    def _page_coming(self) -> bool:
        return any(request.kind == "page" for request in self._outstanding)

    def _send_parked(self) -> None:
        """Send the waiting questions to their lanes, unless a page is on its way
        (``_finished`` sends them when it is here)."""
        if self._page_coming():
            return
        parked, self._parked = self._parked, []
        for request in parked:
            if request in self._outstanding:  # not made stale meanwhile
                self._submitted[_lane(request)].emit(request)

    def _fresh(self, request: Request) -> bool:
        if request not in self._outstanding:
            return False
        if request.topical:
            return self._latest.get(request.kind) == request.serial
        return request.generation == self.generation

    def _answered(self, request: Request, answer: Any) -> None:
        fresh = self._fresh(request)
        self._finished(request)
        if fresh:
            request.deliver(answer)

    def _failed(self, request: Request, error: StoreError) -> None:
        fresh = request in self._outstanding
        self._finished(request)
        if isinstance(error, DatabaseUnavailable):
            self.lost.emit(error)  # stale or not: the file is gone for every later read too
        elif fresh:
            self.message.emit(messages.said(error))

    def _finished(self, request: Request) -> None:
        if self._outstanding.pop(request, 1) is None and not self._outstanding:
            self.busyChanged.emit(False)
        if self._parked and not self._release.isActive():
            self._send_parked()

    # The ViewSource the facts table model reads through.

    def _inline(self, query: FactQuery) -> bool:
        """Whether questions about ``query`` may be tried on the GUI thread first: all but a
        search on a large database (see CHEAP_SEARCH_FACTS)."""
        return not query.search or self._small()

    def _small(self) -> bool:
        """Whether the database is small enough for any question to be tried at once."""
        if self._facts is None:
            self._facts = self.catalog.total()
        return self._facts <= CHEAP_SEARCH_FACTS

    def count(self, query: FactQuery, deliver: Callable[[int], None]) -> int | Pending:
        if not self._inline(query):
            self.submit("count", lambda catalog: catalog.count(query), deliver)
            return PENDING
        known = self.catalog.known_count(query)
        if known is not None:
            return known
        if query.search and not self.catalog.small_search(query):
            # A big search is counted in C inside FTS, where the budget's step counter barely
            # moves: straight to the worker.
            self.submit("count", lambda catalog: catalog.count(query), deliver)
            return PENDING
        return self.ask("count", lambda catalog: catalog.count(query), deliver)

    def page(
        self,
        query: FactQuery,
        sort: FactSort,
        offset: int,
        limit: int,
        total: int | None,
        anchor: Anchor | None,
        deliver: Callable[[FactPage], None],
    ) -> FactPage | Pending:
        def work(catalog: Catalog) -> FactPage:
            return catalog.page(query, sort, offset, limit, total, anchor)

        if not self._inline(query):
            self.submit("page", work, deliver)
            return PENDING
        return self.ask("page", work, deliver)

    def locate(
        self,
        query: FactQuery,
        sort: FactSort,
        fact_id: str,
        total: int | None,
        deliver: Callable[[int | None], None],
    ) -> int | None | Pending:
        def work(catalog: Catalog) -> int | None:
            return catalog.position(query, sort, fact_id, total)

        if not self._inline(query):
            self.submit("position", work, deliver)
            return PENDING
        return self.ask("position", work, deliver)

    # The chart pane's question.

    def matching(
        self, query: FactQuery, fact_ids: list[str], deliver: Callable[[set[str]], None]
    ) -> set[str] | Pending:
        """Which of ``fact_ids`` the view ``query`` holds (the chart pane greys the others)."""

        def work(catalog: Catalog) -> set[str]:
            return catalog.visible_among(query, fact_ids)

        # As for a count, a big search matches in C inside FTS, where the budget's step counter
        # barely moves (tens of milliseconds at a million facts): straight to the worker, as
        # is any search on a large database (sizing it would cost as much).
        at_once = self._inline(query) and (not query.search or self.catalog.small_search(query))
        return self.ask_latest("chart bars", work, deliver, at_once=at_once)
