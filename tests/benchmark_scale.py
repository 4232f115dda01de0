"""Measures the store, the facts table model and the window on data.db and on a copy N times larger.

Usage: python tests/benchmark_scale.py [--factor 1000] [--db data.db] [--runs 5]

The larger copy repeats every fact, place link, entity link and search row N times under new ids
(benchmark data only, written to a temporary folder, never shipped). Times are the best of a few
runs; compare the two columns of one run rather than absolute numbers across machines.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cqdesk.store import FactQuery, FactSort, open_database  # noqa: E402
from cqdesk.store.details import fact_detail  # noqa: E402
from cqdesk.store.facts import count_facts, fact_index, fact_rows
from cqdesk.store.trees import category_tree, place_tree  # noqa: E402

# Columns that must differ between copies; every other column is copied as it is.
RENAMED = {
    "id": "id || '-x' || n",
    "fact_id": "fact_id || '-x' || n",
    "position": "position + n * 1000000",
    "rowid": None,
}


def _copy_rows(connection: sqlite3.Connection, table: str) -> None:
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    selected = ", ".join(RENAMED.get(column) or column for column in columns)
    connection.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selected} FROM {table}, copies"
    )


def scaled_copy(source: Path, factor: int, folder: Path) -> Path:
    """A copy of ``source`` with every fact repeated ``factor`` times."""
    target = folder / f"x{factor}.db"
    shutil.copy(source, target)
    connection = sqlite3.connect(target)
    connection.execute("CREATE TEMP TABLE copies (n INTEGER)")
    connection.executemany("INSERT INTO copies VALUES (?)", [(n,) for n in range(1, factor)])
    for table in ("facts", "fact_places", "fact_entities", "search_index"):
        _copy_rows(connection, table)
    connection.execute("INSERT INTO search_index_fts(search_index_fts) VALUES ('rebuild')")
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    return target


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``work``, in milliseconds."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings)


def cases(db: sqlite3.Connection) -> dict[str, Callable[[], object]]:
    """The queries the window makes, by name."""
    everything, page = FactQuery(), 100
    return {
        "category tree with counts": lambda: category_tree(db),
        "place tree with counts": lambda: place_tree(db),
        "count all facts": lambda: count_facts(db, everything),
        "first page, report order": lambda: fact_rows(db, everything, FactSort(), 0, page),
        "first page, by value desc": lambda: fact_rows(
            db, everything, FactSort("value", True), 0, page
        ),
        "first page, by label": lambda: fact_rows(db, everything, FactSort("label"), 0, page),
        "deep page (offset 50,000)": lambda: fact_rows(db, everything, FactSort(), 50_000, page),
        "count place=banan": lambda: count_facts(db, FactQuery(place_id="banan")),
        "count search 'rural'": lambda: count_facts(db, FactQuery(search="rural")),
        "page search '巴南' by value": lambda: fact_rows(
            db, FactQuery(search="巴南"), FactSort("value"), 0, page
        ),
        "row of a fact (by label)": lambda: fact_index(
            db, everything, FactSort("label"), "online-retail-sales"
        ),
        "one fact's detail": lambda: fact_detail(db, "rural-online-retail-sales-2019"),
    }


def measure(path: Path, runs: int) -> dict[str, float]:
    """Timings of every case on the database at ``path``."""
    db = open_database(path)
    try:
        return {name: best_of(runs, work) for name, work in cases(db).items()}
    finally:
        db.close()


def model_cases(path: Path) -> dict[str, float]:
    """Timings (ms) of the facts table model as the window drives it: filter, sort, scroll."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from functools import partial

    from PySide6.QtCore import QCoreApplication

    from cqdesk.models.fact_table_model import FactTableModel
    from cqdesk.store import facts

    QCoreApplication.instance() or QCoreApplication([])
    db = open_database(path)
    model = FactTableModel(
        partial(facts.count_facts, db), partial(facts.fact_rows, db), partial(facts.fact_index, db)
    )

    def show_rows(first: int, count: int = 30) -> None:
        for row in range(first, min(first + count, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    def timed(work: Callable[[], object]) -> float:
        start = time.perf_counter()
        work()
        return (time.perf_counter() - start) * 1000

    results = {
        "model: all facts, first screen": timed(
            lambda: (model.set_query(FactQuery()), show_rows(0))
        ),
        "model: sort by value desc": timed(
            lambda: (model.set_sort(FactSort("value", True)), show_rows(0))
        ),
        "model: jump to the middle": timed(lambda: show_rows(model.rowCount() // 2)),
        "model: search 'rural' + place": timed(
            lambda: (model.set_query(FactQuery(place_id="chongqing", search="rural")), show_rows(0))
        ),
    }
    db.close()
    return results


WINDOW_SCRIPT = """
import os, resource, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
start = time.perf_counter()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from cqdesk.settings import Settings
from cqdesk.store import open_database
from cqdesk.ui.window.main_window import MainWindow
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = QApplication([])
window = MainWindow(Catalog.open(sys.argv[1]), Settings())
window.resize(1366, 768)
window.start()
app.processEvents()
window.grab()
shown = time.perf_counter() - start
print(f"{shown * 1000:.0f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""


def window_costs(path: Path, folder: Path) -> tuple[float, float]:
    """Milliseconds from start to the first painted window, and peak memory in MB."""
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT, str(path), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    shown, memory = result.stdout.split()
    return float(shown), float(memory)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=1000)
    parser.add_argument(
        "--db", type=Path, default=Path(__file__).resolve().parent.parent / "data.db"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        big = scaled_copy(args.db, args.factor, Path(folder))
        made = time.perf_counter() - start
        with sqlite3.connect(f"file:{big}?mode=ro", uri=True) as connection:
            facts = connection.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
        print(
            f"scaled copy: {facts:,} facts, {big.stat().st_size / 1e6:.1f} MB, made in {made:.1f} s"
        )
        small, large = measure(args.db, args.runs), measure(big, args.runs)
        small.update(model_cases(args.db))
        large.update(model_cases(big))
        for label, index in (("window: start to first paint", 0), ("window: peak memory (MB)", 1)):
            small[label] = window_costs(args.db, Path(folder))[index]
            large[label] = window_costs(big, Path(folder))[index]
        width = max(map(len, small))
        print(f"{'query':<{width}}  {'bundled ms':>10}  {f'x{args.factor} ms':>10}")
        for name in small:
            print(f"{name:<{width}}  {small[name]:>10.2f}  {large[name]:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
