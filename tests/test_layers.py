"""Keeps the layers honest: store and pipeline know no Qt, the ui and the command line reach the
store only through its Catalog and records, the models do no I/O, every module has a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cqdesk"
QT = {"PySide6", "pyqtgraph", "shiboken6"}
SQL = {"sqlite3", "sqlite_utils", "apsw"}
# What a user of the store may import from it: the package (Catalog, StoreError, records) and
# the records module.
STORE_FACE = {"cqdesk.store", "cqdesk.store.records"}


def _imports(folder: str) -> dict[str, set[str]]:
    """Each module of ``folder`` with every module it imports (at any depth of the code)."""
    found = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
                names |= {f"{node.module}.{alias.name}" for alias in node.names}
        found[str(path.relative_to(PACKAGE))] = names
    return found


def _tops(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def _store_modules(names: set[str]) -> set[str]:
    """The store modules among ``names`` (``from cqdesk.store import X`` names X too)."""
    store_files = {p.stem for p in (PACKAGE / "store").glob("*.py")} - {"__init__"}
    found = set()
    for name in names:
        parts = name.split(".")
        if parts[:2] == ["cqdesk", "store"] and len(parts) > 2 and parts[2] in store_files:
            found.add(".".join(parts[:3]))
    return found


def test_the_folders_exist():
    for folder in ("pipeline", "store", "models", "ui", "cli", "export", "text", "style"):
        assert (PACKAGE / folder / "__init__.py").exists(), folder


def test_store_pipeline_text_export_and_cli_import_no_qt():
    for folder in ("store", "pipeline", "text", "export", "cli"):
        for path, names in _imports(folder).items():
            assert not QT & _tops(names), path
            if folder != "cli":  # the command line may start the window (checked below)
                assert not any(name.startswith(("cqdesk.ui", "cqdesk.models")) for name in names)


def test_ui_models_and_cli_never_touch_sqlite():
    for folder in ("ui", "models", "cli", "export", "text", "style"):
        for path, names in _imports(folder).items():
            assert not SQL & _tops(names), path


def test_ui_and_cli_reach_the_store_only_through_the_catalog():
    for folder in ("ui", "cli", "models", "export", "text", "style"):
        for path, names in _imports(folder).items():
            assert _store_modules(names) <= STORE_FACE, (path, _store_modules(names) - STORE_FACE)


def test_the_formats_know_only_records():
    for path, names in _imports("export").items():
        assert _store_modules(names) <= {"cqdesk.store.records"}, path
        assert "cqdesk.store" not in names, path


def test_only_the_command_line_reaches_the_pipeline():
    for folder in ("store", "models", "ui", "export", "text", "style"):
        for path, names in _imports(folder).items():
            assert not any(name.startswith("cqdesk.pipeline") for name in names), path


def test_the_command_line_starts_the_window_only_through_its_app_module():
    for path, names in _imports("cli").items():
        ui = {name for name in names if name.startswith("cqdesk.ui")}
        assert ui <= {"cqdesk.ui.window.app", "cqdesk.ui.window.app.run"}, (path, ui)


def test_models_do_no_io_and_style_has_no_widgets():
    for path, names in _imports("models").items():
        assert not {"os", "pathlib", "io"} & _tops(names), path
        assert not any(name.startswith("cqdesk.ui") for name in names), path
    for path, names in _imports("style").items():
        assert not any(name.startswith("PySide6.QtWidgets") for name in names), path


def test_every_module_has_a_docstring():
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path.relative_to(PACKAGE)} needs a one-line docstring"
