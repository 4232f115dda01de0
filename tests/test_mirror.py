"""The tests mirror the code (every folder of modules in cqdesk/ has a test folder beside it), and
the top level holds only the agreed folders and files."""

from __future__ import annotations

import subprocess

import pytest

from tests.locations import PACKAGE, REPO

TESTS = REPO / "tests"


def _module_folders() -> list:
    return sorted(
        folder
        for folder in PACKAGE.rglob("*")
        if folder.is_dir()
        and (folder / "__init__.py").exists()
        and any(p.name != "__init__.py" for p in folder.glob("*.py"))
    )


def test_every_folder_of_modules_has_tests_of_its_own():
    for folder in _module_folders():
        mirror = TESTS / folder.relative_to(PACKAGE)
        assert list(mirror.glob("test_*.py")), f"tests/{folder.relative_to(PACKAGE)} has no tests"


def test_every_test_folder_names_a_folder_of_the_code():
    for folder in sorted(p for p in TESTS.rglob("*") if p.is_dir() and p.name != "__pycache__"):
        assert (PACKAGE / folder.relative_to(TESTS)).is_dir(), f"{folder} mirrors nothing"


# The agreed top level: the package, its data sources and build output, the tests, CI and the
# benchmarks, and the files tools look for at the top. Maintenance scripts live in the package
# (``python -m cqdesk.…``), the bundle's CI check in .ci/.
TOP_LEVEL = {
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "LICENSE-DATA",
    ".gitignore",
    "data.db",
    "cqdesk",
    "resources",
    "tests",
    "bench",
    ".ci",
}


def test_the_top_level_holds_only_the_agreed_entries():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    # Tracked or new files that are on disk (a deletion not yet staged is gone already).
    tops = {line.split("/")[0] for line in listed.stdout.splitlines() if (REPO / line).exists()}
    assert tops <= TOP_LEVEL, f"stray at the top level: {sorted(tops - TOP_LEVEL)}"
