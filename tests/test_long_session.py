"""Memory stays flat over a long session: thousands of interactions through the real window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

INTERACTIONS = int(os.environ.get("CQDESK_SESSION_INTERACTIONS", "2000"))
# Generous: 2,000 interactions grew it by 1.5 MB here (130,828 kB -> 132,364 kB), 10,000 by
# 1 MB on the window before the workbench features. Widgets replaced but never deleted (5 kB an
# interaction, as when deleteLater() never ran) or a page of rows kept per query would pass it.
MAX_GROWTH_KB = 16 * 1024


def test_resident_memory_over_a_long_session(tmp_path, tiny_db_path):
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("long_session.py")),
            str(tiny_db_path),
            str(INTERACTIONS),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = dict(line.split() for line in result.stdout.splitlines() if line.count(" ") == 1)
    start, end = int(figures["rss_start_kb"]), int(figures["rss_end_kb"])
    print(f"\nlong session: {INTERACTIONS} interactions, RSS {start} kB -> {end} kB")
    assert int(figures["interactions"]) == INTERACTIONS
    assert end - start < MAX_GROWTH_KB, (start, end)
    assert "Warning" not in result.stderr and "Traceback" not in result.stderr, result.stderr
