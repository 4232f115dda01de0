"""The bundled CJK font holds every character cqdesk shows, and is what the script makes."""

from __future__ import annotations

import pytest

from cqdesk.paths import FONT_FILE
from cqdesk.pipeline.font_subset import (
    SYSTEM_FONT,
    make_subset,
    needed_characters,
    qt_key_names,
)
from tests.conftest import REPO

fontTools = pytest.importorskip("fontTools.ttLib")
TS_FILES = sorted((REPO / "resources" / "translations").glob("*.ts"))


def test_every_character_of_the_data_and_the_translation_is_in_the_subset():
    cmap = fontTools.TTFont(str(FONT_FILE)).getBestCmap()
    chars = needed_characters(REPO / "data.db", TS_FILES)
    # A symbol Noto Sans CJK SC itself lacks (the code's ▸) is drawn by the system's fallback.
    absent = set()
    if SYSTEM_FONT.exists():
        source = fontTools.TTFont(str(SYSTEM_FONT), fontNumber=2).getBestCmap()
        absent = {char for char in chars if ord(char) not in source}
        assert absent <= {"▸"}, absent
    missing = sorted(
        char for char in chars - absent if not char.isspace() and ord(char) not in cmap
    )
    assert missing == [], "run `python -m cqdesk.pipeline.font_subset`"
    # The rare characters of Chongqing's place names, beyond the 3,755 most common.
    assert all(ord(char) in cmap for char in "碚綦璧潼渝涪酉")
    # Qt's own names of the keys in Chinese: Alt+左方向 (Back), Alt+右方向 (Forward), 回车.
    assert {"左", "右", "方", "向", "回", "车"} <= qt_key_names()
    assert all(ord(char) in cmap for char in "左右上下方向回车空格退菜单")


@pytest.mark.skipif(not SYSTEM_FONT.exists(), reason="needs fonts-noto-cjk to rebuild the subset")
def test_the_subset_is_what_the_script_makes(tmp_path):
    chars = needed_characters(REPO / "data.db", TS_FILES)
    fresh = make_subset(SYSTEM_FONT, chars, tmp_path / FONT_FILE.name)
    assert fresh.read_bytes() == FONT_FILE.read_bytes()
