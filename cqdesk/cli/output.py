"""What ``search`` and ``show`` print: the format a person or a pipe asks for, and exit codes.

``table`` is for a person at a terminal (columns cut to fit, with "…"), and prints every label
in full when standard output is a pipe or a file; ``tsv``, ``csv`` and ``json`` are for
programs, with the same columns and records as ``cqdesk export``.
"""

from __future__ import annotations

import argparse
import sys

from cqdesk.cli.language import tr as _tr

OUTPUT_FORMATS = ("table", "tsv", "csv", "json")

# The exit codes every sub-command keeps to.
EXIT_OK = 0
EXIT_NOTHING_OR_ERROR = 1
EXIT_USAGE = 2


def exit_codes_help() -> str:
    """The exit statuses, for every command's --help, in the command line's language."""
    return _tr(
        "Exit status: 0 on success; 1 when nothing matched or on an error the message explains "
        "(an unknown id, a missing or damaged database, an unwritable file); 2 for a bad command "
        "line. Data goes to standard output, messages to standard error."
    )


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """``--format table|tsv|csv|json``."""
    parser.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="table",
        help=_tr("table (for reading; full labels when piped), tsv, csv or json (default: table)"),
    )


def to_terminal() -> bool:
    """Whether standard output is a terminal (a person reading), not a pipe or a file."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def emit(text: str) -> None:
    """Write data to standard output as UTF-8, whatever the locale says."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
