"""A long session for the memory check: thousands of interactions, resident memory at both ends.

Run by tests/test_long_session.py in a fresh process; alone: ``.venv/bin/python
tests/long_session.py data.db 10000``. Prints ``rss_start_kb``, ``rss_end_kb`` and the count.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

WORDS = ["online", "sales", "firms", "Banan", "巴南", "10.5", "yuan", "park", "%", "Acme", ""]


def rss_kb() -> int:
    """This process's resident memory, from the kernel."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def interact(window, app, step: int) -> None:
    """One thing a person does; ``step`` walks through all of them in turn. As in a real
    session, most steps read (select, copy, sort, switch tabs) and a few change the filters."""
    from PySide6.QtCore import QEvent, Qt

    # Of 32 steps, four change the filters (search, category, place finder, clear); 28 read.
    kind = step % 32 if step % 32 < 16 else 3 + step % 12
    table = window.fact_table
    if kind == 0:
        window.search_box.setText(WORDS[(step // 32) % len(WORDS)])
        window.search_box._timer.timeout.emit()
    elif kind == 1:
        tree = window.category_pane
        tree.setCurrentIndex(_nth(tree, step))
    elif kind == 2:
        window.place_pane.box.setText(WORDS[step % len(WORDS)][:3])
    elif kind in (3, 4, 5, 6, 9, 12):  # kinds 3 to 14: the reading steps
        rows = table.model_.rowCount()
        if rows:
            table.selectRow(step % rows)
    elif kind in (7, 10):
        window.actions_.copy.trigger()
        window.actions_.copy_citation.trigger()
    elif kind in (8, 13):
        order = Qt.SortOrder.DescendingOrder if step % 32 > 16 else Qt.SortOrder.AscendingOrder
        table.sortByColumn(step % 6, order)
    elif kind in (11, 14):
        window.lower_tabs.setCurrentIndex(step % window.lower_tabs.count())
    else:
        window.actions_.clear_filters.trigger()
    if step % 25 == 0:  # a paint now and then, as a person pauses; not after every key
        app.processEvents()
        # What the event loop does between events: widgets replaced with deleteLater() go.
        # processEvents() alone leaves them, which would measure this script, not cqdesk.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _nth(tree, step: int):
    """A row of the tree (top level or one below), a different one as ``step`` goes on."""
    model = tree.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    rows += [
        model.index(r, 0, parent) for parent in list(rows) for r in range(model.rowCount(parent))
    ]
    return rows[step % len(rows)]


def main(database: str, count: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cqdesk.store import Catalog
    from cqdesk.ui.window.app import release_clipboard
    from cqdesk.ui.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    db = Catalog.open(database)
    window = MainWindow(db)
    window.resize(1366, 768)
    window.show()
    window.charts.load()
    for step in range(200):  # warm up: caches, fonts and pages reach their working size
        interact(window, app, step)
    gc.collect()
    start = rss_kb()
    for step in range(count):
        interact(window, app, step)
    gc.collect()
    end = rss_kb()
    print(f"interactions {count}")
    print(f"rss_start_kb {start}")
    print(f"rss_end_kb {end}")
    window.close()
    release_clipboard(app)
    del window
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
