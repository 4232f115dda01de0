"""A copy read back from a real X clipboard (Xvfb) by a separate process, as a spreadsheet would paste it.

Needs Xvfb and xclip (``apt-get install -y xvfb xclip``) and Qt's xcb plugin libraries; the test
skips without Xvfb or xclip, unless CQDESK_REQUIRE_XVFB=1, when it fails instead.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest

from cqdesk.export import COLUMNS
from tests.export.test_tables import parse_html
from tests.locations import REPO
from tests.xserver import need, xclip, xvfb

IDS = ["online-sales", "banan-firms", "shops-per-firm"]
CHINESE_LABEL = "Firms opened in 巴南区 <Banan> & co"

# The clipboard owner: copies the rows, says "ready", and serves the clipboard until stdin closes.
# "rows" copies as Ctrl+C on a few rows does; "packed" as a big copy does (packed text that is
# unpacked when a program pastes).
OWNER = """
import dataclasses, sys
from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication
from cqdesk.export.tables import HTML_DOCUMENT_END, HTML_DOCUMENT_START, TableText
from cqdesk.store import open_database
from cqdesk.store.facts import fact_rows_by_id
from cqdesk.store.source import sources
from cqdesk.ui.actions.clipboard import PackedText, copy_packed, copy_rows

app = QApplication([])
db = open_database(sys.argv[1])
rows = fact_rows_by_id(db, sys.argv[4:])
rows[1] = dataclasses.replace(rows[1], label=sys.argv[3])
if sys.argv[2] == "rows":
    copy_rows(rows, sources(db))
else:
    table, plain, html = TableText(sources(db)), PackedText(), PackedText()
    plain.add(table.tsv_start())
    html.add(HTML_DOCUMENT_START + table.html_start())
    for row in rows:
        lines, cells = table.add([row])
        plain.add(lines)
        html.add(cells)
    html.add(table.html_end() + HTML_DOCUMENT_END)
    copy_packed(plain.finish(), html.finish())
quit_on_input = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
quit_on_input.activated.connect(app.quit)
QTimer.singleShot(0, lambda: print("ready", flush=True))
QTimer.singleShot(60_000, app.quit)  # never outlive a test that died
app.exec()
"""


@pytest.fixture
def display():
    """A private X server on a display of its own choosing."""
    need(("Xvfb", "xclip"), "xvfb xclip")
    with xvfb("640x480") as name:
        yield name


@pytest.fixture(params=["rows", "packed"])
def clipboard_owner(request, display, tiny_db_path):
    """A separate Qt process (xcb) that has put IDS on the X clipboard (as a few rows, or as a
    big copy's packed text)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    env.pop("WAYLAND_DISPLAY", None)
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER, str(tiny_db_path), request.param, CHINESE_LABEL, *IDS],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = owner.stdout.readline().strip()
    try:
        assert line == "ready", f"the clipboard owner failed: {line} {owner.stderr.read()}"
        yield display
    finally:
        owner.communicate(timeout=20)  # closing its stdin tells the owner to quit


def clipboard(display: str, target: str) -> bytes:
    result = xclip(display, target)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def test_the_clipboard_offers_text_and_html(clipboard_owner):
    targets = clipboard(clipboard_owner, "TARGETS").decode().split()
    assert "text/html" in targets
    assert "UTF8_STRING" in targets or "text/plain;charset=utf-8" in targets


def test_html_read_back_by_xclip(clipboard_owner):
    parsed = parse_html(clipboard(clipboard_owner, "text/html").decode("utf-8"))
    assert parsed.header == list(COLUMNS)
    assert [row[0] for row in parsed.rows] == IDS
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in parsed.rows}
    assert by_id["banan-firms"]["label"] == CHINESE_LABEL
    assert (by_id["banan-firms"]["value"], by_id["banan-firms"]["qualifier"]) == ("300", "over")
    assert by_id["shops-per-firm"]["qualifier"] == "about"
    assert "Statement by Test Commission" in parsed.paragraphs[-1]


def test_tsv_read_back_by_xclip(clipboard_owner):
    text = clipboard(clipboard_owner, "UTF8_STRING").decode("utf-8")
    records = list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))
    assert [record["id"] for record in records] == IDS
    assert records[0]["value"] == "10500000000"
    assert (records[1]["label"], records[1]["qualifier"]) == (CHINESE_LABEL, "over")
