"""Guards against PySide6 builds that abort after thousands of calls returning None (6.12.0 on 3.11)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SOAK = textwrap.dedent("""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    widget = QWidget()
    model = QStringListModel()
    for index in range(30000):
        widget.setObjectName(f"w{index % 97}")
        widget.setToolTip("t")
        model.setStringList(["a", "b"]) if index % 1000 == 0 else None
    print("survived", index + 1)
""")


def test_thirty_thousand_none_returning_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SOAK], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived 30000" in result.stdout


def test_dependency_excludes_the_aborting_pair():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    pyside = [d for d in project["project"]["dependencies"] if d.lower().startswith("pyside6")]
    old_python = [d for d in pyside if "python_version < '3.12'" in d]
    assert old_python and all("<6.12" in d for d in old_python), pyside
