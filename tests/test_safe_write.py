"""Every file cqdesk writes is whole or not there: a full disk leaves the old file as it was."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cqdesk import safe_write
from cqdesk.cli import main
from cqdesk.safe_write import WriteError, write_atomically
from cqdesk.text import language
from cqdesk.ui import messages

OLD = b"the old export, which must survive\n"
OLD_PATH = Path("/nowhere/view.csv")


@pytest.fixture
def full_disk(monkeypatch):
    """Writes fail with ENOSPC after the first 100 bytes, as on a disk that just filled up."""
    written = {"bytes": 0}
    real_write = os.write

    def write(fd, data):
        if fd in (0, 1, 2):
            return real_write(fd, data)
        room = 100 - written["bytes"]
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        count = real_write(fd, bytes(data[:room]))
        written["bytes"] += count
        return count

    monkeypatch.setattr(safe_write.os, "write", write)
    return written


def _leftovers(folder) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".part"))


def test_a_full_disk_keeps_the_old_file(tmp_path, full_disk):
    target = tmp_path / "view.csv"
    target.write_bytes(OLD)
    with pytest.raises(WriteError) as caught:
        write_atomically(target, b"x" * 10_000)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []
    assert str(caught.value) == (
        f"Could not write {target}: the disk is full; the file that was there is unchanged."
    )


def test_a_full_disk_creates_no_truncated_file(tmp_path, full_disk):
    target = tmp_path / "new.csv"
    with pytest.raises(WriteError, match="the disk is full; no file was created"):
        write_atomically(target, b"x" * 10_000)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_a_whole_write_keeps_the_old_permissions(tmp_path):
    target = tmp_path / "view.csv"
    target.write_bytes(OLD)
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and (target.stat().st_mode & 0o777) == 0o640


def test_the_window_export_on_a_full_disk_says_exactly_what_happened(
    qtbot, window, tmp_path, monkeypatch, full_disk
):
    target = tmp_path / "view.csv"
    target.write_bytes(OLD)
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda _p, _i, title, text: shown.append((title, text))
    )
    window.exporter.choose = lambda *_args: str(target)
    assert not window.exporter.export("csv")
    ((title, text),) = shown
    assert title == "Export failed"
    assert text == (
        f"Could not write “{target}”: the disk is full.\n\nNothing was exported. The file that "
        "was there is unchanged. Choose another folder or file name."
    )
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []
    assert window.note_label.text() == ""


def test_a_full_disk_is_named_in_the_window_s_language(
    qtbot, window, tmp_path, monkeypatch, full_disk
):
    target = tmp_path / "view.csv"
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda _p, _i, title, text: shown.append((title, text))
    )
    window.exporter.choose = lambda *_args: str(target)
    window.languages.apply(language.CHINESE)
    try:
        assert not window.exporter.export("csv")
    finally:
        window.languages.apply(language.ENGLISH)
    ((_title, text),) = shown
    assert f"无法写入“{target}”：磁盘已满。" in text and "the disk is full" not in text


def test_a_reason_the_system_gave_is_shown_as_given():
    error = WriteError(OLD_PATH, "input/output error", existed=False)
    assert messages.write_reason(error) == "input/output error"


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_a_chart_saved_to_a_full_disk_leaves_no_partial_file(
    qtbot, window, tmp_path, monkeypatch, full_disk, fmt
):
    window.charts.load()
    window.browser.set_category("overview")
    qtbot.waitUntil(window.charts.has_chart)
    target = tmp_path / f"chart.{fmt}"
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda _p, _i, title, text: shown.append((title, text))
    )
    window.chart_exporter.choose = lambda *_args: str(target)
    assert not window.chart_exporter.save(fmt)
    ((title, text),) = shown
    assert title == "Chart not saved"
    assert "the disk is full" in text and "Nothing was saved. No file was created." in text
    assert not target.exists() and _leftovers(tmp_path) == []


def test_the_map_saved_to_a_full_disk_keeps_the_old_picture(
    qtbot, window, tmp_path, monkeypatch, full_disk
):
    target = tmp_path / "map.svg"
    target.write_bytes(OLD)
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda _p, _i, title, text: shown.append((title, text))
    )
    window.map_exporter.choose = lambda *_args: str(target)
    assert not window.map_exporter.save("svg")
    ((title, text),) = shown
    assert title == "Map not saved"
    assert text == (  # the chart's words: where, why, and what became of the old picture
        f"Could not save the map to “{target}”: the disk is full.\n\nNothing was saved. The file "
        "that was there is unchanged. Choose another folder or file name."
    )
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_a_pdf_saved_to_a_full_disk_keeps_the_old_file(
    qtbot, window, tmp_path, monkeypatch, full_disk
):
    target = tmp_path / "view.pdf"
    target.write_bytes(OLD)
    shown = []
    monkeypatch.setattr(
        messages, "show_box", lambda _p, _i, title, text: shown.append((title, text))
    )
    window.printer.choose = lambda *_args: str(target)
    window.actions_.pdf_view.trigger()
    ((title, text),) = shown
    assert title == "PDF not saved"
    assert text == (
        f"Could not write “{target}”: the disk is full.\n\nNothing was saved. The file that was "
        "there is unchanged."
    )
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_the_command_line_export_on_a_full_disk(capsys, tiny_db_path, tmp_path, full_disk):
    target = tmp_path / "view.csv"
    target.write_bytes(OLD)
    assert main(["export", "-o", str(target), "--db", str(tiny_db_path)]) == 1
    _, err = capsys.readouterr()
    assert err == (
        f"cqdesk export: cannot write {target}: the disk is full; "
        "the file that was there is unchanged.\n"
    )
    assert target.read_bytes() == OLD


def test_the_command_line_names_a_full_disk_in_chinese(capsys, tiny_db_path, tmp_path, full_disk):
    target = tmp_path / "view.csv"
    argv = ["--lang", "zh_CN", "export", "-o", str(target), "--db", str(tiny_db_path)]
    assert main(argv) == 1
    _, err = capsys.readouterr()
    assert "磁盘已满" in err and "the disk is full" not in err


def test_the_screenshot_on_a_full_disk(capsys, tiny_db_path, tmp_path, full_disk):
    target = tmp_path / "shot.png"
    assert main(["--db", str(tiny_db_path), "--screenshot", str(target)]) == 1
    _, err = capsys.readouterr()
    assert "the screenshot was not written" in err and "the disk is full" in err
    assert not target.exists() and _leftovers(tmp_path) == []


# Fills the tmpfs at argv[1] to the brim, after putting an old file ``target`` there.
FILL_TMPFS = textwrap.dedent("""
    import os, sys
    folder, database = sys.argv[1], sys.argv[2]
    target = os.path.join(folder, sys.argv[3])
    with open(target, "wb") as handle:
        handle.write(b"old")
    filler = os.open(os.path.join(folder, "filler"), os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(filler, b"\\0" * 4096)
    except OSError:
        os.close(filler)
    def left():
        return sorted(name for name in os.listdir(folder) if name.endswith(".part"))
""")

EXPORT_ON_FULL_TMPFS = FILL_TMPFS + textwrap.dedent("""
    from cqdesk.cli import main
    code = main(["export", "--format", "json", "-o", target, "--db", database])
    print(code, open(target, "rb").read().decode(), left())
""")

# The window's Save map as SVG, its message box caught instead of shown.
MAP_ON_FULL_TMPFS = FILL_TMPFS + textwrap.dedent("""
    from PySide6.QtWidgets import QApplication
    from cqdesk.settings import Settings
    from cqdesk.store import Catalog, open_database
    from cqdesk.ui import messages
    from cqdesk.ui.window.main_window import MainWindow
    app = QApplication([])
    shown = []
    messages.show_box = lambda _parent, _icon, title, text: shown.append((title, text))
    window = MainWindow(Catalog(open_database(database)), Settings())
    window.start()
    window.show()
    app.processEvents()
    window.map_exporter.choose = lambda *_args: target
    saved = window.map_exporter.save("svg")
    print(saved, open(target, "rb").read().decode(), left())
    print(shown)
    window.close()
""")


def _on_a_full_tmpfs(
    tmp_path, tiny_db_path, program: str, name: str
) -> subprocess.CompletedProcess:
    """Run ``program`` on a 256 kB tmpfs filled to the brim, in a private mount namespace
    (needs unshare and mount), with an old file ``name`` there; skip where it cannot mount."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    database = tmp_path / "tiny.db"
    shutil.copy(tiny_db_path, database)
    mount = tmp_path / "tiny-disk"
    mount.mkdir()
    script_file = tmp_path / "on_a_full_disk.py"
    script_file.write_text(program, encoding="utf-8")
    script = (
        f'mount -t tmpfs -o size=256k tmpfs "{mount}" || exit 77; '
        f'exec "{sys.executable}" "{script_file}" "{mount}" "{database}" "{name}"'
    )
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
        },
    )
    if probe.returncode == 77 or "Operation not permitted" in probe.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {probe.stderr.strip()[:200]}")
    assert probe.returncode == 0, probe.stderr
    return probe


def test_a_real_full_disk(tmp_path, tiny_db_path):
    probe = _on_a_full_tmpfs(tmp_path, tiny_db_path, EXPORT_ON_FULL_TMPFS, "view.json")
    assert probe.stdout.strip() == "1 old []"
    assert "the disk is full; the file that was there is unchanged" in probe.stderr


def test_the_map_on_a_real_full_disk(tmp_path, tiny_db_path):
    probe = _on_a_full_tmpfs(tmp_path, tiny_db_path, MAP_ON_FULL_TMPFS, "map.svg")
    outcome, shown = probe.stdout.strip().splitlines()
    assert outcome == "False old []"  # not saved, the old picture whole, nothing left behind
    target = tmp_path / "tiny-disk" / "map.svg"
    assert shown == repr(
        [
            (
                "Map not saved",
                f"Could not save the map to “{target}”: the disk is full.\n\nNothing was saved. "
                "The file that was there is unchanged. Choose another folder or file name.",
            )
        ]
    )
