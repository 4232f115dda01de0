"""A private X server for the tests that drive real windows, and waits on conditions, not clocks.

Xvfb picks a free display itself (``-displayfd``) and says which once it accepts clients, so two
runs at once never share or kill each other's server; every wait polls a condition with a
deadline, so a loaded machine only makes a test slower, never wrong.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest

T = TypeVar("T")

# Long enough for a window to start on two busy cores shared by two test runs; a healthy run
# meets every condition in a few seconds, so only a broken one waits this long.
PATIENCE = 90.0


def need(tools: tuple[str, ...], packages: str) -> None:
    """Skip without one of ``tools``; under CQDESK_REQUIRE_XVFB=1 (CI) fail instead."""
    for tool in tools:
        if shutil.which(tool) is None:
            reason = f"{tool} is not installed (apt-get install -y {packages})"
            if os.environ.get("CQDESK_REQUIRE_XVFB") == "1":
                pytest.fail(f"CQDESK_REQUIRE_XVFB=1 but {reason}")
            pytest.skip(reason)


def until(check: Callable[[], T], seconds: float = PATIENCE) -> T | None:
    """Poll ``check`` until it gives a true value (returned) or ``seconds`` pass (None).

    Outside processes have no Qt event loop here for qtbot to wait on, hence polling.
    """
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result or time.monotonic() >= deadline:
            return result or None
        time.sleep(0.1)


@contextmanager
def xvfb(size: str = "1366x768") -> Iterator[str]:
    """An Xvfb server on a display of its own choosing; yields the display name (``":N"``)."""
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", f"{size}x24"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        # Xvfb writes the number only once it accepts connections; nothing is written if it dies.
        ready, _, _ = select.select([server.stdout], [], [], PATIENCE)
        number = server.stdout.readline().strip() if ready else ""
        if not number.isdigit():
            pytest.fail("Xvfb did not report a display")
        display = f":{number}"
        # Seen once on a loaded machine: the first client was refused just after Xvfb wrote its
        # number. A client that answers is the condition, not the number alone.
        if shutil.which("xdotool") and not until(lambda: _answers(display), PATIENCE):
            pytest.fail(f"Xvfb reported {display} but no client could connect to it")
        yield display
    finally:
        server.terminate()
        server.communicate(timeout=30)


def _answers(display: str) -> bool:
    """Whether a client can connect to ``display`` and ask it something."""
    env = {**os.environ, "DISPLAY": display}
    return xdotool(env, "getdisplaygeometry").returncode == 0


def xdotool(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """Run xdotool against the display in ``env``."""
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=PATIENCE
    )


def xclip(display: str, target: str) -> subprocess.CompletedProcess:
    """Read the X clipboard of ``display`` as ``target`` (bytes, as the owner served it)."""
    return subprocess.run(
        ["xclip", "-o", "-selection", "clipboard", "-t", target],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        timeout=PATIENCE,
    )


def display_state(env: dict[str, str]) -> str:
    """What a client finds on the display in ``env`` now, for a failure's message."""
    number = env["DISPLAY"].lstrip(":")
    probe = xdotool(env, "getdisplaygeometry")
    answer = probe.stdout.strip() if probe.returncode == 0 else probe.stderr.strip()
    socket = os.path.exists(f"/tmp/.X11-unix/X{number}")
    return f"display {env['DISPLAY']}: xdotool says {answer!r}; its socket file exists: {socket}"


def window_of(env: dict[str, str], wm_class: str, app: subprocess.Popen) -> str | None:
    """The first visible window of class ``wm_class`` once it appears; None if it never does or
    ``app`` exits first."""

    def search() -> list[str] | bool:
        found = xdotool(env, "search", "--onlyvisible", "--class", wm_class).stdout.split()
        return found or app.poll() is not None

    found = until(search)
    return found[0] if isinstance(found, list) else None
