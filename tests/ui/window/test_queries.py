"""The query worker: answers off the GUI thread keep the models whole, stale ones are dropped."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt

from cqdesk.models.fact_table_model import COL_CATEGORY, COL_LABEL, COL_VALUE, FACT_ID_ROLE
from cqdesk.settings import Settings
from cqdesk.store import Catalog, FactQuery, FactSort, Interrupted
from cqdesk.ui.window import queries as queries_module
from cqdesk.ui.window.main_window import MainWindow
from cqdesk.ui.window.queries import Queries

# Every answer from the worker: the window on a small database otherwise answers at once.
ALL_ON_THE_WORKER = None


@pytest.fixture
def catalog(generated_db_path):
    with Catalog.open(generated_db_path) as opened:
        yield opened


@pytest.fixture
def worker_window(qtbot, catalog):
    window = MainWindow(catalog, Settings())
    qtbot.addWidget(window)
    window.fact_table.queries.inline_budget = ALL_ON_THE_WORKER
    window.resize(1100, 700)
    window.start()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.pending_work(), timeout=20_000)


def shown(model) -> list[str]:
    return [model.fact_row(row).id for row in range(model.rowCount())]


def load_all(qtbot, window) -> list[str]:
    """Every row of the table, asking for each page and waiting for it."""
    model = window.fact_table.model_
    for row in range(0, model.rowCount(), 50):
        model.index(row, COL_LABEL).data()
    settle(qtbot, window)
    return shown(model)


def test_models_pass_with_pages_and_counts_from_the_worker(
    qtbot, qtmodeltester, worker_window, catalog
):
    model = worker_window.fact_table.model_
    assert worker_window.fact_table.queries._workers  # the answers came from them
    for query, sort in (
        (FactQuery(), FactSort()),
        (FactQuery(search="rural"), FactSort()),
        (FactQuery(search="rural"), FactSort("value", descending=True)),
        (FactQuery(place_id="wanzhou"), FactSort("label")),
    ):
        worker_window.browser.set_query(query)
        model.set_sort(sort)
        settle(qtbot, worker_window)
        qtmodeltester.check(model)
        assert model.counted and model.rowCount() == catalog.count(query)
        assert load_all(qtbot, worker_window) == [row.id for row in catalog.rows(query, sort)]
        qtmodeltester.check(model)


def test_a_newer_query_wins_and_leaves_the_model_whole(qtbot, qtmodeltester, worker_window):
    model, browser = worker_window.fact_table.model_, worker_window.browser
    for text in ("r", "ru", "rur", "rura", "rural", "tea"):  # typed faster than answered
        browser.set_search(text)
    settle(qtbot, worker_window)
    qtmodeltester.check(model)
    catalog = browser.catalog
    assert model.query == FactQuery(search="tea")
    assert load_all(qtbot, worker_window) == [
        row.id for row in catalog.rows(FactQuery(search="tea"))
    ]


def test_pages_asked_before_a_resort_never_land_in_the_new_order(
    qtbot, qtmodeltester, worker_window, catalog
):
    table, model = worker_window.fact_table, worker_window.fact_table.model_
    for column in (COL_LABEL, COL_VALUE, COL_CATEGORY, COL_LABEL):  # faster than answered
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        table.scrollToBottom()
        model.index(model.rowCount() // 2, COL_LABEL).data()  # a jump, and pages around it
        model.index(model.rowCount() // 2 + 250, COL_LABEL).data()
    settle(qtbot, worker_window)
    qtmodeltester.check(model)
    assert model.sort_order == FactSort("label", descending=True)
    assert load_all(qtbot, worker_window) == [
        row.id for row in catalog.rows(FactQuery(), model.sort_order)
    ]


def test_forget_interrupts_the_running_read(qtbot, catalog):
    queries = Queries(catalog)
    answers, running = [], []

    def endless(reader: Catalog):
        # Says it runs from inside SQLite, so forget() comes while the statement is running.
        reader._db.set_progress_handler(lambda: running.append(True) and 0, 1000)
        try:  # a read that only interrupt() can end
            reader._db.execute(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                "SELECT COUNT(*) FROM n"
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raise Interrupted(str(exc)) from None
        finally:
            reader._db.set_progress_handler(None, 0)
        answers.append("endless finished")

    try:
        queries.submit("count", endless, answers.append)
        qtbot.waitUntil(lambda: bool(running), timeout=10_000)
        queries.forget()
        queries.submit("count", lambda reader: reader.count(FactQuery()), answers.append)
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        assert answers == [catalog.count(FactQuery())]
        assert queries.pending_kinds() == set()
    finally:
        queries.stop()


def _selected(table) -> str:
    return table.currentIndex().data(FACT_ID_ROLE)


def _visible(table) -> bool:
    return table.visualRect(table.currentIndex()).intersects(table.viewport().rect())


@pytest.mark.parametrize(
    "query",
    [FactQuery(), FactQuery(place_id="chongqing"), FactQuery(search="rural")],
    ids=["everything", "a place", "a search"],
)
def test_selection_and_scroll_survive_a_resort(qtbot, worker_window, catalog, query):
    table = worker_window.fact_table
    worker_window.browser.set_query(query)
    settle(qtbot, worker_window)
    total = catalog.count(query)
    deep = catalog.rows(query, FactSort(), total * 2 // 3, 1)[0].id
    table.select_fact(deep)
    settle(qtbot, worker_window)
    assert _selected(table) == deep and _visible(table)
    for column, order in (
        (COL_LABEL, Qt.SortOrder.AscendingOrder),
        (COL_VALUE, Qt.SortOrder.DescendingOrder),
        (COL_CATEGORY, Qt.SortOrder.DescendingOrder),
        (-1, Qt.SortOrder.AscendingOrder),
    ):
        table.sortByColumn(column, order)
        settle(qtbot, worker_window)
        assert worker_window.browser.current_fact == deep
        assert _selected(table) == deep and _visible(table), column
        sort = table.model_.sort_order
        assert table.currentIndex().row() == catalog.position(query, sort, deep)
        assert table.model_.total == total  # a sort does not recount


def test_counting_is_said_until_the_count_arrives(qtbot, worker_window):
    worker_window.browser.set_query(FactQuery(place_id="banan", search="rural"))
    model = worker_window.fact_table.model_
    if not model.counted:  # the worker may already have answered
        assert "counting" in worker_window.status_label.text()
    settle(qtbot, worker_window)
    assert model.counted and "counting" not in worker_window.status_label.text()


def test_a_file_replaced_under_the_worker_gives_the_reopen_bar(qtbot, tmp_path, generated_db_path):
    path = tmp_path / "copy.db"
    shutil.copy(generated_db_path, path)
    with Catalog.open(path) as opened:
        window = MainWindow(opened, Settings())
        qtbot.addWidget(window)
        window.fact_table.queries.inline_budget = ALL_ON_THE_WORKER
        window.start()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.started)  # its file watcher is made after the first paint
        settle(qtbot, window)
        window._watcher.removePaths(window._watcher.files())  # only the worker may notice
        model = window.fact_table.model_
        model.index(model.rowCount() // 2, COL_LABEL).data()  # the page worker's first read
        settle(qtbot, window)
        assert "page" in window.fact_table.queries._workers
        replacement = tmp_path / "new.db"
        shutil.copy(generated_db_path, replacement)
        replacement.replace(path)
        model.index(model.rowCount() - 1, COL_LABEL).data()  # a page only the worker reads
        qtbot.waitUntil(window.database_notice.isVisible, timeout=20_000)
        assert "another program replaced or changed the file" in (
            window.database_notice.message.text()
        )
        window.close()


def test_the_empty_note_waits_for_the_count(qtbot, worker_window):
    table = worker_window.fact_table
    worker_window.browser.set_query(FactQuery(place_id="wanzhou", search="rural"))
    assert not table.empty_note.isVisible()  # not known to be empty while it is counted
    settle(qtbot, worker_window)
    assert table.model_.rowCount() > 0 and not table.empty_note.isVisible()
    worker_window.browser.set_query(FactQuery(search="xylophone"))
    settle(qtbot, worker_window)
    assert table.model_.rowCount() == 0 and table.empty_note.isVisible()


def _tree_counts(model) -> dict[str, int]:
    return {node.item_id: node.count for node in model._root.walk() if node is not model._root}


def test_tree_and_map_counts_from_the_worker_follow_the_newest_query(
    qtbot, qtmodeltester, worker_window, catalog
):
    window, browser = worker_window, worker_window.browser
    window.lower_tabs.setCurrentWidget(window.map_tab)
    categories, places = window.category_pane.model_, window.place_pane.source_model
    for model in (categories, places, window.place_pane.filter_model):
        qtmodeltester.check(model)
    for text in ("r", "ru", "rur", "rura", "rural"):  # typed faster than the counts come
        browser.set_search(text)
    browser.set_category("overview")
    settle(qtbot, window)
    queries = window.fact_table.queries
    assert queries._workers["facets"]  # the counts came from the worker
    final = FactQuery(category_id="overview", search="rural")
    expected_categories = catalog.category_facets(final)
    expected_places = catalog.place_facets(final)
    shown = _tree_counts(categories)
    assert all(shown[i] == expected_categories.counts.get(i, 0) for i in shown if i)
    shown = _tree_counts(places)
    assert all(shown[i] == expected_places.counts.get(i, 0) for i in shown if i)
    tile_map = window.map_pane.tile_map
    assert not tile_map.counting() and tile_map.counts == catalog.map_counts(final)
    for model in (categories, places, window.place_pane.filter_model):
        qtmodeltester.check(model)


def _endless(started: list, answers: list):
    def work(reader: Catalog):
        reader._db.set_progress_handler(lambda: started.append(True) and 0, 1000)
        try:  # a read that only interrupt() can end
            reader._db.execute(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                "SELECT COUNT(*) FROM n"
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raise Interrupted(str(exc)) from None
        finally:
            reader._db.set_progress_handler(None, 0)
        answers.append("endless finished")

    return work


def test_a_newer_question_on_a_topic_stops_the_running_one_and_spares_other_topics(qtbot, catalog):
    queries = Queries(catalog)
    queries.inline_budget = ALL_ON_THE_WORKER
    answers: list = []
    started: list = []
    try:
        queries.ask_latest("map counts", _endless(started, answers), answers.append)
        qtbot.waitUntil(lambda: bool(started), timeout=10_000)
        queries.ask_latest("place facets", lambda reader: "places", answers.append)
        queries.forget()  # a new view: questions asked by topic are not the view's
        queries.ask_latest("map counts", lambda reader: "map", answers.append)
        qtbot.waitUntil(lambda: not queries.pending_kinds(), timeout=10_000)
        assert sorted(answers) == ["map", "places"]
    finally:
        queries.stop()


def test_an_interrupt_meant_for_another_question_does_not_drop_this_one(catalog):
    from cqdesk.ui.window.queries import QueryWorker, Request

    worker = QueryWorker(catalog)
    tries: list[int] = []

    def work(_reader):
        tries.append(1)
        if len(tries) == 1:  # the interrupt came for the question before, just finished
            raise Interrupted("interrupted")
        return "answer"

    answered: list = []
    worker.answered.connect(lambda _request, answer: answered.append(answer))
    worker.latest["place facets"] = 7
    worker.run(Request(-1, "place facets", work, lambda _answer: None, 7))
    assert answered == ["answer"] and len(tries) == 2


def test_on_a_large_database_a_search_is_read_off_the_gui_thread(
    qtbot, qtmodeltester, catalog, monkeypatch
):
    # FTS5 merges a prefix's lists inside one step of SQLite, where the budget cannot stop
    # it: past a size, the table's and the trees' questions with a search go to the worker.
    monkeypatch.setattr(queries_module, "CHEAP_SEARCH_FACTS", 100)
    window = MainWindow(catalog, Settings())
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    read_here: list[str] = []
    catalog._db.set_trace_callback(read_here.append)
    try:
        window.browser.set_search("rural")
        window.fact_table.viewport().repaint()
        settle(qtbot, window)
    finally:
        catalog._db.set_trace_callback(None)
    assert not [sql for sql in read_here if "search_index_fts" in sql]
    model = window.fact_table.model_
    qtmodeltester.check(model)
    query = FactQuery(search="rural")
    assert model.counted and model.rowCount() == catalog.count(query)
    assert load_all(qtbot, window) == [row.id for row in catalog.rows(query)]
