"""Measures the store (and the facts table model) on data.db and on a copy made N times larger.

Usage: python benchmarks/scale.py [--factor 1000] [--db data.db]

The larger copy repeats every fact, place link, entity link and search row N times under new ids
(benchmark data only, written to a temporary folder, never shipped). Times are the best of a few
runs; compare the two columns of one run rather than absolute numbers across machines.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cqdesk.store import FactQuery, FactSort, open_database  # noqa: E402
from cqdesk.store.facts import count_facts, fact_detail, fact_index, fact_rows  # noqa: E402
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
        width = max(map(len, small))
        print(f"{'query':<{width}}  {'bundled ms':>10}  {f'x{args.factor} ms':>10}")
        for name in small:
            print(f"{name:<{width}}  {small[name]:>10.2f}  {large[name]:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
