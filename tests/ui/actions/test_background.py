"""Big copies and exports run off the GUI thread with a progress bar, give what the quick ones
give, and can be cancelled without leaving anything behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from cqdesk.export import html_table, tsv
from cqdesk.export.values import in_chinese
from cqdesk.export.views import export_view
from cqdesk.settings import Settings
from cqdesk.store import Catalog, FactQuery, FactSort
from cqdesk.text import language
from cqdesk.ui.actions import copy_controller, view_export
from cqdesk.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, generated_db_path, monkeypatch):
    monkeypatch.setattr(copy_controller, "BACKGROUND_ROWS", 50)
    monkeypatch.setattr(view_export, "BACKGROUND_ROWS", 50)
    catalog = Catalog.open(generated_db_path)
    win = MainWindow(catalog, Settings())
    qtbot.addWidget(win)
    win.start()
    qtbot.waitExposed(win)
    yield win
    catalog.close()


def _progress(win) -> QProgressDialog | None:
    return win.findChild(QProgressDialog, "jobProgress")


def _select(win, first: int, last: int) -> None:
    model = win.fact_table.model_
    selection = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
    win.fact_table.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_a_big_copy_shows_progress_and_copies_the_rows(qtbot, window):
    messages = []
    window.browser.message.connect(messages.append)
    _select(window, 10, 409)
    QApplication.clipboard().clear()
    window.actions_.copy.trigger()
    assert _progress(window) is not None and _progress(window).isVisible()  # at once
    qtbot.waitUntil(lambda: any("Copied" in text for text in messages), timeout=20_000)
    rows = window.browser.catalog.rows(FactQuery(), FactSort(), 10, 400)
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == tsv(rows)
    assert html_table(rows, window.sources) in mime.html()
    assert "400 facts" in messages[-1]


def test_a_big_copy_reads_as_the_window_does(qtbot, window):
    messages = []
    window.browser.message.connect(messages.append)
    _select(window, 0, 99)
    language.set_current(language.CHINESE)
    try:
        window.actions_.copy.trigger()
        qtbot.waitUntil(lambda: any("Copied" in text for text in messages), timeout=20_000)
    finally:
        language.set_current(language.ENGLISH)
    rows = window.browser.catalog.rows(FactQuery(), FactSort(), 0, 100)
    text = QApplication.clipboard().mimeData().text()
    assert text == tsv([in_chinese(row) for row in rows])
    assert "网络零售额" in text  # the bundled rows come first, with their Chinese labels


def test_a_big_export_reads_as_the_window_does(qtbot, window, tmp_path):
    # The CSV in Chinese mode: the cells of the rows' Chinese forms, as the table shows them.
    from cqdesk.export.tables import csv_text
    from cqdesk.ui.words import window_words

    target = tmp_path / "view.csv"
    window.exporter.choose = lambda *_args: str(target)
    language.set_current(language.CHINESE)
    try:
        words = window_words()
        assert window.exporter.export("csv")
        qtbot.waitUntil(lambda: target.exists() and not window.pending_work(), timeout=20_000)
    finally:
        language.set_current(language.ENGLISH)
    rows = window.browser.catalog.rows(FactQuery(), FactSort())
    assert len(rows) > 3000
    text = target.read_bytes().decode("utf-8")
    assert text == csv_text([in_chinese(row) for row in rows], words=words)
    assert "网络零售额" in text


def test_a_cancelled_copy_leaves_the_clipboard_alone(qtbot, window, monkeypatch):
    import threading

    cancelled, real = threading.Event(), copy_controller.BackgroundJob

    class HeldJob(real):  # the copy waits after its first chunk until Cancel is pressed
        def __init__(self, catalog, work, *args, **kwargs):
            def held(catalog, progress):
                def step(done: int, total: int) -> None:
                    cancelled.wait(10)
                    progress(done, total)

                return work(catalog, step)

            super().__init__(catalog, held, *args, **kwargs)

    monkeypatch.setattr(copy_controller, "BackgroundJob", HeldJob)
    messages = []
    window.browser.message.connect(messages.append)
    QApplication.clipboard().setText("mine")
    _select(window, 0, 799)
    window.actions_.copy.trigger()
    # The dialog's own button (QProgressDialog.cancel() resets it without saying "canceled").
    _progress(window).findChild(QPushButton).click()
    cancelled.set()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages == ["Copy cancelled; the clipboard is as it was."]
    assert QApplication.clipboard().text() == "mine"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_big_export_writes_what_the_quick_one_writes(qtbot, window, tmp_path, fmt):
    messages = []
    window.browser.message.connect(messages.append)
    target = tmp_path / f"view.{fmt}"
    window.exporter.choose = lambda *_args: str(target)
    window.browser.set_search("rural")
    qtbot.waitUntil(lambda: not window.pending_work())
    assert window.exporter.export(fmt)
    qtbot.waitUntil(lambda: any("Exported" in text for text in messages), timeout=20_000)
    expected = export_view(window.browser.catalog, FactQuery(search="rural"), FactSort(), fmt)
    assert target.read_bytes().decode("utf-8") == expected.text
    assert not list(tmp_path.glob("*.part"))


def test_a_big_export_holds_every_fact_of_the_view(qtbot, window, tmp_path):
    # Checked against the plain SQL of the view and each fact's own detail, not the export code.
    import csv
    import json

    from cqdesk.export.records import record
    from cqdesk.export.tables import cells

    messages = []
    window.browser.message.connect(messages.append)
    window.browser.set_search("rural")
    window.fact_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not window.pending_work())
    query, sort = window.browser.query, window.fact_table.model_.sort_order
    catalog = window.browser.catalog
    expected = [row for chunk in catalog.row_chunks(query, sort) for row in chunk]
    assert len(expected) > 50 and expected == catalog.rows(query, sort, 0, len(expected))
    for fmt in ("csv", "json"):
        target = tmp_path / f"view.{fmt}"
        window.exporter.choose = lambda *_args, target=target: str(target)
        assert window.exporter.export(fmt)
        qtbot.waitUntil(
            lambda fmt=fmt: sum("Exported" in text for text in messages) == 1 + (fmt == "json"),
            timeout=20_000,
        )
    with (tmp_path / "view.csv").open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle))[1:] == [cells(row) for row in expected]
    facts = json.loads((tmp_path / "view.json").read_text(encoding="utf-8"))["facts"]
    sources = catalog.sources()
    assert facts == [record(catalog.detail(row.id), sources) for row in expected]


def test_a_cancelled_export_writes_no_file(qtbot, window, tmp_path, monkeypatch):
    import threading

    cancelled, real = threading.Event(), view_export.stream_view

    def stream_view(*args, progress, **kwargs):
        def step(done: int, total: int) -> None:
            cancelled.wait(10)  # the first chunk is written: Cancel is pressed now
            progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(view_export, "stream_view", stream_view)
    messages = []
    window.browser.message.connect(messages.append)
    (tmp_path / "view.json").write_text("the old file", encoding="utf-8")
    window.exporter.choose = lambda *_args: str(tmp_path / "view.json")
    assert window.exporter.export("json")
    # The dialog's own button (QProgressDialog.cancel() resets it without saying "canceled").
    _progress(window).findChild(QPushButton).click()
    cancelled.set()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages == ["Export cancelled; no file was written."]
    assert (tmp_path / "view.json").read_text(encoding="utf-8") == "the old file"
    assert not list(tmp_path.glob("*.part")) and not _progress(window).isVisible()


def test_a_bug_in_a_job_ends_it_and_reaches_the_error_hook(qtbot, window, monkeypatch):
    # A job that failed on anything but the store or the disk once left its dialog up for good.
    from cqdesk.ui.actions.background import BackgroundJob

    hooked: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _kind, error, _trace: hooked.append(error))

    def work(_catalog, _progress):
        raise AssertionError("a fact the store could not read again")

    job = BackgroundJob(window.browser.catalog, work, "Exporting…", window)
    ended = []
    for signal in (job.done, job.failed, job.cancelled):
        signal.connect(lambda *args: ended.append(args))
    dialog = job.dialog
    job.start()
    qtbot.waitUntil(lambda: bool(hooked))
    assert isinstance(hooked[0], AssertionError) and not dialog.isVisible()
    assert ended == []  # neither done nor failed nor cancelled: the hook says what happened
