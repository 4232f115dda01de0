"""The source view maps code-point offsets to Qt's UTF-16 positions, beyond the BMP too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from cqdesk.store import open_database
from cqdesk.store.source import sources, spans
from cqdesk.text.source_structure import HEADING, line_kind
from cqdesk.ui.panes.source_view import SourceView
from tests.factories import TINY_TEXT, build_tiny


def test_spans_after_astral_characters_line_up(qtbot, tmp_path):
    # Two emoji before the quotes: each is one code point but two UTF-16 units.
    path = build_tiny(tmp_path, text=TINY_TEXT.replace("Chongqing-In", "😀😀 Chongqing-In"))
    db = open_database(path)
    try:
        view = SourceView(sources(db).report.text, spans(db))
        qtbot.addWidget(view)
        view.resize(600, 400)
        view.show()
        view.show_fact("online-sales-gap")
        quote, value = view.extraSelections()
        assert quote.cursor.selectedText().startswith("In 2020, online sales")
        assert value.cursor.selectedText() == "2%"
        position = view.toPlainText().index("300 firms") + 1
        assert view.fact_at_utf16(position) == "banan-firms"
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        point = view.cursorRect(cursor).center() + QPoint(2, 0)
        with qtbot.waitSignal(view.factClicked) as clicked:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert clicked.args == ["banan-firms"]
    finally:
        db.close()


def test_headings_are_styled_as_headings(qtbot, tiny_db):
    view = SourceView(sources(tiny_db).report.text, spans(tiny_db))
    qtbot.addWidget(view)
    assert line_kind("Market entities") == HEADING
    block = view.document().findBlockByNumber(2)
    assert block.text() == "Market entities"
    assert block.begin().fragment().charFormat().fontWeight() > 500
