"""A long session for the memory check: thousands of interactions, resident memory at both ends.

Run by tests/test_long_session.py in a fresh process; alone: ``.venv/bin/python
tests/long_session.py data.db 3000``. Prints ``rss_start_kb``, ``rss_end_kb`` and the count.
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
    """One thing a person does; ``step`` walks through all of them in turn."""
    from PySide6.QtCore import QEvent, Qt

    kind = step % 8
    if kind == 0:
        window.search_box.setText(WORDS[step % len(WORDS)])
        window.search_box._timer.timeout.emit()
    elif kind == 1:
        tree = window.category_pane
        tree.setCurrentIndex(tree.model().index(step % max(1, tree.model().rowCount()), 0))
    elif kind == 2:
        tree = window.place_pane.tree
        tree.setCurrentIndex(tree.model().index(step % max(1, tree.model().rowCount()), 0))
    elif kind == 3:
        rows = window.fact_table.model_.rowCount()
        if rows:
            window.fact_table.selectRow(step % rows)
    elif kind == 4:
        window.actions_.copy.trigger()
        window.actions_.copy_citation.trigger()
    elif kind == 5:
        order = Qt.SortOrder.DescendingOrder if step % 16 > 8 else Qt.SortOrder.AscendingOrder
        window.fact_table.sortByColumn(step % 6, order)
    elif kind == 6:
        window.lower_tabs.setCurrentIndex(step % 2)
        window.place_pane.box.setText(WORDS[step % len(WORDS)][:3])
    else:
        window.actions_.clear_filters.trigger()
    if step % 25 == 0:  # a paint now and then, as a person pauses; not after every key
        app.processEvents()
        # What the event loop does between events: widgets replaced with deleteLater() go.
        # processEvents() alone leaves them, which would measure this script, not cqdesk.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
