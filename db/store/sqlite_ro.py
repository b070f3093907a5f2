"""Read-only SQLite connections to someone else's file, and SQLite's errors in the user's terms.

Every store over an SQLite file opens through `open_readonly` (`mode=ro` URI, `PRAGMA
query_only`), so the viewer never writes to what it shows.
"""

from __future__ import annotations

import atexit
import errno
import os
import sqlite3
import stat
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from db.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    NotSQLiteError,
    QueryTimeoutError,
    SchemaMismatchError,
    TimelineError,
)
from db.own_reads import MadeWay, OwnReads
from db.schema import READ_ERRORS

from .abandon import abandoned

BUSY_TIMEOUT = 2  # seconds to wait for another program's write lock before saying so

# Time limits on the queries the viewer runs on someone else's file (a view can be an endless
# recursive query, a cross join of large tables): past its budget a query is interrupted and
# QueryTimeoutError says what was given up. Budgets are wall-clock seconds per query.
OPEN_BUDGET_S = 5.0  # each query that classifies a file: its tables, their row counts, samples
INDEX_BUDGET_S = 15.0  # loading the events of a grouping (on a worker; a million rows take 1-2 s)
SEARCH_BUDGET_S = 5.0  # one search, or one page of an export
CLICK_BUDGET_S = 2.0  # what a click, a tooltip or a frame's labels read (one event, titles)
PROGRESS_STEPS = 10_000  # SQLite virtual machine steps between two looks at the clock (~1 ms)


def fits_int64(value: int) -> bool:
    """Can SQLite hold `value` as an integer (a larger id is no row's, not an OverflowError)?"""
    return -(2**63) <= int(value) < 2**63


def _ro_uri(path: Path, immutable: bool = False) -> str:
    # os.fsencode: a path that is not valid UTF-8 keeps its bytes (quote would refuse them).
    uri = f"file:{quote(os.fsencode(path.resolve()))}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _lenient_text(data: bytes) -> str:
    """TEXT values as str even when another program stored bytes that are not UTF-8 (the
    default text factory raises on them, which would make one bad title fail a whole query)."""
    return data.decode("utf-8", "replace")


class ReadOnlyConnection(sqlite3.Connection):
    """A connection that tells `side_files` when it closes (see `_SideFiles`)."""

    _side_key: str | None = None  # None: not counted (immutable, or closed)
    immutable = False

    def close(self) -> None:
        super().close()
        _still_open.discard(self)
        key, self._side_key = self._side_key, None
        if key is not None:
            _side_files.release(key)


# Connections not closed when the program ends (a window closed mid-read) are closed then, so
# that the side files they made are removed as after any other close.
_still_open: weakref.WeakSet[ReadOnlyConnection] = weakref.WeakSet()


@atexit.register
def _close_the_rest() -> None:
    for conn in list(_still_open):
        try:
            conn.close()
        except Exception:  # a connection busy in another thread: it stays
            pass


def connect_ro(
    path: Path, check_same_thread: bool = True, immutable: bool = False
) -> sqlite3.Connection:
    """A read-only connection to `path` (`mode=ro`, or `immutable` where SQLite cannot write its
    -shm file), counted so the -wal/-shm files it made are removed after the last one closes."""
    key = _side_files.acquire(path, immutable)
    try:
        conn = sqlite3.connect(
            _ro_uri(path, immutable),
            uri=True,
            timeout=BUSY_TIMEOUT,
            check_same_thread=check_same_thread,
            factory=ReadOnlyConnection,
        )
    except BaseException:
        if key is not None:
            _side_files.release(key)
        raise
    assert isinstance(conn, ReadOnlyConnection)
    conn._side_key, conn.immutable = key, immutable
    _still_open.add(conn)
    conn.text_factory = _lenient_text
    return conn


