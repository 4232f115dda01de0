"""The whole app with no network at all: in a network namespace with no interfaces, and with
Python's sockets refused too (a Qt socket would not go through Python's).

Run alone: ``unshare -n .venv/bin/python tests/offline_session.py data.db OUT_FOLDER`` (as root;
``unshare -rn`` as a user with user namespaces),
or ``.venv/bin/python -m pytest tests/test_offline.py``. CI (``CI=true``) requires it to run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SESSION = Path(__file__).with_name("offline_session.py")


def _namespace_command() -> list[str] | None:
    """``unshare -n`` as root, ``unshare -rn`` (a user namespace) otherwise; None if neither works."""
    if shutil.which("unshare") is None:
        return None
    for command in (["unshare", "-n"], ["unshare", "-rn"]):
        if subprocess.run([*command, "true"], capture_output=True).returncode == 0:
            return command
    return None


def test_the_whole_app_runs_in_a_network_namespace_with_no_interfaces(tmp_path, real_db_path):
    namespace = _namespace_command()
    if namespace is None:
        if os.environ.get("CI") == "true" or os.environ.get("CQDESK_REQUIRE_UNSHARE"):
            pytest.fail("CI must run the offline check, but unshare -n is not available")
        pytest.skip("unshare -n is not available here (needs root or user namespaces)")
    result = subprocess.run(
        [*namespace, sys.executable, str(SESSION), str(real_db_path), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert "network: unreachable" in lines
    assert "interfaces: lo (down)" in lines
    assert lines[-1] == "offline session: ok"
    assert (tmp_path / "facts.csv").read_bytes().startswith(b"id,label,value")
    assert (tmp_path / "chart.svg").read_bytes().lstrip().startswith(b"<?xml")


def test_the_suite_refuses_python_network_connections():
    import socket

    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe,
        pytest.raises(AssertionError, match="tried to open a network connection"),
    ):
        probe.connect(("192.0.2.1", 80))
