"""Reads a running application's accessible tree over AT-SPI, as a screen reader does, and checks it.

Run with the system Python that has pyatspi (Debian's python3-pyatspi), not the project's venv:

    /usr/bin/python3 tests/atspi_tree.py expected.json

``expected.json`` names the application and what must be found in its tree: the widgets by
role and name, the facts table's cell texts, the detail pane's quote and each chart by name.
The tree is printed (trimmed: a few children of each long list) and the exit code is 0 when
everything was found, 1 when something was missing, 2 when the application never appeared.
This file imports nothing from cqdesk: it sees only what AT-SPI shows.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

SHOWN_CHILDREN = 6  # of a table, tree or list, in the printed tree
MAX_DEPTH = 14
LONG_LISTS = {"table", "tree", "tree table", "list", "menu bar", "menu"}


def application(name: str, seconds: float):
    """The running application called ``name`` on the desktop, once it has a window."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    """Every node under ``node`` with its depth, depth first."""
    yield node, depth
    if depth >= MAX_DEPTH:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, depth + 1)


def text_of(node) -> str:
    """The node's text through the Text interface ("" when it has none)."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return ""
    return text.getText(0, -1)


def cells(node, rows: int) -> list[list[str]]:
    """The first ``rows`` rows of a table's cell texts, through the Table interface."""
    table = node.queryTable()
    return [
        [table.getAccessibleAt(row, column).name for column in range(table.nColumns)]
        for row in range(min(rows, table.nRows))
    ]


def describe(node) -> str:
    role, name = node.getRoleName(), node.name
    description = node.description
    line = f"[{role}] {name!r}"
    if description:
        line += f" — {description[:90]!r}{'…' if len(description) > 90 else ''}"
    return line


def print_tree(app) -> None:
    """The tree as a reader meets it, long lists cut to their first few children."""

    def show(node, depth):
        print("  " * depth + describe(node))
        if depth >= MAX_DEPTH:
            return
        count = node.childCount
        limit = SHOWN_CHILDREN if node.getRoleName() in LONG_LISTS else count
        for index in range(min(count, limit)):
            child = node.getChildAtIndex(index)
            if child is not None:
                show(child, depth + 1)
        if count > limit:
            print("  " * (depth + 1) + f"… {count - limit} more")

    show(app, 0)


def check(app, expected: dict) -> tuple[list[str], list[str]]:
    """What ``expected`` names that the tree does not show, and what was read on the way."""
    by_name: dict[str, list] = {}
    for node, _ in walk(app):
        by_name.setdefault(node.name, []).append(node)
    missing, read = [], []
    for role, name in expected["widgets"]:
        if not any(node.getRoleName() == role for node in by_name.get(name, [])):
            missing.append(f"no [{role}] named {name!r}")
    tables = [n for n in by_name.get(expected["table"], []) if n.getRoleName() == "table"]
    rows = cells(tables[0], 3) if tables else []
    read.append(f"first rows of {expected['table']!r}, cell by cell: {rows}")
    for text in expected["cells"]:
        if not any(text in row for row in rows):
            missing.append(f"the first rows of {expected['table']!r} do not read {text!r}")
    detail = by_name.get(expected["detail"], [])
    detail_text = text_of(detail[0]) if detail else ""
    read.append(f"{expected['detail']!r} reads, in order:\n{detail_text[:900]}")
    if expected["quote"] not in detail_text:
        missing.append(f"the node {expected['detail']!r} does not read the quote")
    for title in expected["charts"]:
        if title not in by_name:
            missing.append(f"no chart named {title!r}")
    # The selector shows the same title; the drawing is the panel ("filler") that describes it.
    drawn = [
        n
        for n in by_name.get(expected["drawn_chart"], [])
        if n.getRoleName() == "filler" and n.description
    ]
    read.append(f"the drawn chart says: {drawn[0].description if drawn else ''}")
    if not drawn:
        missing.append(f"the drawn chart {expected['drawn_chart']!r} has no description")
    return missing, read


def main(path: str) -> int:
    with open(path, encoding="utf-8") as handle:
        expected = json.load(handle)
    app = application(expected["application"], expected.get("wait", 60))
    if app is None:
        print(f"no application {expected['application']!r} on the AT-SPI desktop", file=sys.stderr)
        return 2
    deadline = time.monotonic() + expected.get("wait", 60)
    missing, read = check(app, expected)
    while missing and time.monotonic() < deadline:  # the charts load after the first paint
        time.sleep(1)
        missing, read = check(app, expected)
    print_tree(app)
    print("\n" + "\n\n".join(read))
    for problem in missing:
        print(f"MISSING: {problem}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