def connect_like(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """Another connection to the file `conn` reads, opened the same way (immutable or not)."""
    return connect_ro(path, immutable=getattr(conn, "immutable", False))


@contextmanager
def time_limit(
    conn: sqlite3.Connection, seconds: float, what: str, path: Path, own: OwnReads | None = None
) -> Iterator[None]:
    """Interrupt `conn`'s statements once `seconds` have passed (a progress handler, as
    Datasette does); QueryTimeoutError names `what` was given up. `own`: the file's reads in
    this process, whose writer may want the file (MadeWay: run the read again). Not to be
    nested on one connection (the inner one removes the handler)."""
    deadline = time.monotonic() + seconds
    stale = abandoned()  # a newer request's thread made this read stale: given up too
    made_way = [False]

    def give_up() -> bool:
        if own is not None and own.wanted():
            made_way[0] = True
            return True
        return stale() or time.monotonic() > deadline

    conn.set_progress_handler(give_up, PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc) and made_way[0]:
            raise MadeWay(what) from exc
        if "interrupt" in str(exc) and time.monotonic() > deadline:
            raise QueryTimeoutError(
                f"{_shown(Path(path.name))}: gave up {what} after {seconds:g} s: SQLite was "
                "still working (a view that never ends, or a join of large tables, makes such "
                "queries)."
            ) from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


class _SideFiles:
    """The -wal and -shm files a read-only connection to a WAL-mode database creates beside it,
    and their removal: a file is removed only when the viewer's connections created it (it was
    not there before the first one opened), all of them are closed, no process holds a lock on
    the -shm (every SQLite connection to a WAL database holds one; read in /proc/locks, so the
    file is never opened: closing a descriptor would drop this process's other locks on it)
    and the -wal is empty. Where /proc/locks is missing nothing is removed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, list] = {}  # path -> [connections, -wal was there, -shm was there]

    def acquire(self, path: Path, immutable: bool) -> str | None:
        if immutable:  # SQLite creates nothing beside an immutable file
            return None
        key = os.fsdecode(os.path.realpath(path))  # where SQLite puts them: beside the target
        with self._lock:
            entry = self._open.get(key)
            if entry is None:
                entry = self._open[key] = [
                    0,
                    os.path.lexists(f"{key}-wal"),
                    os.path.lexists(f"{key}-shm"),
                ]
            entry[0] += 1
        return key

    def release(self, key: str) -> None:
        with self._lock:
            entry = self._open[key]
            entry[0] -= 1
            if entry[0] > 0:
                return
            del self._open[key]
            _remove_unused(key, had_wal=entry[1], had_shm=entry[2])


_side_files = _SideFiles()


def _locked_inodes() -> set[tuple[int, int]] | None:
    """(device, inode) of every file some process holds a POSIX lock on; None if unknown."""
    try:
        with open("/proc/locks", "rb") as f:  # bytes: this may run as the interpreter exits
            lines = f.read().split(b"\n")
    except (OSError, LookupError):
        return None
    found = set()
    for line in lines:
        for field in line.split():
            parts = field.split(b":")
            if len(parts) == 3:
                try:
                    major, minor, inode = int(parts[0], 16), int(parts[1], 16), int(parts[2])
                except ValueError:
                    continue
                found.add((os.makedev(major, minor), inode))
                break
    return found


def _remove_unused(db: str, had_wal: bool, had_shm: bool) -> None:
    if had_wal and had_shm:
        return
    try:
        wal = os.stat(f"{db}-wal", follow_symlinks=False)
    except FileNotFoundError:
        wal = None
    except OSError:
        return
    if wal is not None and wal.st_size > 0:
        return  # commits not yet in the database: another program's, keep them (and the -shm)
    try:
        shm = os.stat(f"{db}-shm", follow_symlinks=False)
    except FileNotFoundError:
        shm = None
    except OSError:
        return
    locked = _locked_inodes()
    if locked is None or (shm is not None and (shm.st_dev, shm.st_ino) in locked):
        return  # another connection (another program's, or this one's) reads through it
    try:
        if wal is not None and not had_wal:
            os.unlink(f"{db}-wal")
        if shm is not None and not had_shm:
            os.unlink(f"{db}-shm")
    except OSError:
        pass  # a folder we cannot write to after all: the files stay, harmless


def read_data_version(conn: sqlite3.Connection) -> int:
    """`PRAGMA data_version` without waiting for another program's write lock (while one is
    held, SQLite raises at once); the connection's usual wait is restored after."""
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        return conn.execute("PRAGMA data_version").fetchone()[0]
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT * 1000}")


