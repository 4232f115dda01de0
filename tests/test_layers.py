"""Keeps the layers honest: the store knows no Qt, the ui no sqlite3, the models do no I/O."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cqdesk"


def _imports(folder: str) -> dict[str, set[str]]:
    found = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(
                    node.module if node.module.startswith("cqdesk") else node.module.split(".")[0]
                )
        found[str(path.relative_to(PACKAGE))] = names
    return found


def test_store_pipeline_and_text_import_no_qt():
    for folder in ("store", "pipeline", "text"):
        for path, names in _imports(folder).items():
            assert not {"PySide6", "pyqtgraph"} & names, path
            assert not any(name.startswith(("cqdesk.ui", "cqdesk.models")) for name in names), path


def test_ui_and_models_import_no_sqlite():
    for folder in ("ui", "models"):
        if (PACKAGE / folder).exists():
            for path, names in _imports(folder).items():
                assert not {"sqlite3", "sqlite_utils"} & names, path
                assert not any(name.startswith("cqdesk.pipeline") for name in names), path


def test_models_do_no_io():
    if (PACKAGE / "models").exists():
        for path, names in _imports("models").items():
            assert not any(
                name.startswith("cqdesk.store.") and name != "cqdesk.store.records"
                for name in names
            ), path


def test_every_module_has_a_docstring():
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path.relative_to(PACKAGE)} needs a one-line docstring"
