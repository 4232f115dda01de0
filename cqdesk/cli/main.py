"""The ``cqdesk`` command: the window by default; build, search, show, export, install-desktop."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cqdesk.cli import desktop, export, search, show
from cqdesk.cli.language import (
    argparse_in_language,
    help_parser,
    requested_language,
    use_language,
)
from cqdesk.cli.language import tr as _tr
from cqdesk.cli.output import exit_codes_help
from cqdesk.cli.version import VersionAction
from cqdesk.crash_log import summary, write_log
from cqdesk.paths import default_database, resources_dir
from cqdesk.text.formatting import fill
from cqdesk.text.language import LANGUAGES
from cqdesk.text.safe_text import readable


def _add_build(commands: argparse._SubParsersAction) -> None:
    build = commands.add_parser("build", help=_tr("build data.db from resources/"))
    build.add_argument("--resources", type=Path, default=None, help=_tr("the resources folder"))
    build.add_argument("-o", "--out", type=Path, default=None, help=_tr("the database to write"))
    build.add_argument(
        "--update-translations",
        action="store_true",
        help=_tr("first add the code's new strings to resources/translations/*.ts (lupdate)"),
    )


def parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    main = argparse.ArgumentParser(
        prog="cqdesk",
        description=_tr("Browse Chongqing's 2020 e-commerce figures, offline."),
        epilog=exit_codes_help(),
    )
    main.add_argument(
        "--version",
        action=VersionAction,
        help=_tr("print the versions of cqdesk, Qt, PySide6, pyqtgraph and SQLite, and exit"),
    )
    main.add_argument(
        "--db",
        type=Path,
        default=None,
        help=_tr("the database to open (default: the bundled data.db)"),
    )
    main.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=_tr("render the window offscreen to FILE.png and exit"),
    )
    main.add_argument("--category", help=_tr("with --screenshot: the category to select"))
    main.add_argument("--place", help=_tr("with --screenshot: the place to filter by"))
    main.add_argument("--search", help=_tr("with --screenshot: the search text"))
    main.add_argument("--fact", help=_tr("with --screenshot: the fact to select"))
    main.add_argument(
        "--charts", action="store_true", help=_tr("with --screenshot: show the Charts tab")
    )
    lang_help = _tr(
        "the language of the window and of this help (default: the saved choice, else the system's)"
    )
    main.add_argument("--lang", choices=LANGUAGES, help=lang_help)
    commands = main.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(commands)
    for command in (search, show, export):
        command.add_parser(commands)
    desktop.add_parsers(commands)
    # People type the language after the command too ("cqdesk show ID --lang zh_CN"); SUPPRESS
    # keeps a command's missing --lang from overwriting one given before it.
    for sub in commands.choices.values():
        sub.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=lang_help)
    return main


def run_build(args: argparse.Namespace) -> int:
    """``cqdesk build``: write data.db from resources/."""
    from cqdesk.paths import PACKAGE_DIR
    from cqdesk.pipeline import BuildError, build_database
    from cqdesk.pipeline.translations import compile_translations, update_sources

    resources = args.resources or resources_dir()
    out = args.out or (resources.parent / "data.db")
    try:
        if args.update_translations:
            update_sources(resources, PACKAGE_DIR)
        written = [build_database(resources, out)]
        # The interface's translations, compiled from resources/translations into the package.
        if (resources / "translations").is_dir():
            written += compile_translations(resources)
    except BuildError as exc:
        # The build's own diagnostics name files and fields of resources/: they stay English.
        print(fill(_tr("cqdesk build: %1"), str(exc)), file=sys.stderr)
        return 1
    for path in written:
        print(fill(_tr("wrote %1"), readable(str(path))), file=sys.stderr)
    return 0


def run_window(args: argparse.Namespace) -> int:
    """Open the window (or render it to a file with --screenshot)."""
    from cqdesk.ui.window.app import run

    return run(args, args.db or default_database())


def _readable_arguments(args: argparse.Namespace) -> argparse.Namespace:
    """Ids and search text with undecodable bytes as U+FFFD (paths keep their bytes to open)."""
    for name, value in vars(args).items():
        if isinstance(value, str):
            setattr(args, name, readable(value))
        elif isinstance(value, list):
            setattr(args, name, [readable(v) if isinstance(v, str) else v for v in value])
    return args


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "build":
        return run_build(args)
    if args.command is not None and args.command != "build":
        return args.run(args)
    return run_window(args)


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; returns the exit code.

    An error nobody expected ends in one line naming it and the log file that holds its
    traceback, and exit status 1, never a traceback on the terminal.
    """
    # The help is written in the language asked for (--lang) or the locale's, before parsing.
    use_language(requested_language(sys.argv[1:] if argv is None else argv))
    grammar = parser()
    help_parser(grammar)
    with argparse_in_language():
        args = _readable_arguments(grammar.parse_args(argv))
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print(_tr("cqdesk: interrupted"), file=sys.stderr)
        return 130
    except Exception as error:
        logged = write_log(error, error.__traceback__)
        where_to = (
            fill(_tr("details in %1"), readable(str(logged)))
            if logged
            else _tr("no log could be written")
        )
        print(
            fill(_tr("cqdesk: unexpected error: %1 (%2)"), summary(error), where_to),
            file=sys.stderr,
        )
        return 1
