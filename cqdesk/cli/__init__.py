"""The command line: ``cqdesk`` and its sub-commands (build, search, show, export, the window)."""

from cqdesk.cli.main import main

__all__ = ["main"]
