"""Tests for cqdesk.ui.messages: boxes show file names and data text literally, never as markup."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("kind", ["warn", "fail"])
def test_message_boxes_and_tooltips_show_data_text_literally(qtbot, monkeypatch, kind):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from cqdesk.text.formatting import literal_tooltip
    from cqdesk.ui import messages

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    getattr(messages, kind)(None, "Export failed", "Could not write “/tmp/<b>x</b>.csv”")
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert "<b>" not in literal_tooltip("a <b>bold</b> title").replace("&lt;b&gt;", "")
    assert literal_tooltip("") == ""
