"""Drives one real cqdesk window (offscreen) through the benchmark's interactions; prints JSON.

Run by ``bench.run`` in a process of its own per database, so start-up and peak memory are the
window's own. ``python -m bench.probe startup DB`` runs the real ``cqdesk`` command on DB and prints the
wall-clock time of the first paint of its facts table (and of the charts' loading);
``python -m bench.probe bare`` the first paint of a bare PySide6 window;
``python -m bench.probe interact DB --runs N`` times every interaction N times.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
STARTED = time.time()  # before Qt is imported: start-up includes the imports

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    QThread,
    QTimer,
)
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QMainWindow,
    QProgressBar,
    QTableView,
    QWidget,
)

TIMEOUT = 120.0  # seconds any one interaction may take before the probe gives up on it
TYPED = "Chongqing rural"
KEY_INTERVAL = 0.08  # seconds between keystrokes: a quick typist


class FirstPaint(QObject):
    """Notes the wall-clock time of a widget's first paint."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.time()
        return False


def _pump_until(done, timeout: float = TIMEOUT) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not settle")
        QThread.msleep(1)


def _pending(window) -> set[str]:
    # A window that queries off the GUI thread says what it still waits for; one that queries
    # on it has nothing pending once the call returns.
    return set(window.pending_work()) if hasattr(window, "pending_work") else set()


def settle(window, complete: bool = True) -> None:
    """Process events until the window shows the result (and, if ``complete``, all of it)."""

    def done() -> bool:
        pending = _pending(window)
        if complete and pending or "page" in pending:
            return False
        window.fact_table.viewport().repaint()  # paints the visible rows: fetches their data
        QCoreApplication.processEvents()
        pending = _pending(window)
        return not (complete and pending or "page" in pending)

    _pump_until(done)


def make_window(path: str):
    """The main window on ``path`` as ``cqdesk`` starts it, with private settings."""
    from cqdesk.settings import Settings
    from cqdesk.ui.window.main_window import MainWindow

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="cqb-")
    )
    try:
        from cqdesk.store.catalog import Catalog  # the seam, once it exists
    except ImportError:
        Catalog = None
    if Catalog is not None and hasattr(Catalog, "open"):
        source = Catalog.open(path)
    else:
        from cqdesk.store import open_database

        source = open_database(path)
    window = MainWindow(source, Settings())
    window.resize(1366, 768)
    return window


def bare_startup() -> dict:
    """Wall-clock times of process start and of a bare PySide6 table's first paint."""
    app = QApplication([])
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(1366, 768)
    painted = FirstPaint(table.viewport())
    window.show()
    _pump_until(lambda: painted.at is not None)
    app.processEvents()
    return {"started": STARTED, "painted": painted.at, "charts": None}


class StartWatch(QObject):
    """Watches a real ``cqdesk`` start: the facts table's first paint, then the charts' loading;
    prints both (as ``bare_startup`` does) and ends the process.

    It watches the table's viewport alone, as ``bare_startup`` watches its table's: a filter on
    the whole application would run Python for every event of the window's construction (about
    20 ms of a start, which the bare window's measurement does not pay)."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._painted: float | None = None
        viewport.installEventFilter(self)
        self._poll = QTimer(self)
        self._poll.setInterval(1)
        self._poll.timeout.connect(self._check_charts)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if self._painted is None and event.type() == QEvent.Type.Paint:
            self._painted = time.time()
            watched.removeEventFilter(self)
            self._poll.start()
        return False

    def _check_charts(self) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "charts")]
        if windows and windows[0].charts.pane is not None:
            result = {"started": STARTED, "painted": self._painted, "charts": time.time()}
            print(json.dumps(result))
            sys.stdout.flush()
            os._exit(0)


def startup(path: str) -> dict:
    """Runs the ``cqdesk`` command on ``path`` as a person starts it (its own settings in a
    fresh folder, English) and ends the process once the charts have loaded (see StartWatch)."""
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="cqb-config-")
    from cqdesk.cli import main as cqdesk_main
    from cqdesk.ui.panes.fact_table import FactTable

    made = FactTable.__init__

    def watched(table: FactTable, *args, **kwargs) -> None:
        made(table, *args, **kwargs)
        table._start_watch = StartWatch(table.viewport())  # lives as long as the table

    FactTable.__init__ = watched
    sys.argv = ["cqdesk", "--db", path, "--lang", "en"]
    cqdesk_main()
    raise SystemExit("cqdesk ended before its window was painted")


class Timer:
    """Collects the milliseconds of each named interaction: until its result is shown (the
    first page painted, the count perhaps still on its way) and until all of it is done."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self.done: dict[str, list[float]] = {}

    def time(self, name: str, window, action) -> None:
        start = time.perf_counter()
        action()
        settle(window, complete=False)
        shown = time.perf_counter()
        settle(window, complete=True)
        done = time.perf_counter()
        self.times.setdefault(name, []).append((shown - start) * 1000)
        self.done.setdefault(name, []).append((done - start) * 1000)


def _tree_index(tree, item_id: str):
    return tree._find(item_id)


def _choose(tree, index) -> None:
    tree.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _search(window, text: str) -> None:
    window.search_box.setText(text)
    window.browser.set_search(text)  # what the box sends when typing pauses


def _reset(window) -> None:
    window.clear_filters()
    window.fact_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    settle(window)


