"""Read-only SQLite connections to someone else's file, and SQLite's errors in the user's terms.

Every store over an SQLite file opens through `open_readonly` (`mode=ro` URI, `PRAGMA
query_only`), so the viewer never writes to what it shows.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from db.errors import (
    DatabaseUnavailableError,
    NotSQLiteError,
    SchemaMismatchError,
    TimelineError,
)
from db.schema import READ_ERRORS

BUSY_TIMEOUT = 2  # seconds to wait for another program's write lock before saying so


def _ro_uri(path: Path) -> str:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    if _wal_in_readonly_folder(path):
        # A reader of a WAL database must create its -shm file next to it, which a read-only
        # folder forbids (SQLITE_READONLY_DIRECTORY). Nobody can write there either, so the
        # file cannot change while it is shown: read it as immutable (no locks, no -shm).
        uri += "&immutable=1"
    return uri


def _wal_in_readonly_folder(path: Path) -> bool:
    """A WAL-mode database (file format bytes 18-19 are 2) in a folder this process cannot
    write to, with no unfinished -wal file whose commits `immutable` would ignore."""
    try:
        with open(path, "rb") as f:
            header = f.read(20)
        wal = Path(f"{path}-wal")
        pending = wal.exists() and wal.stat().st_size > 0
    except OSError:
        return False
    return (
        header[:16] == b"SQLite format 3\x00"
        and header[18:20] == b"\x02\x02"
        and not os.access(path.resolve().parent, os.W_OK)
        and not pending
    )


def _lenient_text(data: bytes) -> str:
    """TEXT values as str even when another program stored bytes that are not UTF-8 (the
    default text factory raises on them, which would make one bad title fail a whole query)."""
    return data.decode("utf-8", "replace")


def connect_ro(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    conn = sqlite3.connect(
        _ro_uri(path), uri=True, timeout=BUSY_TIMEOUT, check_same_thread=check_same_thread
    )
    conn.text_factory = _lenient_text
    return conn


def read_data_version(conn: sqlite3.Connection) -> int:
    """`PRAGMA data_version` without waiting for another program's write lock (while one is
    held, SQLite raises at once); the connection's usual wait is restored after."""
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        return conn.execute("PRAGMA data_version").fetchone()[0]
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT * 1000}")


def explain_error(exc: sqlite3.Error | UnicodeDecodeError, path: Path) -> TimelineError:
    """The error a user sees for an SQLite error on `path`: what is wrong, in their terms."""
    if isinstance(exc, UnicodeDecodeError):
        return NotSQLiteError(
            f"{path.name} is damaged (truncated or corrupt): SQLite cannot read its structure."
        )
    text = str(exc)
    code = getattr(exc, "sqlite_errorname", "") or ""
    name = path.name
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return DatabaseUnavailableError(
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


def open_readonly(path: str | Path) -> tuple[sqlite3.Connection, Path]:
    """A read-only connection to an SQLite file (`mode=ro` URI, `PRAGMA query_only`), shareable
    between threads; a TimelineError saying what is wrong when there is no such SQLite file."""
    path = Path(path)
    if not path.exists():
        raise DatabaseUnavailableError(f"{path} does not exist.")
    if path.is_dir():
        raise NotSQLiteError(f"{path} is a directory, not a database file.")
    if path.stat().st_size == 0:
        raise NotSQLiteError(f"{path.name} is empty (0 bytes): not a database.")
    try:
        conn = connect_ro(path, check_same_thread=False)
    except READ_ERRORS as exc:
        raise explain_error(exc, path) from exc
    try:
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # is it SQLite at all?
    except READ_ERRORS as exc:
        conn.close()
        raise explain_error(exc, path) from exc
    return conn, path
