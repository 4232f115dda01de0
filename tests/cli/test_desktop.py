"""Desktop integration: the .desktop and AppStream files validate, the icon is set, and
``install-desktop`` / ``uninstall-desktop`` manage the user's menu entry under XDG_DATA_HOME."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cqdesk.cli import main
from cqdesk.cli.desktop import data_home, desktop_entry, exec_argument
from cqdesk.paths import APP_ID, desktop_files, icon_files
from tests.locations import REPO

DESKTOP = REPO / "resources" / "desktop"
REQUIRED = os.environ.get("CQDESK_REQUIRE_VALIDATORS") == "1"


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if REQUIRED:
            pytest.fail(f"{name} is required here (CQDESK_REQUIRE_VALIDATORS=1) but missing")
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return found


def test_the_desktop_file_validates():
    done = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_the_metainfo_validates_without_network():
    done = subprocess.run(
        [
            validator("appstreamcli"),
            "validate",
            "--no-net",
            "--pedantic",
            str(DESKTOP / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_checkout_finds_its_desktop_files_and_icons():
    files = desktop_files()
    assert files["desktop"].parent == DESKTOP and files["metainfo"].parent == DESKTOP
    names = [path.parts[-3] for path in icon_files()]
    assert names[0] == "16x16" and names[-1] == "scalable" and "256x256" in names


def test_the_application_and_its_window_get_the_icon(qapp):
    from cqdesk.ui.window.app import _application
    from cqdesk.ui.window.icon import application_icon

    icon = application_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    before = (
        qapp.windowIcon(),
        qapp.desktopFileName(),
        qapp.applicationDisplayName(),
        qapp.applicationName(),
        qapp.organizationName(),
    )
    try:
        app = _application(offscreen=False)
        assert not app.windowIcon().isNull() and app.desktopFileName() == APP_ID
    finally:  # the other tests keep the application as it was
        qapp.setWindowIcon(before[0])
        qapp.setDesktopFileName(before[1])
        qapp.setApplicationDisplayName(before[2])
        qapp.setApplicationName(before[3])
        qapp.setOrganizationName(before[4])


def test_exec_arguments_are_quoted_as_the_spec_asks():
    assert exec_argument("/usr/bin/cqdesk") == "/usr/bin/cqdesk"
    assert exec_argument("/home/a b/cqdesk") == '"/home/a b/cqdesk"'
    assert exec_argument('/x/$HOME"') == '"/x/\\$HOME\\""'
    assert exec_argument("/x/100%") == "/x/100%%"
    entry = desktop_entry(
        "[Desktop Entry]\nExec=cqdesk\nTryExec=cqdesk\n", ["/a b/py", "-m", "cqdesk"]
    )
    assert 'Exec="/a b/py" -m cqdesk\n' in entry and "TryExec=/a b/py\n" in entry


def test_data_home_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # the spec says: ignore it
    assert data_home() == Path.home() / ".local" / "share"


def test_install_and_uninstall_in_a_temporary_xdg_data_home(monkeypatch, tmp_path, capsys):
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    mine = home / "applications" / "other.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n", encoding="utf-8")

    assert main(["install-desktop"]) == 0
    out, err = capsys.readouterr()
    written = [Path(line) for line in out.splitlines()]
    entry = home / "applications" / f"{APP_ID}.desktop"
    assert entry in written and all(path.is_file() for path in written)
    assert (home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png") in written
    assert (home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg") in written
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml") in written
    assert f"wrote {len(written)} files under {home}" in err
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    command = exec_line.removeprefix("Exec=").split(" ")[0].strip('"')
    assert Path(command).is_absolute() and Path(command).exists()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0

    assert main(["install-desktop"]) == 0  # again: the same files, replaced in place
    capsys.readouterr()
    assert main(["uninstall-desktop"]) == 0
    out, err = capsys.readouterr()
    assert sorted(Path(line) for line in out.splitlines()) == sorted(written)
    assert not any(path.exists() for path in written)
    assert mine.read_text(encoding="utf-8") == "[Desktop Entry]\n"  # not ours: left alone
    assert main(["uninstall-desktop"]) == 0
    assert "no desktop files of cqdesk to remove" in capsys.readouterr().err


def test_the_installed_entry_starts_this_cqdesk(tmp_path):
    home = tmp_path / "share"
    done = subprocess.run(
        [sys.executable, "-m", "cqdesk", "install-desktop"],
        env={**os.environ, "XDG_DATA_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    entry = (home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec=").replace("%%", "%"))
    started = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60)
    assert started.returncode == 0 and started.stdout.startswith("cqdesk ")


def test_the_window_icon_comes_from_the_pngs_and_from_the_svg_only_without_them(qapp, monkeypatch):
    from cqdesk.ui.window import icon as icon_module

    shipped = icon_files()
    monkeypatch.setattr(icon_module, "icon_files", lambda: shipped)
    sizes = {size.width() for size in icon_module.application_icon().availableSizes()}
    assert sizes == {int(path.parts[-3].split("x")[0]) for path in shipped[:-1]}  # no SVG
    only_svg = [path for path in shipped if path.suffix == ".svg"]
    monkeypatch.setattr(icon_module, "icon_files", lambda: only_svg)
    assert not icon_module.application_icon().isNull()
