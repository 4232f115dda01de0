"""Opens a cqdesk database read-only and checks that it is one this version can read."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cqdesk import SCHEMA_VERSION
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable

REQUIRED_TABLES = {
    "sources",
    "categories",
    "facts",
    "places",
    "place_parents",
    "fact_places",
    "entities",
    "fact_entities",
    "fact_inputs",
    "charts",
    "chart_facts",
    "meta",
    "search_index_fts",
    "fact_mentions",
}

# Seconds a query waits for another program's lock before giving up: long enough for a brief
# writer, short enough that a held lock never freezes the window (sqlite3's default is 5 s).
BUSY_TIMEOUT = 0.25


def untranslated(text: str) -> str:
    """``text`` as it is: imported as ``_tr``, it marks a message for lupdate (the empty
    context). The store knows no Qt: the window says the message in its language through
    StoreError.translated."""
    return text


_tr = untranslated


class StoreError(Exception):
    """The database cannot be used; the message is written for the person who chose the file.

    ``template`` holds %1, %2 … for ``values`` (file names, SQLite's words), so the window can
    say it in its own language: ``translated(tr)``.
    """

    def __init__(self, template: str, *values: object) -> None:
        self.template, self.values = template, tuple(str(value) for value in values)
        super().__init__(fill(template, *self.values))

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in the language ``translate`` gives; the values stay as they are."""
        return fill(translate(self.template), *self.values)


class DatabaseUnavailable(StoreError):
    """A database that opened fine stopped answering: changed, deleted, damaged or locked."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        self.path, self.reason_template, self.detail = path, reason, detail
        self.reason = fill(reason, detail)
        super().__init__(_tr("%1 can no longer be read: %2."), path, self.reason)

    def reason_in(self, translate: Callable[[str], str]) -> str:
        """Why, in the language ``translate`` gives."""
        return fill(translate(self.reason_template), self.detail)

    def translated(self, translate: Callable[[str], str]) -> str:
        return fill(translate(self.template), self.path, self.reason_in(translate))


def _reason(error: sqlite3.Error) -> tuple[str, str]:
    """What went wrong, in words for the person rather than SQLite's: a template and SQLite's
    own words to put in it."""
    text = str(error)
    if "locked" in text or "busy" in text:
        return _tr("another program holds a lock on it"), ""
    if "malformed" in text or "not a database" in text or "disk I/O" in text:
        return _tr("the file was changed or damaged on disk (%1)"), text
    return _tr("it is damaged or incomplete (%1)"), text


def _is_misuse(error: sqlite3.Error) -> bool:
    text = str(error)
    return isinstance(error, sqlite3.ProgrammingError | sqlite3.InterfaceError) or any(
        words in text for words in ("readonly database", "query_only", "syntax error")
    )


def _is_interrupt(error: sqlite3.Error) -> bool:
    # interrupt() or a progress handler stopped the read on purpose: the file is fine.
    return isinstance(error, sqlite3.OperationalError) and "interrupt" in str(error)


def _undecodable(error: sqlite3.Error) -> bool:
    # sqlite3's own decoder (text_factory str) met a TEXT value that is not UTF-8.
    return isinstance(error, sqlite3.OperationalError) and "decode to UTF-8" in str(error)


class _GuardedCursor(sqlite3.Cursor):
    """A cursor whose every SQLite failure becomes DatabaseUnavailable, naming the file.

    Text is decoded by sqlite3 itself (in C: a third of the time of reading a row, next to a
    Python decoder per value). Text that is not UTF-8 makes the connection decode with
    replacement characters from then on, and the query is read again from where it stopped.
    """

    _query: tuple[str, Any] = ("", ())
    _delivered = 0  # rows of the current query handed out so far

    def execute(self, sql: str, parameters=()):  # noqa: D102 - sqlite3's own
        self._query, self._delivered = (sql, parameters), 0
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as error:
            _translate(self.connection, error)

    def executemany(self, sql: str, parameters):  # noqa: D102 - sqlite3's own
        try:
            return super().executemany(sql, parameters)
        except sqlite3.Error as error:
            _translate(self.connection, error)

    def _read_again(self, error: sqlite3.Error) -> None:
        """Start the query again, decoding safely, past the rows already handed out; any
        other failure becomes the connection's DatabaseUnavailable."""
        if not _undecodable(error) or self.connection.text_factory is _text:
            _translate(self.connection, error)
        self.connection.text_factory = _text
        try:
            super().execute(*self._query)
            for _ in range(self._delivered):
                super().__next__()
        except sqlite3.Error as again:
            _translate(self.connection, again)

    def fetchone(self):
        try:
            row = super().fetchone()
        except sqlite3.Error as error:
            self._read_again(error)
            return self.fetchone()
        self._delivered += row is not None
        return row

    def fetchall(self):
        try:
            rows = super().fetchall()
        except sqlite3.Error as error:
            self._read_again(error)
            return self.fetchall()
        self._delivered += len(rows)
        return rows

    def fetchmany(self, size: int | None = None):
        try:
            rows = super().fetchmany(size if size is not None else self.arraysize)
        except sqlite3.Error as error:
            self._read_again(error)
            return self.fetchmany(size)
        self._delivered += len(rows)
        return rows

    def __next__(self):
        try:
            row = super().__next__()
        except sqlite3.Error as error:
            self._read_again(error)
            return self.__next__()
        self._delivered += 1
        return row


def _translate(connection: sqlite3.Connection, error: sqlite3.Error) -> None:
    """Raise what ``error`` means: the code's mistake (a write, bad SQL) or a read stopped on
    purpose as it is, anything about the file as the connection's DatabaseUnavailable."""
    if _is_misuse(error) or _is_interrupt(error) or not isinstance(connection, GuardedConnection):
        raise error
    raise connection.lost(error) from error


class GuardedConnection(sqlite3.Connection):
    """The store's read-only connection: once it fails it stays failed, answering at once.

    Every query failure (the file overwritten, deleted, damaged, or locked by another program)
    raises DatabaseUnavailable; later queries raise it again without touching the disk, so a
    window that lost its database neither floods the log nor waits on a lock query after query.
    """

    lost_error: DatabaseUnavailable | None = None
    shown_path = ""  # the file's name as messages show it, set when opened
    file: Path | None = None
    identity: tuple | None = None  # the file as it was when opened (see _identity)

    def lost(self, error: sqlite3.Error | str) -> DatabaseUnavailable:
        """The failure this connection reports from now on (the first one seen); a fresh
        exception each time, so a long session of refused queries keeps no tracebacks."""
        if self.lost_error is None:
            reason, detail = (error, "") if isinstance(error, str) else _reason(error)
            self.lost_error = DatabaseUnavailable(self.shown_path, reason, detail)
        first = self.lost_error
        return DatabaseUnavailable(first.path, first.reason_template, first.detail)

    def check_file(self) -> None:
        """DatabaseUnavailable if the file was deleted, replaced or rewritten since it opened:
        its pages would no longer agree with what SQLite and the window already read."""
        if self.lost_error is not None:
            raise self.lost(self.lost_error.reason)
        if self.file is None or self.identity is None:
            return
        now = _identity(self.file)
        if now is None:
            raise self.lost(_tr("the file was deleted or moved away"))
        if now != self.identity:
            raise self.lost(_tr("another program replaced or changed the file"))

    def cursor(self, factory=_GuardedCursor):  # noqa: D102 - sqlite3's own
        self.check_file()
        return super().cursor(factory)

    def execute(self, sql: str, parameters=()):  # noqa: D102 - sqlite3's own
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters):  # noqa: D102 - sqlite3's own
        return self.cursor().executemany(sql, parameters)


