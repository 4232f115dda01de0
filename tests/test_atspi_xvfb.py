"""The running cqdesk as a screen reader sees it: AT-SPI over D-Bus, under Xvfb, read from outside.

A real session is started (Xvfb, a D-Bus session bus, the AT-SPI bus launcher and registry), the
app runs with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, and ``tests/atspi_tree.py`` (the system
Python with pyatspi) reads its tree and finds the trees, the search box, the facts table with
its cell texts, the detail pane's quote and every chart by name. In CI (CQDESK_REQUIRE_XVFB=1)
a missing piece fails the test instead of skipping it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cqdesk.export import as_printed
from cqdesk.store import Catalog, FactQuery
from cqdesk.store.records import FactSort
from tests.locations import REPO
from tests.xserver import PATIENCE, until, xvfb

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SCRIPT = REPO / "tests" / "atspi_tree.py"
FACT = "online-retail-sales"  # restored as the last selection, so the detail pane shows it
PACKAGES = "apt-get install -y xvfb dbus-daemon at-spi2-core python3-pyatspi"


def _missing_piece() -> str | None:
    for tool in ("Xvfb", "dbus-daemon", "dbus-send"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not os.access(BUS_LAUNCHER, os.X_OK):
        return f"{BUS_LAUNCHER} is missing (at-spi2-core)"
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return f"{SYSTEM_PYTHON} is missing"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if check.returncode != 0:
        return "the system Python has no pyatspi (python3-pyatspi)"
    return None


def _a11y_bus_is_up(env: dict[str, str]) -> bool:
    """Whether the bus launcher owns org.a11y.Bus on the session bus, where Qt asks for it."""
    asked = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.a11y.Bus",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    return asked.returncode == 0 and "boolean true" in asked.stdout


@pytest.fixture
def session(tmp_path):
    """Xvfb, a D-Bus session bus and the AT-SPI registry; the environment that reaches them."""
    missing = _missing_piece()
    if missing:
        reason = f"{missing} ({PACKAGES})"
        if os.environ.get("CQDESK_REQUIRE_XVFB") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    started: list[subprocess.Popen] = []
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    with xvfb() as display:
        try:
            bus = subprocess.Popen(
                ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            started.append(bus)
            env = {
                **os.environ,
                "DISPLAY": display,
                # dbus-daemon prints its address once it listens.
                "DBUS_SESSION_BUS_ADDRESS": bus.stdout.readline().strip(),
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "HOME": str(tmp_path),
            }
            started.append(
                subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env, **quiet)
            )
            # The app asks for the bus as it starts: the launcher must answer, not a second one
            # that D-Bus would start on demand.
            if not until(lambda: _a11y_bus_is_up(env)):
                pytest.fail("the AT-SPI bus launcher did not take org.a11y.Bus")
            yield env
        finally:
            for process in reversed(started):
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                if process.stdout is not None:
                    process.stdout.close()


def expected_tree(db: Path) -> dict:
    """What a screen reader must find, read from the database through the store."""
    catalog = Catalog.open(db)
    try:
        charts = catalog.charts()
        fact = catalog.detail(FACT)
        first = catalog.rows(FactQuery(), FactSort(), 0, 1)[0]
    finally:
        catalog.close()
    drawn = next(chart for chart in charts if any(bar.fact_id == FACT for bar in chart.bars))
    return {
        "application": "cqdesk",
        "widgets": [
            ["tree", "Categories"],
            ["tree", "Places"],
            ["text", "Find a place"],
            ["text", "Search facts"],
            ["text", "Source text"],
        ],
        "table": "Facts",
        "cells": [first.label, as_printed(first)],
        "detail": "Fact detail",
        "quote": fact.row.quote,
        "charts": [chart.title for chart in charts],
        "drawn_chart": drawn.title,
        "wait": PATIENCE,
    }


def test_a_screen_reader_finds_every_pane_the_table_cells_the_quote_and_each_chart(
    session, real_db_path, tmp_path
):
    settings = Path(session["XDG_CONFIG_HOME"]) / "cqdesk" / "cqdesk.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[selection]\nfact={FACT}\n", encoding="utf-8")
    expected = tmp_path / "expected.json"
    expected.write_text(json.dumps(expected_tree(real_db_path)), encoding="utf-8")
    app = subprocess.Popen(
        [sys.executable, "-m", "cqdesk", "--db", str(real_db_path)],
        env=session,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        reader = subprocess.run(
            [SYSTEM_PYTHON, str(SCRIPT), str(expected)],
            env=session,
            capture_output=True,
            text=True,
            timeout=240,
        )
    finally:
        app.terminate()
        _, err = app.communicate(timeout=30)
    print(reader.stdout)  # the tree as AT-SPI shows it, for the record (pytest -s)
    assert reader.returncode == 0, reader.stderr + reader.stdout[-3000:]
    assert "Traceback" not in err
