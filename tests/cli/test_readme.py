"""Every ``cqdesk`` command in the README works as written (run in a scratch folder)."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest

from cqdesk.cli import main
from tests.locations import REPO

# The window itself, and the build (it rewrites the checkout's data.db), are tested elsewhere.
NOT_HERE = {(), ("build",)}


def readme_cqdesk_commands() -> list[list[str]]:
    """The arguments of each README shell line that runs ``.venv/bin/cqdesk``, up to any pipe."""
    commands, inside = [], False
    for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line == "```sh"
        elif inside:
            words = shlex.split(line.split("|")[0], comments=True)
            if words and words[0] == ".venv/bin/cqdesk" and tuple(words[1:]) not in NOT_HERE:
                commands.append(words[1:])
    return commands


COMMANDS = readme_cqdesk_commands()


def test_the_readme_shows_every_command():
    named = {words[0] for words in COMMANDS}
    assert {
        "search",
        "show",
        "export",
        "install-desktop",
        "uninstall-desktop",
        "--screenshot",
    } <= named


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w) for w in COMMANDS])
def test_readme_command(words, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # outputs such as banan.csv land here
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    if words[0] == "--screenshot":  # a window of its own, in a process of its own
        done = subprocess.run(
            [sys.executable, "-m", "cqdesk", *words], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / words[1]).stat().st_size > 20_000
        return
    if "--help" in words:  # argparse prints the help and exits with status 0
        with pytest.raises(SystemExit) as leaving:
            main(words)
        assert leaving.value.code == 0
    else:
        assert main(words) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if "--format" in words and words[words.index("--format") + 1] == "json":
        assert json.loads(out)
    if "-o" in words:
        assert (tmp_path / words[words.index("-o") + 1]).exists()
    elif words[0] != "uninstall-desktop":
        assert out.strip()
