"""Builds cqdesk as a one-folder application (PyInstaller) for the platform it runs on.

    python3 -m cqdesk.bundle [--dist DIR] [--work DIR]     (in a clone, from its top folder)

It builds a wheel of this checkout, installs it with PyInstaller into a fresh virtual
environment under WORK, and writes DIST/cqdesk/ with the ``cqdesk`` executable (``cqdesk.exe``
on Windows), the bundled data.db, the icons and the licences. Copy that folder anywhere and run
it; no Python needed. The same command works on Linux, Windows and macOS (see the README).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

from cqdesk.paths import CHECKOUT_DIR as CHECKOUT

# PyInstaller's script: the same ``cqdesk`` command a pip install gives.
ENTRY = Path(__file__).resolve().parent / "entry.py"
NAME = "cqdesk"
# Pinned so a bundle builds the same way next year; raise it deliberately.
PYINSTALLER = "pyinstaller>=6.10,<7"


def _run(*command: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(map(str, command)), file=sys.stderr, flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=cwd)


def _venv_python(folder: Path) -> Path:
    scripts = folder / ("Scripts" if os.name == "nt" else "bin")
    return scripts / ("python.exe" if os.name == "nt" else "python")


def build_environment(work: Path) -> Path:
    """A fresh venv holding the wheel of this checkout and PyInstaller; its Python."""
    wheels = work / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, CHECKOUT)
    (wheel,) = wheels.glob("cqdesk-*.whl")
    environment = work / "venv"
    shutil.rmtree(environment, ignore_errors=True)
    venv.create(environment, with_pip=True)
    python = _venv_python(environment)
    _run(python, "-m", "pip", "install", "-q", wheel, PYINSTALLER)
    return python


def _data(source: Path, target: str) -> list[str]:
    return ["--add-data", f"{source}{os.pathsep}{target}"]


def pyinstaller_arguments(dist: Path, work: Path) -> list[str | Path]:
    """PyInstaller's options and script for a one-folder bundle under ``dist``."""
    # The bundle mirrors a checkout (data.db and resources/desktop beside the package), so
    # cqdesk.paths finds everything as it does in a clone.
    icon = CHECKOUT / "resources" / "desktop" / "icons" / "hicolor" / "256x256" / "apps"
    options: list[str | Path] = [
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",  # the build narrates thousands of INFO lines otherwise
        "--onedir",
        "--name",
        NAME,
        "--distpath",
        dist,
        "--workpath",
        work / "pyinstaller",
        "--specpath",
        work,
        "--collect-data",
        "cqdesk",  # the Datasette metadata and other package files
        # `cqdesk --version` reads these distributions' versions from their metadata.
        *(f"--copy-metadata={name}" for name in ("cqdesk", "pyqtgraph", "sqlite-utils")),
        *_data(CHECKOUT / "data.db", "."),
        *_data(CHECKOUT / "resources" / "desktop", "resources/desktop"),
        *_data(CHECKOUT / "LICENSE", "."),
        *_data(CHECKOUT / "LICENSE-DATA", "."),
    ]
    if sys.platform in ("win32", "darwin"):
        # Windows and macOS take the icon file for the executable or app; Linux uses the .desktop.
        options += ["--icon", next(icon.glob("*.png"))]
    return [*options, ENTRY]


def build_bundle(python: Path, dist: Path, work: Path) -> Path:
    """Run PyInstaller; the folder of the application."""
    _run(python, "-m", "PyInstaller", *pyinstaller_arguments(dist, work))
    return dist / NAME


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=CHECKOUT / "dist", help="default: dist/")
    parser.add_argument(
        "--work", type=Path, default=CHECKOUT / "build" / "bundle", help="default: build/bundle/"
    )
    args = parser.parse_args()
    work, dist = args.work.resolve(), args.dist.resolve()
    work.mkdir(parents=True, exist_ok=True)
    folder = build_bundle(build_environment(work), dist, work)
    executable = folder / (NAME + (".exe" if os.name == "nt" else ""))
    print(f"built {executable}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
