"""The Chinese translation is complete, compiled as committed, and found by Qt's own tools."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cqdesk.pipeline.translations import (
    QM_FOLDER,
    compile_translations,
    qm_name,
    ts_path,
    update_sources,
)
from tests.conftest import REPO

RESOURCES = REPO / "resources"
TS = ts_path(RESOURCES, "zh_CN")
_PLACEHOLDERS = re.compile(r"%\d|%s")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def test_every_string_of_the_code_is_translated(tmp_path):
    """lupdate run on a copy of the .ts finds no string of the code missing or unfinished."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    update_sources(RESOURCES, REPO / "cqdesk", copy)
    unfinished = [
        (context, source)
        for context, source, translation in _messages(copy)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == [], "run `cqdesk build --update-translations` and translate these"
    assert copy.read_bytes() == TS.read_bytes(), "the .ts is not what lupdate writes: update it"


def test_translations_keep_their_placeholders_and_shortcut_keys():
    for _context, source, translation in _messages(TS):
        text = translation.text or ""
        assert sorted(_PLACEHOLDERS.findall(source)) == sorted(_PLACEHOLDERS.findall(text)), source
        if re.search(r"&\w", source.replace("&&", "")):
            assert re.search(r"&\w", text.replace("&&", "")), f"no shortcut key in {text!r}"


def test_the_committed_qm_is_a_fresh_lrelease(tmp_path):
    (fresh,) = compile_translations(RESOURCES, tmp_path)
    assert fresh.read_bytes() == (QM_FOLDER / qm_name("zh_CN")).read_bytes()


def test_every_translation_helper_asks_for_the_context_lupdate_uses():
    """Module helpers named _tr (or tr) are read by lupdate under the empty context; one asking
    Qt for another context would never find its translation."""
    helper = re.compile(r"def _?tr\(text: str\) -> str:\n(?:\s*#.*\n)*\s*return (.*)\n")
    for path in sorted((REPO / "cqdesk").rglob("*.py")):
        for body in helper.findall(path.read_text(encoding="utf-8")):
            assert body in ('QCoreApplication.translate("", text)', "text"), (path, body)


def test_the_wheel_carries_the_translation_and_the_font():
    """The package data patterns of pyproject.toml take in the .qm, the font and its licence."""
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["cqdesk"]
    shipped = {path for pattern in patterns for path in (REPO / "cqdesk").glob(pattern)}
    package = REPO / "cqdesk"
    for needed in (
        "translations/cqdesk_zh_CN.qm",
        "fonts/cqdesk-cjk-subset.otf",
        "fonts/LICENSE-OFL.txt",
    ):
        assert package / needed in shipped, needed
