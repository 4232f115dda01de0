"""With no system font at all, the Chinese window draws every string with the bundled font."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO


def test_chinese_window_draws_every_string_with_no_system_font(tmp_path):
    """A fontconfig that knows no font folder: only the bundled font can draw anything."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{empty}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    shot = tmp_path / "zh-no-system-fonts.png"
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.window.font_probe", str(shot)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # fontconfig's generic names stay, with no font behind them.
    generic = {"Monospace", "Sans Serif", "Serif"}
    assert set(report["system"]) <= generic, "the probe saw system fonts; it proves nothing"
    assert report["added"] and report["missing"] == []
    assert shot.stat().st_size > 10_000


def test_the_bundled_font_only_fills_in_for_the_system_font(qapp):
    """With system fonts, Latin text keeps the system's family; the subset comes after it."""
    from PySide6.QtGui import QFontInfo

    from cqdesk.ui.window.fonts import register_bundled_font

    before = qapp.font()
    try:
        added = register_bundled_font(qapp)
        families = qapp.font().families()
        assert added and families[-1] == added[0]
        assert QFontInfo(qapp.font()).family() != added[0]
    finally:
        qapp.setFont(before)
