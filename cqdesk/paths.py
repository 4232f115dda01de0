"""Where cqdesk finds its bundled database and resources, in a checkout or an installed copy."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = PACKAGE_DIR.parent
DB_NAME = "data.db"
# Shipped inside the package: the compiled translations and the bundled CJK font subset.
TRANSLATIONS_DIR = PACKAGE_DIR / "translations"
FONT_FILE = PACKAGE_DIR / "fonts" / "cqdesk-cjk-subset.otf"


def resources_dir() -> Path:
    """The folder ``data.db`` is built from (only present in a source checkout)."""
    return CHECKOUT_DIR / "resources"


def default_database() -> Path:
    """The bundled ``data.db``: beside the package in a checkout, else in ``share/cqdesk``."""
    candidates = [
        CHECKOUT_DIR / DB_NAME,
        Path(sys.prefix) / "share" / "cqdesk" / DB_NAME,
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return candidates[0]


def state_dir() -> Path:
    """Where cqdesk keeps its log: the XDG state folder (``~/.local/state/cqdesk``), or the
    local application data folder on Windows."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    else:
        base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "cqdesk"


def log_file() -> Path:
    """The file unexpected errors are written to, with their tracebacks."""
    return state_dir() / "cqdesk.log"
