"""Writes unexpected errors, with their tracebacks, to the log file; shared by the window and CLI."""

from __future__ import annotations

import datetime
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from cqdesk import __version__
from cqdesk.paths import log_file
from cqdesk.text.safe_text import readable

MAX_LOG_BYTES = 1_000_000  # past this the log starts again, so it never fills the disk


def where(trace: TracebackType | None) -> str:
    """The innermost frame of ``trace`` inside cqdesk (else the innermost): ``file:line in f``."""
    frames = traceback.extract_tb(trace) if trace is not None else []
    ours = [frame for frame in frames if "cqdesk" in frame.filename] or frames
    if not ours:
        return "unknown place"
    frame = ours[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def summary(error: BaseException) -> str:
    """One line: the error's type and message."""
    message = readable(" ".join(str(error).split()))
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def write_log(
    error: BaseException, trace: TracebackType | None, path: Path | None = None
) -> Path | None:
    """Append the error and its traceback to the log; its path, or None if it cannot be written."""
    path = path or log_file()
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(type(error), error, trace))
    entry = (
        f"--- {stamp} cqdesk {__version__}, Python {platform.python_version()}, "
        f"{sys.platform}\n{readable(text)}\n"
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > MAX_LOG_BYTES else "a"
        with path.open(mode, encoding="utf-8") as handle:
            handle.write(entry)
    except OSError:
        return None
    return path
