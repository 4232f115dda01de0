"""The C heap's arenas are shared and its free pages given back where the allocator is glibc."""

from __future__ import annotations

import platform

from cqdesk import native_memory


def test_glibc_is_told_and_other_systems_are_left_alone(monkeypatch):
    on_glibc = platform.libc_ver()[0] == "glibc"
    assert native_memory.share_arenas() is on_glibc
    assert native_memory.give_back() is on_glibc
    monkeypatch.setattr(native_memory, "_glibc", lambda: None)  # musl, macOS, Windows
    assert native_memory.share_arenas() is False and native_memory.give_back() is False


def test_the_window_shares_the_arenas_before_its_application_starts(
    monkeypatch, tiny_db_path, tmp_path
):
    from cqdesk.cli import main
    from cqdesk.ui.window import app as window_app

    order = []
    monkeypatch.setattr(native_memory, "share_arenas", lambda: order.append("arenas"))
    made = window_app._application
    monkeypatch.setattr(
        window_app, "_application", lambda offscreen: order.append("application") or made(offscreen)
    )
    shot = tmp_path / "shot.png"
    assert main(["--db", str(tiny_db_path), "--screenshot", str(shot)]) == 0
    assert order[:2] == ["arenas", "application"]
