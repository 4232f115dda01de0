"""Keeps the shared formats free of Qt and of SQL (the layers test covers the command line)."""

from __future__ import annotations

import ast

from tests.locations import PACKAGE


def _top_level_imports(folder: str) -> dict[str, set[str]]:
    found = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[path.name] = names
    return found


def test_formats_import_no_qt_and_no_sql():
    for path, names in _top_level_imports("export").items():
        assert not any(
            name.split(".")[0] in {"PySide6", "pyqtgraph", "sqlite3"} for name in names
        ), path
        assert not any(
            name.startswith("cqdesk.store.") and name != "cqdesk.store.records" for name in names
        ), path
