"""The tests mirror the code: every folder of modules in cqdesk/ has a test folder beside it."""

from __future__ import annotations

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
