"""Writes files whole or not at all: a temporary file in the same folder, then one rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cqdesk.text.safe_text import readable

_CHUNK = 1 << 20


class WriteError(OSError):
    """A file could not be written; the message says why and what became of the old file.

    ``existed`` tells whether a file was there before: it is then left exactly as it was,
    otherwise no file was created (never a truncated one).
    """

    def __init__(self, path: Path, reason: str, existed: bool, code: int | None = None) -> None:
        self.path, self.reason, self.existed = path, reason, existed
        outcome = "the file that was there is unchanged" if existed else "no file was created"
        super().__init__(
            code or errno.EIO, f"Could not write {readable(str(path))}: {reason}; {outcome}."
        )

    def __str__(self) -> str:
        return self.strerror or self.reason


def _tr(text: str) -> str:
    # Marks a reason for lupdate (under the empty context) and leaves it English here: the
    # window and the command line translate it where they show it, and this file needs no Qt.
    return text


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return _tr("the disk is full")
    if error.errno == errno.EDQUOT:
        return _tr("the disk quota is used up")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _tr("this folder cannot be written to")
    return (error.strerror or str(error)).rstrip(".").lower()


def _target(path: Path) -> Path:
    # Writing through a link replaces the file it points to, not the link.
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:_CHUNK])
        view = view[written:]


class AtomicFile:
    """The file being written by ``writing_atomically``: text goes out as UTF-8, in large
    writes (a CSV writer hands it one short line at a time)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._pending: list[bytes] = []
        self._size = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self._pending.append(data)
        self._size += len(data)
        if self._size >= _CHUNK:
            self.flush()
        return len(text)

    def write_bytes(self, data: bytes) -> None:
        self.flush()
        _write_all(self._fd, data)

    def flush(self) -> None:
        if self._pending:
            _write_all(self._fd, b"".join(self._pending))
            self._pending.clear()
            self._size = 0


@contextlib.contextmanager
def writing_atomically(path: str | Path) -> Iterator[AtomicFile]:
    """A file written piece by piece that ``path`` holds whole once the block ends, or not at
    all: what it held before stays if anything fails (or the block raises, e.g. cancelled).

    The bytes go to a hidden temporary file beside ``path``, are flushed to the disk, and the
    temporary file is renamed over ``path`` in one step. WriteError says what went wrong.
    """
    path = _target(Path(path))
    existed = path.exists()
    if path.is_dir():
        raise WriteError(path, "it is a folder", existed=False, code=errno.EISDIR)
    if not path.parent.is_dir():
        raise WriteError(
            path, f"the folder {readable(str(path.parent))} does not exist", False, errno.ENOENT
        )
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise WriteError(path, _reason(error), existed, error.errno) from error
    try:
        try:
            out = AtomicFile(fd)
            yield out
            out.flush()
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(temporary, _mode(path, existed))
        os.replace(temporary, path)
    except WriteError:
        _remove(temporary)
        raise
    except OSError as error:
        _remove(temporary)
        raise WriteError(path, _reason(error), existed, error.errno) from error
    except BaseException:
        _remove(temporary)
        raise


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that it holds either all of it or what it held before
    (see ``writing_atomically``)."""
    with writing_atomically(path) as out:
        out.write_bytes(data)
    return _target(Path(path))


def _mode(path: Path, existed: bool) -> int:
    """The old file's permissions, or what a plain ``open`` would give a new file."""
    if existed:
        return path.stat().st_mode & 0o7777
    return 0o666 & ~_umask()


def _umask() -> int:
    # Read where the system shows it: setting and restoring it would race other threads.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _remove(temporary: str) -> None:
    with contextlib.suppress(OSError):  # already gone: nothing is left behind either way
        os.unlink(temporary)
