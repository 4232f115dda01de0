"""Keeps the C heap near what the app holds, with glibc's malloc (Linux); nothing elsewhere.

glibc gives each thread that allocates a heap ("arena") of its own, up to eight per core, and
keeps the pages freed in each: a big copy or export on a thread of its own left tens of MB
resident in its arena after it ended, and the next job's thread took yet another. The app's
threads are few and mostly wait, so they share a few arenas at no cost in speed; once a job
ends, the pages its rows were freed from go back to the system.
"""

from __future__ import annotations

import ctypes
import functools
import sys

M_ARENA_MAX = -8  # mallopt's parameter number in glibc's malloc.h
ARENAS = 2  # the GUI thread's, and one that the worker threads share


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (musl and others have no arenas to cap), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The process's own symbols: Python already runs on the C library. ctypes.util's
        # find_library would run ldconfig in a subprocess, 10 ms of every start of the window.
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    wanted = ("gnu_get_libc_version", "mallopt", "malloc_trim")
    return libc if all(hasattr(libc, name) for name in wanted) else None


def share_arenas(count: int = ARENAS) -> bool:
    """Threads started from now on share at most ``count`` arenas; False where not glibc."""
    libc = _glibc()
    return libc is not None and libc.mallopt(M_ARENA_MAX, count) == 1


def give_back() -> bool:
    """Return the free pages of every arena to the system (a few ms); False where not glibc."""
    libc = _glibc()
    return libc is not None and libc.malloc_trim(0) in (0, 1)
