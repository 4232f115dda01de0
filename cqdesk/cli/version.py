"""``cqdesk --version``: cqdesk's version and those of the libraries a bug report needs."""

from __future__ import annotations

import argparse
import sys

from cqdesk import SCHEMA_VERSION, __version__
from cqdesk.store import sqlite_version


def _installed(distribution: str) -> str:
    # Here, not at the top: importlib.metadata costs every start of the window 30-60 ms.
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _python_version() -> str:
    import platform  # here: the window's every start imports this module, not its --version

    return platform.python_version()


def _qt() -> tuple[str, str]:
    """Qt's run-time version and PySide6's, from the window's own module (no window is made)."""
    try:
        import cqdesk.ui.window.app as window_app
    except ImportError as exc:  # a broken Qt install: say so instead of failing
        return f"cannot be loaded ({exc})", "unknown"
    return window_app.qt_versions()


def version_text() -> str:
    """One line per component: cqdesk, Python, Qt, PySide6, pyqtgraph, SQLite, sqlite-utils."""
    qt, pyside = _qt()
    lines = [
        f"cqdesk {__version__} (database schema {SCHEMA_VERSION})",
        f"Python {_python_version()}",
        f"Qt {qt}",
        f"PySide6 {pyside}",
        f"pyqtgraph {_installed('pyqtgraph')}",
        f"SQLite {sqlite_version()}",
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
