"""Exit after a clipboard copy, the global exception hook, and bytes that are not UTF-8 in argv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QObject, Signal

from cqdesk.cli import main
from cqdesk.cli import show as show_command
from cqdesk.ui.window.error_hook import ErrorHook

COPY_THEN_QUIT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from cqdesk.cli import main

    app = QApplication(sys.argv[:1])

    def copy_and_close():
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
        window.fact_table.selectRow(0)
        window.actions_.copy.trigger()  # TSV and HTML on the clipboard
        assert app.clipboard().mimeData().formats(), "nothing was copied"
        window.close()

    QTimer.singleShot(300, copy_and_close)
    sys.exit(main(["--db", sys.argv[1]]))
""")


def _env(tmp_path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def test_the_window_exits_cleanly_after_a_clipboard_copy(tmp_path, tiny_db_path):
    result = subprocess.run(
        [sys.executable, "-c", COPY_THEN_QUIT, str(tiny_db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(tmp_path),
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])


class _Emitter(QObject):
    fire = Signal()


def test_the_hook_logs_shows_where_and_keeps_the_window(qtbot, window, private_log):
    hook = ErrorHook(private_log)
    hook.install()
    try:
        emitter = _Emitter()

        def broken_slot():
            raise ZeroDivisionError("the chart scale was zero")

        emitter.fire.connect(broken_slot)
        emitter.fire.emit()  # Qt hands the slot's error to sys.excepthook
        emitter.fire.emit()
    finally:
        hook.uninstall()
    dialog = hook.dialog()
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.text()
    assert "ZeroDivisionError: the chart scale was zero" in text
    assert "test_exit_and_errors.py:" in text and "in broken_slot" in text
    assert str(private_log) in text
    assert dialog.more.text() == "1 more errors since; each is in the log."
    log = private_log.read_text(encoding="utf-8")
    assert log.count("Traceback (most recent call last)") == 2 and "broken_slot" in log
    assert hook.errors == ["ZeroDivisionError: the chart scale was zero"] * 2
    dialog.accept()
    window.browser.set_search("online")  # the window carries on
    assert window.fact_table.model_.rowCount() > 0


def test_the_command_line_prints_one_line_and_exits_non_zero(capsys, monkeypatch, private_log):
    def broken(_args):
        raise RuntimeError("unexpected\nacross lines")

    monkeypatch.setattr(show_command, "run", broken)
    assert main(["show", "x"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"cqdesk: unexpected error: RuntimeError: unexpected across lines (details in {private_log})\n"
    )
    assert "Traceback" in private_log.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        [b"show", b"\xff"],
        [b"export", b"--place", b"\xff"],
        [b"--screenshot", b"{shot}", b"--fact", b"\xff"],
    ],
)
def test_arguments_that_are_not_utf8(tmp_path, tiny_db_path, argv):
    """Real bytes on a real command line (Python keeps them as lone surrogates)."""
    shot = os.fsencode(tmp_path / "shot.png")
    command = [sys.executable, "-m", "cqdesk"] + [part.replace(b"{shot}", shot) for part in argv]
    command += [b"--db", os.fsencode(tiny_db_path)]
    result = subprocess.run(command, capture_output=True, timeout=120, env=_env(tmp_path))
    err = result.stderr.decode("utf-8")
    assert result.returncode in (1, 2), err
    assert "Traceback" not in err and "Error" not in err
    assert "\ufffd" in err and err.count("\n") == 1, err


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "online\udce9sales"],
        ["search", "\udcff\udcfe"],
        ["export", "--category", "\udcc3"],
        ["export", "--search", "\udcff"],
        ["--screenshot", "{shot}", "--place", "\udcff"],
        ["--screenshot", "{shot}", "--category", "\udcff"],
    ],
)
def test_every_id_and_text_argument_shows_undecodable_bytes(capsys, tmp_path, tiny_db_path, argv):
    """The same, in process: each option that takes an id or text."""
    shot = str(tmp_path / "shot.png")
    code = main([part.replace("{shot}", shot) for part in argv] + ["--db", str(tiny_db_path)])
    err = capsys.readouterr().err
    assert code in (1, 2)
    assert "\ufffd" in err and err.count("\n") == 1, err
    err.encode("utf-8")  # printable: no lone surrogate reached the terminal


def test_a_database_path_that_is_not_utf8(tmp_path, tiny_db_path):
    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9")
    os.mkdir(folder)
    database = os.path.join(folder, b"data.db")
    shutil.copy(tiny_db_path, database)
    ok = subprocess.run(
        [sys.executable, "-m", "cqdesk", "show", "online-sales", "--db", database],
        capture_output=True,
        timeout=120,
        env=_env(tmp_path),
    )
    assert ok.returncode == 0 and ok.stdout.startswith(b"Online sales\n"), ok.stderr
    missing = os.path.join(folder, b"\xff.db")
    refused = subprocess.run(
        [sys.executable, "-m", "cqdesk", "search", "online", "--db", missing],
        capture_output=True,
        timeout=120,
        env=_env(tmp_path),
    )
    err = refused.stderr.decode("utf-8")
    assert refused.returncode == 1 and "No database at" in err and "caf\ufffd/\ufffd.db" in err


def test_the_window_opens_a_database_whose_path_is_not_utf8(tmp_path, tiny_db_path):
    folder = os.path.join(os.fsencode(tmp_path), b"\xff")
    os.mkdir(folder)
    shutil.copy(tiny_db_path, os.path.join(folder, b"data.db"))
    shot = os.path.join(folder, b"shot.png")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cqdesk",
            "--db",
            os.path.join(folder, b"data.db"),
            "--screenshot",
            shot,
        ],
        capture_output=True,
        timeout=120,
        env=_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    with open(shot, "rb") as image:
        assert image.read(4) == b"\x89PNG"