class AtOnceReads:
    """Reads that do not wait for another program's write lock (SQLite says "locked" at once
    instead of waiting BUSY_TIMEOUT): for a click on the UI thread, where that wait would freeze
    the window. They run on a connection of their own (busy_timeout 0, opened on first use, with
    a lock of its own), so a worker waiting for the lock on the store's usual connection does
    not hold them up either. A store routes its queries through `pick`; a thread's queries
    within `reading()` are the ones that do not wait. The connection opens with the store, so
    that a file deleted while shown stays readable through it too."""

    def __init__(self, like: sqlite3.Connection, path: Path) -> None:
        self._immutable = getattr(like, "immutable", False)
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        try:
            self._conn = self._connect()
        except READ_ERRORS:
            pass  # tried again by the first read that needs it, which says what is wrong

    def _connect(self) -> sqlite3.Connection:
        conn = connect_ro(self._path, check_same_thread=False, immutable=self._immutable)
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA busy_timeout = 0")
        return conn

    @contextmanager
    def reading(self) -> Iterator[None]:
        """This thread's queries in the block do not wait for a write lock."""
        before = getattr(self._local, "on", False)
        self._local.on = True
        try:
            yield
        finally:
            self._local.on = before

    def pick(
        self, conn: sqlite3.Connection, lock: threading.Lock
    ) -> tuple[sqlite3.Connection, threading.Lock]:
        """The connection and lock for a query on this thread: the waitless ones within
        `reading()`, else `conn` and `lock` (the store's own)."""
        if not getattr(self._local, "on", False):
            return conn, lock
        with self._lock:
            if self._conn is None:
                self._conn = self._connect()
            return self._conn, self._lock

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def explain_error(exc: sqlite3.Error | UnicodeDecodeError, path: Path) -> TimelineError:
    """The error a user sees for an SQLite error on `path`: what is wrong, in their terms."""
    if isinstance(exc, UnicodeDecodeError):
        return NotSQLiteError(
            f"{_shown(Path(path.name))} is damaged (truncated or corrupt): SQLite cannot read "
            "its structure."
        )
    text = str(exc)
    code = getattr(exc, "sqlite_errorname", "") or ""
    name = _shown(Path(path.name))
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"{name} is locked by another program (it is writing to it); try again shortly."
        )
    if code == "SQLITE_READONLY_ROLLBACK":
        # A writer stopped mid-transaction and left a hot journal; only a writer may roll it back.
        return DatabaseUnavailableError(
            f"{name} was left half-written by a program that stopped while writing to it (its "
            f"journal, {name}-journal, is next to it). The viewer only reads files: run the "
            "import again, or open the file once with any SQLite tool (for example "
            f'`sqlite3 {name} "PRAGMA integrity_check"`), to roll the unfinished write back.'
        )
    if code.startswith("SQLITE_READONLY"):
        return DatabaseUnavailableError(
            f"{name} cannot be read from this folder: SQLite needs to write next to it "
            f"({text}). Copy it to a folder you can write to."
        )
    if code.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        if not path.exists():
            return DatabaseUnavailableError(
                f"{name} is no longer there: it was moved or deleted since it was opened."
            )
        return DatabaseUnavailableError(f"{name} cannot be opened: {text}.")
    if code == "SQLITE_NOTADB" or "not a database" in text:
        return NotSQLiteError(f"{name} is not an SQLite database ({text}).")
    if (
        code.startswith("SQLITE_CORRUPT")
        or "malformed" in text
        or "corrupt" in text
        or "unsupported file format" in text  # a damaged header, or a far newer SQLite
        or "invalid fts5 file format" in text  # the full-text index is damaged
    ):
        return NotSQLiteError(
            f"{name} is damaged (truncated or corrupt): SQLite cannot read it ({text})."
        )
    if code.startswith("SQLITE_IOERR"):
        return DatabaseUnavailableError(f"{name} could not be read: {text}.")
    if "no such table" in text or "no such column" in text:
        return SchemaMismatchError(
            f"{name} does not follow the timeline schema: {text} (see docs/schema.md)."
        )
    return DatabaseUnavailableError(f"{name}: {text}")


_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def _shown(path: Path) -> str:
    """A path as a message can show it (bytes that are not UTF-8 as \\xNN escapes)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_regular(path: Path) -> os.stat_result:
    """The file's status, or a TimelineError saying why it is no file SQLite should open: only
    regular files are opened (SQLite would block forever opening a FIFO). Looked at with stat,
    never opened: closing a descriptor of a database drops the process's SQLite locks on it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise DatabaseUnavailableError(f"{_shown(path)} does not exist.") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DatabaseUnavailableError(
                f"{_shown(path)} cannot be opened: its symbolic links make a loop."
            ) from None
        raise DatabaseUnavailableError(
            f"{_shown(path)} cannot be opened: {exc.strerror or exc}."
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise NotSQLiteError(f"{_shown(path)} is a directory, not a database file.")
    if not stat.S_ISREG(st.st_mode):
        kind = _KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
        raise NotSQLiteError(f"{_shown(path)} is {kind}, not a database file.")
    return st


def open_readonly(path: str | Path) -> tuple[sqlite3.Connection, Path]:
    """A read-only connection to an SQLite file (`mode=ro` URI, `PRAGMA query_only`), shareable
    between threads; a TimelineError saying what is wrong when there is no such SQLite file.

    In a folder this process cannot write to, a WAL-mode database cannot be read (SQLite must
    create its -shm file beside it); nobody can write there either, so when the first read fails
    for that reason and no -wal holds unfinished commits, the file is read as `immutable`."""
    path = Path(path)
    if check_regular(path).st_size == 0:
        raise NotSQLiteError(f"{_shown(Path(path.name))} is empty (0 bytes): not a database.")
    try:
        return _probe(path, immutable=False), path
    except TimelineError as exc:
        cause = exc.__cause__
        code = getattr(cause, "sqlite_errorname", "") or ""
        readonly_folder = not os.access(path.resolve().parent, os.W_OK)
        if not (readonly_folder and code.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN"))):
            raise
        try:
            pending = os.stat(f"{path}-wal").st_size > 0
        except OSError:
            pending = False
        if pending:
            raise
    return _probe(path, immutable=True), path


def _probe(path: Path, immutable: bool) -> sqlite3.Connection:
    """A connection that has read the file's table list (is it SQLite at all?)."""
    try:
        conn = connect_ro(path, check_same_thread=False, immutable=immutable)
    except READ_ERRORS as exc:
        raise explain_error(exc, path) from exc
    try:
        conn.execute("PRAGMA query_only = 1")
        with time_limit(conn, OPEN_BUDGET_S, "reading its list of tables", path):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except READ_ERRORS as exc:
        conn.close()
        raise explain_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn
