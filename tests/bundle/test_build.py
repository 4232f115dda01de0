"""The bundle builder runs from a clone with a bare Python and hands PyInstaller files that exist."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cqdesk.bundle.build import ENTRY, pyinstaller_arguments
from tests.locations import REPO


def test_the_builder_needs_only_the_standard_library():
    # -S: no site-packages, so neither PyInstaller nor cqdesk's dependencies can be imported;
    # the clone's top folder (the working directory) is where python -m finds the package.
    done = subprocess.run(
        [sys.executable, "-S", "-m", "cqdesk.bundle", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "--dist" in done.stdout and "--work" in done.stdout


def test_every_file_handed_to_pyinstaller_exists(tmp_path):
    arguments = pyinstaller_arguments(tmp_path / "dist", tmp_path / "work")
    assert arguments[-1] == ENTRY and ENTRY.is_file()
    added = [arguments[n + 1] for n, word in enumerate(arguments) if word == "--add-data"]
    sources = [Path(str(pair).rsplit(os.pathsep, 1)[0]) for pair in added]
    assert {source.name for source in sources} == {"data.db", "desktop", "LICENSE", "LICENSE-DATA"}
    for source in sources:
        assert source.exists(), source


def test_the_entry_runs_the_command_line():
    done = subprocess.run(
        [sys.executable, str(ENTRY), "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("cqdesk ")