def _identity(path: Path) -> tuple | None:
    """What changes when a file is replaced or rewritten (None when it is gone)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _uri(path: Path) -> str:
    # mode=ro: a plain connect on a missing path would silently create an empty database.
    # The path's bytes, not its text: a name that is not UTF-8 still opens.
    return f"file:{quote(os.fsencode(path.resolve()))}?mode=ro"


def _text(raw: bytes) -> str:
    # A TEXT column holding bytes that are not UTF-8 shows replacement characters, not a crash.
    return raw.decode("utf-8", "replace")


def open_database(path: str | Path) -> GuardedConnection:
    """A read-only connection to a checked cqdesk database, or StoreError saying what is wrong."""
    path = Path(path)
    shown = readable(str(path))
    if not path.exists():
        raise StoreError(_tr("No database at %1."), shown)
    if path.is_dir():
        raise StoreError(_tr("%1 is a folder, not a cqdesk database."), shown)
    connection: GuardedConnection | None = None
    try:
        identity = _identity(path)
        big = identity is not None and identity[2] > FULL_CHECK_SIZE
        if big:
            _check_header(path, shown)  # instead of reading every page
        connection = _connect(path, shown, identity)
        _check(connection, shown)
        if not big:
            _check_integrity(connection, shown)
        _check_contents(connection, shown)
    except (sqlite3.Error, DatabaseUnavailable) as exc:
        if connection is not None:
            connection.close()
        cause = exc.__cause__ if isinstance(exc, DatabaseUnavailable) and exc.__cause__ else exc
        if "locked" in str(cause):
            raise StoreError(
                _tr("%1 is locked by another program; close it there and try again."), shown
            ) from None
        raise StoreError(_tr("%1 is not a readable cqdesk database (%2)."), shown, cause) from None
    except StoreError:
        if connection is not None:
            connection.close()
        raise
    return connection


def _connect(path: Path, shown: str, identity: tuple | None) -> GuardedConnection:
    """A guarded read-only connection to ``path``, which must still be the file ``identity``
    describes (the one the first connection checked)."""
    connection = sqlite3.connect(
        _uri(path),
        uri=True,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT,
        factory=GuardedConnection,
    )
    connection.text_factory = str  # sqlite3's C decoder; _text once a value is not UTF-8
    connection.shown_path = shown
    connection.file, connection.identity = path, identity
    connection.execute("PRAGMA query_only = ON")
    return connection


def connect_again(connection: sqlite3.Connection) -> sqlite3.Connection:
    """A further read-only connection to the file ``connection`` reads (a worker thread's),
    guarded the same way: it fails as DatabaseUnavailable once the file opened first was
    replaced, rewritten or deleted, even before its own first query."""
    if isinstance(connection, GuardedConnection) and connection.file is not None:
        connection.check_file()  # already lost or replaced: say so now, open nothing
        return _connect(connection.file, connection.shown_path, connection.identity)
    other = sqlite3.connect(
        _uri(Path(database_path(connection))), uri=True, check_same_thread=False
    )
    other.execute("PRAGMA query_only = ON")
    return other


HEADER = b"SQLite format 3\x00"

# A file up to this size gets SQLite's full quick_check when it opens (milliseconds: the
# bundled database is well under a megabyte). A bigger one gets the header check instead, and
# the full check on demand (Help ▸ Check the database file) and at build time: quick_check
# reads every page, 1.3 s to 14 s for a million facts.
FULL_CHECK_SIZE = 8 * 1024 * 1024


def _check_header(path: Path, shown: str) -> None:
    """What a big file's first 100 bytes and size say, read in microseconds: a file that is
    not SQLite's, or one cut short (a copy that did not finish), is refused at once."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise StoreError(_tr("%1 cannot be read (%2)."), shown, error.strerror or error) from None
    if len(header) < 100 or not header.startswith(HEADER):
        raise StoreError(
            _tr("%1 is not a readable cqdesk database (it is not an SQLite file)."), shown
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when the change counter matches its own copy.
    counted = header[24:28] == header[92:96] and pages > 0
    if page_size < 512 or size % page_size or (counted and pages * page_size != size):
        raise StoreError(
            _tr("%1 is damaged and cannot be read (its size does not match its header)."), shown
        )


def _check_integrity(connection: sqlite3.Connection, shown: str) -> None:
    # A damaged file would otherwise open and fail later, page by page, inside the window.
    problems = integrity_problems(connection)
    if problems:
        raise StoreError(_tr("%1 is damaged and cannot be read (%2)."), shown, problems[0])


def integrity_problems(connection: sqlite3.Connection, limit: int = 3) -> list[str]:
    """What SQLite's ``quick_check`` finds wrong (reads every page: seconds on a big file);
    an empty list when the database is sound."""
    try:
        problems = [row[0] for row in connection.execute(f"PRAGMA quick_check({int(limit)})")]
    except DatabaseUnavailable as exc:
        # A page damaged badly enough stops the check itself instead of being listed by it
        # (which page that is depends on the file's layout): the same damage, the same words.
        if "malformed" not in str(exc.__cause__):
            raise
        return [str(exc.__cause__)]
    if problems == ["ok"]:
        return []
    lines = [line for problem in problems for line in problem.splitlines()]
    return [line for line in lines if not line.startswith("***")] or lines


def _check(connection: sqlite3.Connection, shown: str) -> None:
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    missing = REQUIRED_TABLES - tables
    if missing:
        raise StoreError(
            _tr("%1 is not a cqdesk database (no %2 table)."), shown, ", ".join(sorted(missing))
        )
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = row[0] if row else None
    if version != str(SCHEMA_VERSION):
        raise StoreError(
            _tr(
                "%1 has schema version %2; this cqdesk reads version %3. "
                "Rebuild it with `cqdesk build` or use a matching cqdesk."
            ),
            shown,
            version,
            SCHEMA_VERSION,
        )


def _check_contents(connection: GuardedConnection, shown: str) -> None:
    """What the structure check cannot see: the report the facts quote, and a search index
    that answers."""
    if connection.execute("SELECT 1 FROM sources WHERE kind = 'report' LIMIT 1").fetchone() is None:
        raise StoreError(
            _tr("%1 holds no report among its sources; rebuild it with `cqdesk build`."), shown
        )
    try:
        # A MATCH reads the index's own tables, which quick_check does not (FTS5 is virtual).
        # One whole term, not a prefix: "a"* merged every term that starts with an a, 70 ms
        # of the start-up at a million facts; a term reads the index's structure all the same.
        connection.execute(
            "SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH '\"a\"' LIMIT 1"
        ).fetchall()
    except DatabaseUnavailable as exc:
        raise StoreError(
            _tr(
                "%1 is damaged: its search index cannot be read (%2). "
                "Rebuild it with `cqdesk build`."
            ),
            shown,
            exc.__cause__,
        ) from None


def database_path(connection: sqlite3.Connection) -> str:
    """The file a connection reads (for the About box and messages)."""
    for _, name, path in connection.execute("PRAGMA database_list"):
        if name == "main":
            return readable(path)
    return ""


def sqlite_version() -> str:
    """The version of the SQLite library cqdesk reads with (for ``cqdesk --version``)."""
    return sqlite3.sqlite_version
