"""Where cqdesk finds its bundled database and resources, in a checkout or an installed copy."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = PACKAGE_DIR.parent
DB_NAME = "data.db"


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
