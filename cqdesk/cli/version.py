"""``cqdesk --version``: cqdesk's version and those of the libraries a bug report needs."""

from __future__ import annotations

import argparse
import platform
import sqlite3
import sys
from importlib import metadata

from cqdesk import SCHEMA_VERSION, __version__


def _installed(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _qt() -> tuple[str, str]:
    """Qt's run-time version and PySide6's, without starting any part of the GUI."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        return f"cannot be loaded ({exc})", "not installed"
    return qVersion(), PySide6.__version__


def version_text() -> str:
    """One line per component: cqdesk, Python, Qt, PySide6, pyqtgraph, SQLite, sqlite-utils."""
    qt, pyside = _qt()
    lines = [
        f"cqdesk {__version__} (database schema {SCHEMA_VERSION})",
        f"Python {platform.python_version()}",
        f"Qt {qt}",
        f"PySide6 {pyside}",
        f"pyqtgraph {_installed('pyqtgraph')}",
        f"SQLite {sqlite3.sqlite_version}",
        f"sqlite-utils {_installed('sqlite-utils')}",
    ]
    return "\n".join(lines) + "\n"


class VersionAction(argparse.Action):
    """Prints ``version_text()`` on standard output and exits 0, like argparse's own."""

    def __init__(
        self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None
    ):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        sys.stdout.write(version_text())  # data, so standard output (argparse's goes to stderr)
        parser.exit(0)