def _typing(window, timer: Timer) -> None:
    """Keystrokes at a typist's pace; each one's delay until the box shows it."""
    box = window.search_box
    box.setFocus()
    box.clear()
    settle(window)
    shown: list[float] = []
    box.textEdited.connect(lambda _text: shown.append(time.perf_counter()))
    start = time.perf_counter()
    for n, char in enumerate(TYPED):
        due = start + n * KEY_INTERVAL
        _pump_until(lambda due=due: time.perf_counter() >= due)
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(
                box, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
        _pump_until(lambda n=n: len(shown) > n)
        timer.times.setdefault("typing: keystroke to the box", []).append((shown[n] - due) * 1000)
    # The box sends its text when typing pauses: wait for that search to be shown.
    _pump_until(lambda: window.browser.query.search == TYPED)
    settle(window)


def _progress_shown(window) -> bool:
    return any(bar.isVisible() for bar in window.findChildren(QProgressBar))


def _copied(clipboard) -> bool:
    mime = clipboard.mimeData()
    return mime is not None and mime.hasText()


def _copy(window, timer: Timer, rows: int) -> None:
    """Ctrl+C on the selection: until the clipboard holds it or a progress bar shows, and done."""
    clipboard = QApplication.clipboard()
    clipboard.clear()
    settle(window)
    start = time.perf_counter()
    window.actions_.copy.trigger()
    _pump_until(lambda: _copied(clipboard) or _progress_shown(window))
    first = time.perf_counter()
    _pump_until(lambda: _copied(clipboard))
    done = time.perf_counter()
    timer.times.setdefault(f"copy {rows:,} rows: clipboard or progress", []).append(
        (first - start) * 1000
    )
    timer.times.setdefault(f"copy {rows:,} rows: on the clipboard", []).append(
        (done - start) * 1000
    )
    settle(window)


def _export(window, fmt: str, target: str) -> None:
    window.exporter.choose = lambda *_args: target
    window.exporter.export(fmt)


def interact(path: str, runs: int, big_search: str, view_search: str) -> dict:
    """Every interaction of the issue, ``runs`` times each, in milliseconds."""
    from cqdesk.ui.window.app import prepare_process

    prepare_process()  # as cqdesk starts: before any thread (peak memory depends on it)
    app = QApplication([])
    window = make_window(path)
    window.start()
    settle(window)
    _pump_until(lambda: window.charts.pane is not None, timeout=60)
    settle(window)
    timer = Timer()
    categories, places = window.category_pane, window.place_pane.tree
    # Looked up afresh before each use (outside the timing): a tree's counts changing may
    # re-lay out its filter proxy, and a plain index from before would point at nothing.
    table = window.fact_table
    columns = table.model_.columnCount()
    for run in range(runs):
        _reset(window)
        rural = _tree_index(categories, "rural-ecommerce")
        timer.time("choose a category", window, lambda i=rural: _choose(categories, i))
        _reset(window)
        everywhere = _tree_index(places, "chongqing")
        timer.time("choose the municipality", window, lambda i=everywhere: _choose(places, i))
        _reset(window)
        banan = _tree_index(places, "banan")
        timer.time("choose a district", window, lambda i=banan: _choose(places, i))
        _reset(window)
        timer.time(f"search '{big_search}' (many)", window, lambda: _search(window, big_search))
        _reset(window)
        timer.time("search 'xylophone' (none)", window, lambda: _search(window, "xylophone"))
        _reset(window)
        _choose(places, _tree_index(places, "banan"))
        settle(window)
        timer.time("district + search", window, lambda: _search(window, big_search))
        timer.time("clear all filters", window, window.clear_filters)
        _reset(window)
        table.selectRow(3 + run)
        settle(window)
        order = Qt.SortOrder.DescendingOrder if run % 2 else Qt.SortOrder.AscendingOrder
        for column in range(columns):
            name = table.model_.headerData(column, Qt.Orientation.Horizontal)
            timer.time(
                f"sort by {name} (fact selected)",
                window,
                lambda c=column, o=order: table.sortByColumn(c, o),
            )
        _reset(window)
        timer.time("select a fact", window, lambda r=run: table.selectRow(10 + 7 * r))
        for column, label in ((-1, "report order"), (1, "value"), (0, "label")):
            table.sortByColumn(column, order)
            table.scrollToTop()
            settle(window)
            timer.time(f"scroll to the last row ({label})", window, table.scrollToBottom)
    _reset(window)
    _typing(window, timer)
    _reset(window)
    model = table.model_
    rows = min(100_000, model.rowCount())
    selection = QItemSelection(model.index(0, 0), model.index(rows - 1, columns - 1))
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    timer.time(
        f"select {rows:,} rows", window, lambda: table.selectionModel().select(selection, flags)
    )
    clipboard = QApplication.clipboard()
    for _run in range(max(1, runs // 2)):
        _copy(window, timer, rows)
    _reset(window)
    _search(window, view_search)
    settle(window)
    view_rows = model.rowCount()
    folder = tempfile.mkdtemp(prefix="cqb-export-")
    for _run in range(max(1, runs // 2)):
        for fmt in ("csv", "json"):
            timer.time(
                f"export {view_rows:,} rows as {fmt.upper()}",
                window,
                lambda fmt=fmt: _export(window, fmt, os.path.join(folder, f"view.{fmt}")),
            )
    clipboard.clear()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    app.processEvents()
    return {"times": timer.times, "done": timer.done, "peak_mb": peak}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("startup", "bare", "interact"))
    parser.add_argument("db", nargs="?")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big-search", default="rural")
    parser.add_argument("--view-search", default="cross-border")
    args = parser.parse_args(argv)
    if args.what == "interact":
        result = interact(args.db, args.runs, args.big_search, args.view_search)
    elif args.what == "bare":
        result = bare_startup()
    else:
        result = startup(args.db)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: nothing more to measure, and it is slow on a big model


if __name__ == "__main__":
    sys.exit(main())
