"""Random sequences of what a person does, through the real widgets, with model testers attached.

Each example types into the search box and the place finder, picks categories and places,
selects and sorts rows, copies, switches the lower tabs and clears filters; after every step
no exception was raised, no Qt warning was written (the suite fails on those), and the status
bar says exactly how many rows the table shows. ``CQDESK_HYPOTHESIS_EXAMPLES`` sets how many
examples run (default 60 in the suite).
"""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

EXAMPLES = int(os.environ.get("CQDESK_HYPOTHESIS_EXAMPLES", "60"))

# Words of the tiny report, its numbers and names, and characters that are hostile as search text.
WORDS = [
    "online",
    "sales",
    "firms",
    "Banan",
    "巴南",
    "10.5",
    "12.5%",
    "300",
    "Acme",
    "park",
    "yuan",
]
HOSTILE = st.text(
    alphabet=st.sampled_from(
        list("\"*()-+:^~%<>&|\\[]{}.,;!?'\x00\ufffd 巴南区 aZ09") + ["\u0301"]
    ),
    max_size=12,
)
TYPED = st.one_of(st.sampled_from(WORDS), HOSTILE, st.text(max_size=6))

ACTIONS = st.one_of(
    st.tuples(st.just("search"), TYPED),
    st.tuples(st.just("find_place"), TYPED),
    st.tuples(st.just("category"), st.integers(0, 8)),
    st.tuples(st.just("place"), st.integers(0, 8)),
    st.tuples(st.just("select"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("sort"), st.integers(0, 6), st.booleans()),
    st.tuples(
        st.just("copy"),
        st.sampled_from(
            ["copy", "copy_number", "copy_as_printed", "copy_citation", "copy_markdown"]
        ),
    ),
    st.tuples(st.just("tab"), st.integers(0, 3)),
    st.tuples(
        st.just("clear"),
    ),
    st.tuples(
        st.just("escape"),
    ),
)

PERFORMED: dict[str, int] = {"examples": 0, "steps": 0}


def _status_matches_table(window) -> None:
    shown = window.fact_table.model_.rowCount()
    text = window.status_label.text()
    assert text.startswith(f"Showing {shown} of {window.browser.total} fact"), (text, shown)
    if window.browser.query.search:
        assert "Search:" in text


def _tree_row(tree, number: int):
    model = tree.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    rows += [
        model.index(row, 0, parent)
        for parent in list(rows)
        for row in range(model.rowCount(parent))
    ]
    return rows[number % len(rows)] if rows else None


def _type(widget, text: str) -> None:
    """Key presses carrying each character, as a keyboard or an input method sends them
    (QTest's key clicks take ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _do(qtbot, window, action) -> None:
    kind = action[0]
    if kind == "search":
        window.search_box.clear()
        _type(window.search_box, action[1])
        if action[1] in WORDS:  # the keys really reached the box
            assert window.search_box.text() == action[1]
        window.search_box._timer.timeout.emit()  # the typing pause
    elif kind == "find_place":
        window.place_pane.box.clear()
        _type(window.place_pane.box, action[1])
    elif kind in ("category", "place"):
        tree = window.category_pane if kind == "category" else window.place_pane.tree
        index = _tree_row(tree, action[1])
        if index is not None:
            tree.setCurrentIndex(index)
    elif kind == "select":
        model = window.fact_table.model_
        if model.rowCount():
            first, last = sorted(n % model.rowCount() for n in action[1:])
            top, bottom = model.index(first, 0), model.index(last, model.columnCount() - 1)
            window.fact_table.selectionModel().select(
                QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            window.fact_table.selectionModel().setCurrentIndex(
                top, QItemSelectionModel.SelectionFlag.NoUpdate
            )
    elif kind == "sort":
        order = Qt.SortOrder.DescendingOrder if action[2] else Qt.SortOrder.AscendingOrder
        window.fact_table.sortByColumn(action[1], order)
    elif kind == "copy":
        getattr(window.actions_, action[1]).trigger()
    elif kind == "tab":
        window.lower_tabs.setCurrentIndex(action[1])
    elif kind == "clear":
        window.actions_.clear_filters.trigger()
    elif kind == "escape":
        qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)


@pytest.fixture
def tested_window(qtbot, window, qtmodeltester):
    window.charts.load()
    models = [
        window.fact_table.model_,
        window.category_pane.model(),
        window.place_pane.filter_model,
        window.place_pane.source_model,
    ]
    for model in models:
        qtmodeltester.check(model)
    # Attached for the whole test: each reset, insert and data change is checked as it happens.
    testers = [
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
        for model in models
    ]
    yield window
    del testers
    QApplication.clipboard().clear()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=os.environ.get("CI") == "true",  # CI runs the same examples every time
)
@given(steps=st.lists(ACTIONS, min_size=1, max_size=20))
def test_random_interactions_keep_the_window_consistent(qtbot, tested_window, steps):
    window = tested_window
    window.actions_.clear_filters.trigger()
    errors = []
    previous, sys.excepthook = sys.excepthook, lambda *info: errors.append(info[1])
    try:
        for step in steps:
            _do(qtbot, window, step)
            assert not errors, (step, errors)
            _status_matches_table(window)
    finally:
        sys.excepthook = previous
    PERFORMED["examples"] += 1
    PERFORMED["steps"] += len(steps)


def test_report_the_examples_run():
    """Runs after the property test (file order) and records what it exercised."""
    print(f"\nproperty-based: {PERFORMED['examples']} examples, {PERFORMED['steps']} steps")
