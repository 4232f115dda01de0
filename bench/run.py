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


def _startup(db: Path | None) -> tuple[float, float | None]:
    """Milliseconds from launching the process to the first paint, and to the charts."""
    launched = time.time()
    found = _probe("bare") if db is None else _probe("startup", str(db))
    charts = found["charts"]
    return (found["painted"] - launched) * 1000, (
        (charts - launched) * 1000 if charts is not None else None
    )


def startup_times(dbs: list[Path | None], runs: int) -> list[dict[str, list[float]]]:
    """Each window's start-ups (None: the bare window), taken in turn so that a change in the
    machine's load falls on all of them alike."""
    found: list[dict[str, list[float]]] = [{} for _ in dbs]
    for _ in range(runs):
        for times, db in zip(found, dbs, strict=True):
            painted, charts = _startup(db)
            times.setdefault("start-up to first painted table", []).append(painted)
            if charts is not None:
                times.setdefault("start-up to charts loaded", []).append(charts)
    return found


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


def table(bare: dict, small: dict, big: dict, big_facts: int, small_facts: int) -> str:
    """The Markdown table: each measurement, bundled beside large, with their ratio."""
    lines = [
        f"| measurement (ms, median / max) | bare window | bundled ({small_facts:,} facts) | {big_facts:,} facts | large ÷ bundled | large, count and position too |",
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


def _median(values: list[float] | None) -> float | None:
    return statistics.median(values) if values else None


def _verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("yes" if ok else "no")


def _is_interaction(name: str) -> bool:
    # The interactions: not start-up, typing, the big selection, copies and exports.
    selection = name.startswith("select ") and name.endswith(" rows")
    return not selection and not name.startswith(("start-up", "typing", "copy ", "export "))


def targets(bare: dict, small: dict, big: dict) -> str:
    """Issue 9's targets against this run: what was measured, and whether each is met."""
    start = "start-up to first painted table"
    bare_start = statistics.median(bare[start])
    lines = ["| target | measured | met |", "| --- | --- | --- |"]
    for label, found, bound in (("bundled", small, 1.5), ("large", big, 2.0)):
        ratio = statistics.median(found["times"][start]) / bare_start
        lines.append(
            f"| start-up ≤ {bound}× bare, {label} db | "
            f"{statistics.median(found['times'][start]):,.0f} ÷ {bare_start:,.0f} ms = "
            f"{ratio:.2f}× | {_verdict(ratio <= bound)} |"
        )
    slow, far = [], []
    interactions = [name for name in big["times"] if _is_interaction(name)]
    for name in interactions:
        large, bundled = _median(big["times"][name]), _median(_same_kind(name, small["times"]))
        if large is not None and large >= 100:
            slow.append(f"{name} {large:,.0f} ms")
        if large is not None and bundled and large / bundled > 3:
            far.append(f"{name} {large / bundled:.1f}×")
    count = len(interactions)
    lines.append(
        f"| each interaction < 100 ms median at the large db | "
        f"{count - len(slow)} of {count}{': not ' + '; '.join(slow) if slow else ''} | "
        f"{_verdict(not slow)} |"
    )
    lines.append(
        f"| each interaction ≤ 3× the bundled db | "
        f"{count - len(far)} of {count}{': not ' + '; '.join(far) if far else ''} | "
        f"{_verdict(not far)} |"
    )
    typed = big["times"].get("typing: keystroke to the box")
    lines.append(
        f"| no keystroke waits > 50 ms | max {max(typed):,.0f} ms | {_verdict(max(typed) <= 50)} |"
        if typed
        else "| no keystroke waits > 50 ms | — | — |"
    )
    for name, values in big["times"].items():
        if name.startswith("copy ") and name.endswith("clipboard or progress"):
            first = statistics.median(values)
            whole = _median(
                big["times"].get(name.replace("clipboard or progress", "on the clipboard"))
            )
            met = (whole is not None and whole < 300) or first <= 100
            lines.append(
                f"| {name.split(':')[0]}: < 300 ms, or a progress bar within 100 ms | "
                f"first sign {first:,.0f} ms, on the clipboard {whole or 0:,.0f} ms | {_verdict(met)} |"
            )
        if name.startswith("export "):
            done = _median(big["done"].get(name))
            lines.append(
                f"| {name} < 2 s | {done or 0:,.0f} ms until written | "
                f"{_verdict(done is not None and done < 2000)} |"
            )
    ratio = big["peak_mb"] / small["peak_mb"]
    lines.append(
        f"| peak memory at the large db ≤ 1.5× the bundled | {big['peak_mb']:,.0f} ÷ "
        f"{small['peak_mb']:,.0f} MB = {ratio:.2f}× | {_verdict(ratio <= 1.5)} |"
    )
    return "\n".join(lines)


def precompile() -> None:
    """Write the package's bytecode first, as an installation has it: where
    PYTHONDONTWRITEBYTECODE is set, every start-up would otherwise compile cqdesk anew."""
    import compileall

    compileall.compile_dir(str(REPO / "cqdesk"), quiet=1)
    compileall.compile_dir(str(REPO / "bench"), quiet=1)


def measure(db: Path, runs: int, startup: dict[str, list[float]]) -> dict:
    """Interaction times of the window on ``db`` beside its ``startup`` times, and its peak
    memory."""
    found = _probe("interact", str(db), "--runs", str(runs))
    times = dict(startup)
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
    precompile()
    facts = _fact_count(args.big)
    print(f"{platform.node()}: {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
          file=sys.stderr)  # fmt: skip
    bare, small_start, big_start = startup_times([None, args.db, args.big], args.startups)
    small = measure(args.db, args.runs, small_start)
    big = measure(args.big, args.runs, big_start)
    print(table(bare, small, big, facts, _fact_count(args.db)))
    print("\n### Against the targets (this run)\n")
    print(targets(bare, small, big))
    return 0


def _fact_count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT COUNT(*) FROM facts").fetchone()[0]


if __name__ == "__main__":
    sys.exit(main())
