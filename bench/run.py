"""Benchmarks the real window (offscreen) on the bundled and a million-fact database, side by side.

Usage: python -m bench.run [--big /tmp/big.db] [--facts 1000000] [--runs 5]

Makes the large database with ``bench.generate`` when ``--big`` does not exist yet. Every
measurement runs in a fresh process (``bench.probe``): start-up to the first painted facts
table (and a bare PySide6 window's, in the same run), each interaction of issue 9 as median and
maximum in milliseconds, keystroke delays while typing, and peak memory. Compare the columns of
one run, not numbers across machines. Benchmarks are not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _probe(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "bench.probe", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if result.returncode != 0:
        raise SystemExit(f"bench.probe {' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def startup_times(db: Path | None, runs: int) -> dict[str, list[float]]:
    """Milliseconds from launching the process to the first paint (and to the charts)."""
    painted, charts = [], []
    for _ in range(runs):
        launched = time.time()
        found = _probe("bare") if db is None else _probe("startup", str(db))
        painted.append((found["painted"] - launched) * 1000)
        if found["charts"] is not None:
            charts.append((found["charts"] - launched) * 1000)
    times = {"start-up to first painted table": painted}
    if charts:
        times["start-up to charts loaded"] = charts
    return times


def _cell(values: list[float] | None) -> str:
    if not values:
        return "—"
    return f"{statistics.median(values):,.0f} / {max(values):,.0f}"


def _ratio(big: list[float] | None, small: list[float] | None) -> str:
    if not big or not small or statistics.median(small) == 0:
        return "—"
    return f"{statistics.median(big) / statistics.median(small):.1f}×"


def _same_kind(name: str, names: dict[str, list[float]]) -> list[float] | None:
    # "copy 72 rows" on the bundled database stands beside "copy 100,000 rows" on the large one.
    if name in names:
        return names[name]
    head = name.split(" ")[0]
    tail = name.split(" rows", 1)[-1]
    for other, values in names.items():
        if other.split(" ")[0] == head and other.split(" rows", 1)[-1] == tail:
            return values
    return None


def table(bare: dict, small: dict, big: dict, big_facts: int) -> str:
    """The Markdown table: each measurement, bundled beside large, with their ratio."""
    lines = [
        f"| measurement (ms, median / max) | bare window | bundled (72 facts) | {big_facts:,} facts | large ÷ bundled | large, count and position too |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, values in big["times"].items():
        bundled = _same_kind(name, small["times"])
        bare_cell = _cell(bare.get(name))
        done = _cell(big.get("done", {}).get(name))
        lines.append(
            f"| {name} | {bare_cell} | {_cell(bundled)} | {_cell(values)} | "
            f"{_ratio(values, bundled)} | {done} |"
        )
    lines.append(
        f"| peak memory (MB) | — | {small['peak_mb']:,.0f} | {big['peak_mb']:,.0f} | "
        f"{big['peak_mb'] / small['peak_mb']:.1f}× |"
    )
    start = "start-up to first painted table"
    bare_start = statistics.median(bare[start])
    for label, found in (("bundled", small), ("large", big)):
        ratio = statistics.median(found["times"][start]) / bare_start
        lines.append(f"\nStart-up, {label} database ÷ bare window: {ratio:.1f}×")
    return "\n".join(lines)


def measure(db: Path, runs: int, startups: int) -> dict:
    """Start-up and interaction times of the window on ``db``, and its peak memory."""
    found = _probe("interact", str(db), "--runs", str(runs))
    times = startup_times(db, startups)
    times.update(found["times"])
    return {"times": times, "done": found.get("done", {}), "peak_mb": found["peak_mb"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, default=Path("/tmp/cqdesk-bench-1m.db"))
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=REPO / "data.db")
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each interaction")
    parser.add_argument("--startups", type=int, default=5, help="start-ups of each window")
    args = parser.parse_args(argv)
    if not args.big.exists():
        from bench.generate import generate

        print(f"generating {args.big} ({args.facts:,} facts)…", file=sys.stderr)
        generate(args.facts, args.big)
    facts = _fact_count(args.big)
    print(f"{platform.node()}: {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
          file=sys.stderr)  # fmt: skip
    bare = startup_times(None, args.startups)
    small = measure(args.db, args.runs, args.startups)
    big = measure(args.big, args.runs, args.startups)
    print(table(bare, small, big, facts))
    return 0


def _fact_count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT COUNT(*) FROM facts").fetchone()[0]


if __name__ == "__main__":
    sys.exit(main())
