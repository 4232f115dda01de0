"""Markdown exports and Copy as Markdown show raw HTML and link syntax from the data literally."""

from __future__ import annotations

import dataclasses

from markdown_it import MarkdownIt
from PySide6.QtWidgets import QApplication

from cqdesk.export import markdown
from cqdesk.store import Catalog
from cqdesk.store.records import FactQuery
from cqdesk.ui.window.main_window import MainWindow
from tests.factories import edited_copy

RAW_HTML = (
    '<img src=x onerror="alert(1)"> <script>alert(2)</script> &copy; [link](http://e.x) `code`'
)


def test_markdown_shows_raw_html_from_the_data_literally(tiny_db):
    catalog = Catalog(tiny_db)
    rows = [dataclasses.replace(row, label=RAW_HTML) for row in catalog.rows(FactQuery())]
    sources = catalog.sources()
    titled = tuple(dataclasses.replace(source, title=RAW_HTML) for source in sources.all)
    text = markdown(rows, dataclasses.replace(sources, all=titled))
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<img" not in rendered and "<script" not in rendered and "<a " not in rendered
    assert "<code>" not in rendered and "©" not in rendered
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in rendered
    assert "&amp;copy;" in rendered and "[link](http://e.x)" in rendered
    assert rendered.count("<tr>") == len(rows) + 1  # the table is whole: one row per fact


def test_copy_as_markdown_escapes_raw_html(qtbot, tmp_path, tiny_db_path):
    path = edited_copy(
        tiny_db_path,
        tmp_path / "html.db",
        f"UPDATE facts SET label = '{RAW_HTML.replace(chr(39), chr(39) * 2)}'",
    )
    db = Catalog.open(path)
    window = MainWindow(db)
    window.show()
    window.fact_table.selectAll()
    window.actions_.copy_markdown.trigger()
    text = QApplication.clipboard().text()
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<img" not in rendered and "<script" not in rendered
    assert rendered.count("&lt;img") == 8
    QApplication.clipboard().clear()
    window.close()
    window.deleteLater()
    qtbot.wait(1)
    db.close()
