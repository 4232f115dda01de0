"""``cqdesk install-desktop`` / ``uninstall-desktop``: the menu entry, icon and AppStream file for
the current user, in the XDG data folder (``$XDG_DATA_HOME``, else ``~/.local/share``)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from cqdesk.cli.common import CommandError
from cqdesk.cli.language import tr as _tr
from cqdesk.cli.output import exit_codes_help
from cqdesk.paths import APP_ID, desktop_files, icon_files
from cqdesk.text.formatting import fill

# Characters the Desktop Entry spec reserves inside a quoted Exec argument.
_EXEC_ESCAPED = ("\\", '"', "`", "$")  # the backslash first, or it would escape the escapes
_EXEC_QUOTE_WHEN = set(" \t\n\"'\\><~|&;$*?#()`")


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Declare ``install-desktop`` and ``uninstall-desktop``."""
    where = _tr(
        "files under $XDG_DATA_HOME (default ~/.local/share): applications/, icons/hicolor/, "
        "metainfo/."
    )
    for name, run, summary, description in (
        (
            "install-desktop",
            run_install,
            _tr("add cqdesk to your desktop's menu, with its icon"),
            _tr("Add cqdesk to your desktop's menu, with its icon, for the current user only: %1"),
        ),
        (
            "uninstall-desktop",
            run_uninstall,
            _tr("remove what install-desktop added"),
            _tr("Remove what install-desktop added, for the current user only: %1"),
        ),
    ):
        parser = commands.add_parser(
            name,
            help=summary,
            description=fill(description, where),
            epilog=exit_codes_help(),
        )
        parser.set_defaults(run=run)


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this very cqdesk: a bundle, the installed script, or the module."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.stem == "cqdesk" and script.is_file():
        return [str(script.absolute())]
    found = shutil.which("cqdesk")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "cqdesk"]


def exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted and escaped as the Desktop Entry spec asks."""
    argument = argument.replace("%", "%%")
    if not _EXEC_QUOTE_WHEN & set(argument):
        return argument
    for char in _EXEC_ESCAPED:
        argument = argument.replace(char, "\\" + char)
    return f'"{argument}"'


def desktop_entry(template: str, command: list[str]) -> str:
    """The .desktop file with Exec and TryExec pointing at ``command``."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_argument(part) for part in command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def targets(home: Path) -> dict[Path, Path | None]:
    """Each file install-desktop writes under ``home``, with the file it comes from (None for the
    .desktop file, which is written from its template)."""
    shipped = desktop_files()
    placed: dict[Path, Path | None] = {home / "applications" / f"{APP_ID}.desktop": None}
    if "metainfo" in shipped:
        placed[home / "metainfo" / f"{APP_ID}.metainfo.xml"] = shipped["metainfo"]
    for icon in icon_files():
        size = icon.parts[-3]  # 48x48 or scalable
        placed[home / "icons" / "hicolor" / size / "apps" / icon.name] = icon
    return placed


def _write(target: Path, data: bytes) -> None:
    # Complete or absent: a menu never sees half a file.
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, target)


def install(home: Path) -> list[Path]:
    """Write the menu entry, the icons and the metainfo under ``home``; the files written."""
    shipped = desktop_files()
    if "desktop" not in shipped or not icon_files():
        raise CommandError(
            _tr(
                "this copy of cqdesk has no desktop files (a .desktop file and icons); "
                "install it with pip from a clone, or run it from the clone."
            )
        )
    template = shipped["desktop"].read_text(encoding="utf-8")
    written = []
    for target, origin in targets(home).items():
        if origin is None:
            data = desktop_entry(template, launcher()).encode("utf-8")
        else:
            data = origin.read_bytes()
        _write(target, data)
        written.append(target)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove what ``install`` wrote under ``home`` (nothing else); the files removed."""
    removed = []
    for target in [*targets(home), *home.glob(f"icons/hicolor/*/apps/{APP_ID}.*")]:
        if target.is_file():
            target.unlink()
            removed.append(target)
    return sorted(set(removed))


def _run(action, done_template: str, none: str) -> int:
    home = data_home()
    try:
        done = action(home)
    except OSError as exc:
        print(
            fill(_tr("cqdesk: cannot change %1: %2."), str(home), str(exc.strerror or exc)),
            file=sys.stderr,
        )
        return 1
    except CommandError as exc:
        print(f"cqdesk: {exc}", file=sys.stderr)
        return 1
    for path in done:
        print(path)  # data: the files, one a line
    print(fill(done_template, str(len(done)), str(home)) if done else none, file=sys.stderr)
    return 0


def run_install(args: argparse.Namespace) -> int:
    """Add the menu entry and icon; prints the files written."""
    return _run(install, _tr("cqdesk: wrote %1 files under %2"), _tr("cqdesk: nothing written"))


def run_uninstall(args: argparse.Namespace) -> int:
    """Remove the menu entry and icon; prints the files removed."""
    return _run(
        uninstall,
        _tr("cqdesk: removed %1 files under %2"),
        _tr("cqdesk: no desktop files of cqdesk to remove"),
    )
