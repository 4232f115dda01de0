"""The bundled CJK font holds every character cqdesk shows, and draws them with no system font."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cqdesk.paths import FONT_FILE
from cqdesk.pipeline.font_subset import SYSTEM_FONT, make_subset, needed_characters
from tests.conftest import REPO

fontTools = pytest.importorskip("fontTools.ttLib")
TS_FILES = sorted((REPO / "resources" / "translations").glob("*.ts"))


def test_every_character_of_the_data_and_the_translation_is_in_the_subset():
    cmap = fontTools.TTFont(str(FONT_FILE)).getBestCmap()
    chars = needed_characters(REPO / "data.db", TS_FILES)
    missing = sorted(char for char in chars if not char.isspace() and ord(char) not in cmap)
    assert missing == [], "run `python -m cqdesk.pipeline.font_subset`"
    # The rare characters of Chongqing's place names, beyond the 3,755 most common.
    assert all(ord(char) in cmap for char in "碚綦璧潼渝涪酉")


@pytest.mark.skipif(not SYSTEM_FONT.exists(), reason="needs fonts-noto-cjk to rebuild the subset")
def test_the_subset_is_what_the_script_makes(tmp_path):
    chars = needed_characters(REPO / "data.db", TS_FILES)
    fresh = make_subset(SYSTEM_FONT, chars, tmp_path / FONT_FILE.name)
    assert fresh.read_bytes() == FONT_FILE.read_bytes()


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
        [sys.executable, "-m", "tests.font_probe", str(shot)],
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
