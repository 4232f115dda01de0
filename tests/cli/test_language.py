"""The command line's help in Chinese (--lang or the locale), and Chinese searches on it."""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET

import pytest

from cqdesk.cli import main
from cqdesk.cli.language import requested_language, use_language
from cqdesk.cli.qm import QmFile
from cqdesk.cli.terminal import width
from cqdesk.paths import TRANSLATIONS_DIR
from tests.conftest import REPO


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_help_in_chinese(capsys):
    text = _help(capsys, "--lang", "zh_CN")
    assert text.startswith("用法：cqdesk")
    for words in ("离线浏览重庆市2020年电子商务数据。", "显示此帮助信息并退出", "选项", "位置参数"):
        assert words in text
    assert "the database to open" not in text and "show this help" not in text


def test_sub_command_help_in_chinese(capsys):
    text = _help(capsys, "--lang=zh_CN", "search")
    assert "要搜索的词语" in text and "退出状态" in text


def test_help_in_english_by_default(capsys):
    text = _help(capsys, "--lang", "en")
    assert text.startswith("usage: cqdesk") and "show this help message and exit" in text


def test_the_locale_chooses_without_lang():
    chinese = {"LANG": "zh_CN.UTF-8"}
    assert requested_language([], chinese) == "zh_CN"
    assert requested_language([], {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_GB.UTF-8"}) == "zh_CN"
    assert requested_language(["--lang", "en"], chinese) == "en"
    assert requested_language([], {"LANG": "fr_FR.UTF-8"}) == "en"


def test_the_plain_python_reader_agrees_with_qt_on_every_message():
    """cqdesk/cli/qm.py reads the compiled file as QTranslator does (the CLI loads no Qt)."""
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load("cqdesk_zh_CN", str(TRANSLATIONS_DIR))
    ours = QmFile.load(TRANSLATIONS_DIR / "cqdesk_zh_CN.qm")
    tree = ET.parse(REPO / "resources" / "translations" / "cqdesk_zh_CN.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            assert ours.translate(name, source) == qt.translate(name, source), source
    assert ours.translate("", "no such text") is None


@pytest.mark.parametrize(
    ("typed", "fact_id"),
    [
        ("巴南", "banan-zhongtong-settlement"),
        ("1350.5亿", "online-retail-sales"),
        ("Nanan", "nanan-projects"),
    ],
)
def test_search_finds_chinese_and_variant_spellings(capsys, typed, fact_id):
    assert main(["search", typed, "--db", str(REPO / "data.db")]) == 0
    assert fact_id in capsys.readouterr().out


def test_show_cites_in_the_command_lines_language(capsys):
    db = str(REPO / "data.db")
    assert main(["--lang", "zh_CN", "show", "rural-share-of-online-retail", "--db", db]) == 0
    text = capsys.readouterr().out
    for words in (
        "假定（见说明）",
        "公式：",
        "输入数据：",
        "输入数据的来源：声明：",
        "发布：iChongqing",
    ):
        assert words in text, words
    assert "Formula" not in text and "of the inputs" not in text
    assert main(["--lang", "en", "show", "rural-share-of-online-retail", "--db", db]) == 0
    assert "Source of the inputs: Statement by" in capsys.readouterr().out


def test_exports_read_their_readings_and_citations_in_chinese(capsys):
    db = str(REPO / "data.db")
    argv = ["--lang", "zh_CN", "export", "--format", "md", "--search", "share", "--db", db]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "数据来自" in captured.out and "[^source]: 声明：" in captured.out
    assert "cqdesk export: " in captured.err and "条数据（Markdown）" in captured.err


# What a Chinese help may keep in Latin letters: option names, choices in braces, metavars,
# file and folder names, and the names of programs and formats.
_KEPT_IN_HELP = re.compile(
    r"--?[\w-]+|\{[^}]*\}|\b[\w-]+\.(?:db|png|json|ts)\b|\b[A-Z][A-Z_]*\b|\$\w+|~?[\w.*-]*/[\w./*-]*"
)
_NAMES = {"cqdesk", "Qt", "PySide6", "pyqtgraph", "SQLite", "Excel", "Frictionless", "Markdown"}
_NAMES |= {"CSV", "JSON", "lupdate", "id", "resources"}
_VALUES = {"table", "tsv", "csv", "json", "md", "datapackage", "position", "en", "zh_CN"}


def _sub_commands() -> list[str]:
    from cqdesk.cli.main import parser

    (commands,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return list(commands.choices)


@pytest.mark.parametrize("command", ["", *_sub_commands()])
def test_every_help_reads_in_chinese(capsys, monkeypatch, command):
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps to the terminal's width
    text = _help(capsys, "--lang", "zh_CN", *([command] if command else []))
    assert text.startswith("用法：")
    left = [
        word
        for word in re.findall(r"[A-Za-z][A-Za-z0-9_']*", _KEPT_IN_HELP.sub(" ", text))
        if word not in _NAMES | _VALUES | {w for c in _sub_commands() for w in c.split("-")}
    ]
    assert left == [], command
    # Wrapped by display width: no line of Chinese wider than the 80 columns argparse fills
    # (a usage line of long choices is argparse's own, in any language).
    chinese = [line for line in text.splitlines() if width(line) > len(line)]
    assert max(width(line) for line in chinese) <= 80, command


def test_help_text_wraps_by_display_width_and_between_chinese_characters():
    from cqdesk.cli.terminal import wrap

    lines = wrap("退出状态：0 表示成功；1 表示没有匹配的结果，或出现消息中说明的错误。", 20)
    assert (
        "".join(lines).replace(" ", "")
        == "退出状态：0表示成功；1表示没有匹配的结果，或出现消息中说明的错误。"
    )
    assert all(width(line) <= 20 for line in lines)
    assert not any(line[0] in "，。；：" for line in lines)  # a closing mark stays with its phrase
    assert wrap("Exit status: 0 on success; 1 when nothing matched", 20) == [
        "Exit status: 0 on",
        "success; 1 when",
        "nothing matched",
    ]
    assert wrap("a-very-long-option-name and more", 8)[0] == "a-very-long-option-name"
