"""The command line's help in Chinese (--lang or the locale), and Chinese searches on it."""

from __future__ import annotations

import argparse
import json
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


def test_show_names_the_plain_number_as_a_number_not_a_count(capsys):
    # The printout's "number" is the figure unformatted (数字); the charts' "number" axis is
    # a count (数量): one English word, two Chinese ones.
    db = str(REPO / "data.db")
    assert main(["--lang", "zh_CN", "show", "rural-share-of-online-retail", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split()[:2] == ["数字", "18.0155497963717"] for line in lines)
    assert not any(line.split()[:1] == ["数量"] for line in lines)


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


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    """The exit status, standard output and standard error of ``cqdesk ARGV``."""
    try:
        status = main(list(argv))
    except SystemExit as exit_:  # argparse's own refusal of a bad command line
        status = int(exit_.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


_DB = str(REPO / "data.db")
# (argv, exit status, the English message, its Chinese translation), each said on stderr.
_MESSAGES = [
    (["frobnicate"], 2, "invalid choice: 'frobnicate'", "无效的选项：'frobnicate'"),
    (["search"], 2, "the following arguments are required: TEXT", "缺少以下必需参数：TEXT"),
    (["search", "x", "--bogus"], 2, "unrecognized arguments: --bogus", "无法识别的参数：--bogus"),
    (["search", "--format", "xml", "x"], 2, "argument --format: invalid", "参数 --format：无效"),
    (["show"], 2, "error: the following arguments", "错误：缺少以下必需参数"),
    (["show", "no-such-fact", "--db", _DB], 1, "no fact with id 'no-such-fact'.", "没有 id 为"),
    (
        ["show", "online-retail-sale", "--db", _DB],
        1,
        "Did you mean online-retail-sales",
        "是否要找：online-retail-sales",
    ),
    (
        ["search", "zzzqqq", "--db", _DB],
        1,
        "No facts match 'zzzqqq' with",
        "没有与 'zzzqqq' 匹配的数据",
    ),
    (["search", "?!", "--db", _DB], 1, "nothing to search for in '?!'", "中没有可搜索的内容"),
    (
        ["search", "x", "--category", "nope", "--db", _DB],
        1,
        "no category with id 'nope'",
        "没有 id 为 'nope' 的类别",
    ),
    (
        ["search", "x", "--place", "nope", "--db", _DB],
        1,
        "no place with id 'nope'",
        "没有 id 为 'nope' 的地点",
    ),
    (["search", "农村", "--db", _DB], 0, "19 facts", "19 条数据"),
    (
        ["export", "--bom", "--format", "json", "--db", _DB],
        1,
        "--bom applies to --format csv only.",
        "--bom 只适用于 --format csv。",
    ),
    (
        ["export", "--format", "datapackage", "--db", _DB],
        1,
        "writes a folder: give it with -o DIR",
        "写入的是文件夹",
    ),
    (
        ["export", "--format", "datapackage", "--search", "x", "-o", "out", "--db", _DB],
        1,
        "drop the filters",
        "请去掉筛选条件",
    ),
]


@pytest.mark.parametrize(("argv", "status", "english", "chinese"), _MESSAGES)
def test_each_message_in_both_languages(capsys, argv, status, english, chinese):
    code, _, err = _run(capsys, "--lang", "en", *argv)
    assert code == status and english in err, err
    code, _, err = _run(capsys, "--lang", "zh_CN", *argv)
    assert code == status and chinese in err, err
    assert english not in err


def test_a_bad_database_file_is_named_in_either_language(capsys, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database at all, but long enough to have a header " * 4)
    code, _, err = _run(capsys, "--lang", "en", "show", "x", "--db", str(bad))
    assert code == 1 and err.startswith("cqdesk show: ") and "not a readable cqdesk database" in err
    code, _, err = _run(capsys, "--lang", "zh_CN", "show", "x", "--db", str(bad))
    assert code == 1 and err.startswith("cqdesk show: ") and "不是可读取的 cqdesk 数据库" in err
    code, _, err = _run(capsys, "--lang", "zh_CN", "search", "x", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "处没有数据库" in err


def _keys(data: object) -> set[str]:
    """Every key of a JSON document, at any depth."""
    if isinstance(data, dict):
        return set(data) | {key for value in data.values() for key in _keys(value)}
    if isinstance(data, list):
        return {key for value in data for key in _keys(value)}
    return set()


def test_the_data_on_standard_output_stays_machine_readable_in_chinese(capsys):
    for fmt in ("tsv", "csv", "json"):
        english = _run(capsys, "--lang", "en", "search", "农村", "--format", fmt, "--db", _DB)[1]
        chinese = _run(capsys, "--lang", "zh_CN", "search", "农村", "--format", fmt, "--db", _DB)[1]
        if fmt == "json":
            assert _keys(json.loads(chinese)) == _keys(json.loads(english))
        else:
            assert chinese.splitlines()[0] == english.splitlines()[0]  # English column names
    # The table for reading, and show's printout, are in Chinese: headers, names and values.
    table = _run(capsys, "--lang", "zh_CN", "search", "农村", "--db", _DB)[1]
    assert table.split()[:3] == ["ID", "名称", "数值"] and "243.3亿元" in table
    shown = _run(capsys, "--lang", "zh_CN", "show", "rural-online-retail-sales", "--db", _DB)[1]
    assert shown.startswith("农村网络零售额\n") and "类别" in shown and "重庆市 (Chongqing" in shown
    assert "声明：重庆市商务委员会" in shown


def test_argparse_speaks_its_own_english_again_after_parsing(capsys):
    import gettext

    _run(capsys, "--lang", "zh_CN", "frobnicate")
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext


def test_lang_may_follow_the_command_and_the_last_one_wins(capsys):
    db = str(REPO / "data.db")
    assert main(["show", "online-retail-growth-gap", "--db", db, "--lang", "zh_CN"]) == 0
    assert "类型" in capsys.readouterr().out
    assert main(["--lang", "zh_CN", "show", "online-retail-growth-gap", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "kind" in text and "类型" not in text
    assert requested_language(["--lang", "zh_CN", "search", "x", "--lang=en"]) == "en"
