"""The command line's language: ``--lang`` or the locale; its help comes from the same translation."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from cqdesk.cli.qm import QmFile
from cqdesk.cli.terminal import wrap
from cqdesk.export.words import Words, words_in
from cqdesk.paths import TRANSLATIONS_DIR
from cqdesk.text.language import CHINESE, ENGLISH, LANGUAGES


class _Loaded:
    """The translator of the command line's language (None for English)."""

    translator: QmFile | None = None
    code: str = ENGLISH


def _tr(text: str) -> str:
    # Marks a text for lupdate (the empty context); tr() translates it when it is shown.
    return text


# argparse's own words; help_parser puts their translations in.
_ARGPARSE = {
    "usage": _tr("usage: "),
    "positional": _tr("positional arguments"),
    "options": _tr("options"),
    "help": _tr("show this help message and exit"),
    "version": _tr("show program's version number and exit"),
}


# argparse's messages for a bad command line, as Python 3.11 writes them (argparse looks its
# ``_`` and ``ngettext`` up when it writes one; ``argparse_in_language`` puts tr in their place).
# Marked here for lupdate; the %(name)s and %s stay for argparse to fill.
ARGPARSE_ERRORS = (
    _tr("%(prog)s: error: %(message)s"),
    _tr("argument %(argument_name)s: %(message)s"),
    _tr("unrecognized arguments: %s"),
    _tr("the following arguments are required: %s"),
    _tr("invalid choice: %(value)r (choose from %(choices)s)"),
    _tr("invalid %(type)s value: %(value)r"),
    _tr("expected one argument"),
    _tr("expected at most one argument"),
    _tr("expected at least one argument"),
    _tr("expected %s argument"),
    _tr("expected %s arguments"),
    _tr("ambiguous option: %(option)s could match %(matches)s"),
    _tr("not allowed with argument %s"),
    _tr("ignored explicit argument %r"),
    _tr("one of the arguments %s is required"),
    _tr("unexpected option string: %s"),
    _tr("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def requested_language(argv: list[str], environ: Mapping[str, str] | None = None) -> str:
    """``--lang CODE`` (or ``--lang=CODE``) from ``argv``, else the locale's language (the
    environment's LC_ALL, LC_MESSAGES or LANG, as the C library reads them)."""
    asked = None  # the last --lang wins, as argparse has it (before and after the command)
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            asked = argv[index + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            asked = arg.split("=", 1)[1]
    if asked is not None:
        return asked
    settings = os.environ if environ is None else environ
    name = next(
        (settings[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if settings.get(key)), ""
    )
    if not name:
        import locale  # only where no variable names the language (most sessions do)

        name = locale.getlocale()[0] or ""
    return CHINESE if name.startswith("zh") else ENGLISH


def use_language(code: str) -> None:
    """Translate the command line's help into ``code`` from now on (English when missing)."""
    _Loaded.translator = None
    _Loaded.code = code
    if code != ENGLISH:
        _Loaded.translator = QmFile.load(TRANSLATIONS_DIR / f"cqdesk_{code}.qm")


def tr(text: str) -> str:
    """``text`` in the command line's language."""
    return translate("", text)


def translate(context: str, text: str) -> str:
    """``text`` of ``context`` in the command line's language: a word that reads differently
    in Chinese where the window uses it (lupdate files ``_translate`` calls under ``context``)."""
    if _Loaded.translator is None:
        return text
    return _Loaded.translator.translate(context, text) or text


def _argparse_text(text: str) -> str:
    # argparse ends its "error:" line with a newline; the translation is of the line itself.
    if text.endswith("\n"):
        return tr(text[:-1]) + "\n"
    return tr(text)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return tr(singular if count == 1 else plural)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """While parsing, argparse writes its errors ("unrecognized arguments", "invalid choice")
    in the command line's language; its own gettext is put back afterwards."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_text, _argparse_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def words() -> Words:
    """The framing words of citations and exports in the command line's language."""
    return words_in(tr, _Loaded.code if _Loaded.translator is not None else ENGLISH)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its "usage:" in the command line's language, wrapped by display
    width (a Chinese character takes two columns, and a line may break between two)."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(
            usage, actions, groups, tr(_ARGPARSE["usage"]) if prefix is None else prefix
        )

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


def help_parser(parser: argparse.ArgumentParser) -> None:
    """Translate argparse's own words in ``parser`` and its sub-commands' parsers."""
    parser.formatter_class = HelpFormatter
    parser._positionals.title = tr(_ARGPARSE["positional"])
    parser._optionals.title = tr(_ARGPARSE["options"])
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = tr(_ARGPARSE["help"])
        elif isinstance(action, argparse._VersionAction):
            action.help = tr(_ARGPARSE["version"])
        elif isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                help_parser(sub)
