"""Where cqdesk finds its bundled database and resources, in a checkout or an installed copy."""

from __future__ import annotations

import os
import site
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = PACKAGE_DIR.parent
DB_NAME = "data.db"
APP_ID = "io.github.cqdesk.cqdesk"  # names the .desktop file, the metainfo and the icon
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


def datasette_metadata() -> Path:
    """The Datasette metadata shipped inside the package."""
    return PACKAGE_DIR / "datasette" / "metadata.yaml"


def _share_dirs() -> list[Path]:
    """Where an installed copy keeps its shared files: a bundle's folder, the environment's
    ``share`` (a venv or a system install), or the user's (``pip install --user``)."""
    found = []
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks its data here
    if bundle:
        found.append(Path(bundle) / "share")
    found.append(Path(sys.prefix) / "share")
    user_base = site.getuserbase()
    if user_base:
        found.append(Path(user_base) / "share")
    return found


def desktop_files() -> dict[str, Path]:
    """The .desktop file, the AppStream metainfo and the icons (``icons/hicolor/...``), by role,
    for a checkout or an installed copy; missing files are left out."""
    relative = {
        "desktop": Path("applications") / f"{APP_ID}.desktop",
        "metainfo": Path("metainfo") / f"{APP_ID}.metainfo.xml",
    }
    checkout = CHECKOUT_DIR / "resources" / "desktop"
    found: dict[str, Path] = {}
    for role, path in relative.items():
        candidates = [checkout / path.name, *(share / path for share in _share_dirs())]
        hit = next((candidate for candidate in candidates if candidate.is_file()), None)
        if hit is not None:
            found[role] = hit
    return found


def _pixels(png: Path) -> int:
    return int(png.parts[-3].split("x")[0])  # .../48x48/apps/ID.png


def icon_files() -> list[Path]:
    """The icon in every size shipped (the SVG last), from the checkout or an installed copy."""
    roots = [CHECKOUT_DIR / "resources" / "desktop" / "icons" / "hicolor"] + [
        share / "icons" / "hicolor" for share in _share_dirs()
    ]
    for root in roots:
        pngs = sorted(root.glob(f"*x*/apps/{APP_ID}.png"), key=_pixels)
        svg = root / "scalable" / "apps" / f"{APP_ID}.svg"
        if pngs or svg.is_file():
            return pngs + ([svg] if svg.is_file() else [])
    return []
