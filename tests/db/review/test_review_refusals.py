"""Files reviewing cannot write where they are: each refused with what to do, nothing changed.
Real files and real SQLite: a connection on SQLite's lock-free VFS (which has no shared memory,
so no WAL, as on some network shares), and a folder made immutable (`chattr +i`, which stops
root too) so that nothing can be made beside the file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess

import pytest

from db.errors import DatabaseUnavailableError
from db.review.writer import ReviewWriter, _to_wal


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_whose_storage_refuses_wal_is_refused_with_what_to_do(tiny_db):
    before = _digest(tiny_db)
    conn = sqlite3.connect(f"file:{tiny_db}?vfs=unix-none", uri=True, isolation_level=None)
    try:
        with pytest.raises(DatabaseUnavailableError) as refused:
            _to_wal(conn, tiny_db)
    finally:
        conn.close()
    said = str(refused.value)
    assert "tiny.db cannot be reviewed where it is" in said and "refuses WAL" in said
    assert "Copy the file to a local folder" in said and "--merge-from" in said
    assert _digest(tiny_db) == before  # nothing changed


def _immutable(path):
    if shutil.which("chattr") is None:
        pytest.skip("no chattr here to make a folder that takes no writes")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:  # not root, or a filesystem without the flag
        pytest.skip(f"chattr +i refused here: {made.stderr.strip()}")


def test_a_folder_that_takes_no_writes_is_said_so(tiny_db):
    before = _digest(tiny_db)
    folder = tiny_db.parent
    _immutable(folder)
    try:
        with pytest.raises(DatabaseUnavailableError) as refused:
            ReviewWriter(tiny_db)
        listed = sorted(p.name for p in folder.iterdir())
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    said = str(refused.value)
    assert "tiny.db cannot be reviewed where it is: the file or its folder takes no writes" in said
    assert "tiny.db-wal" in said and "--merge-from" in said
    assert _digest(tiny_db) == before and listed == ["tiny.db"]


def test_a_file_that_takes_no_writes_is_said_so(tiny_db):
    before = _digest(tiny_db)
    _immutable(tiny_db)
    try:
        with pytest.raises(DatabaseUnavailableError) as refused:
            ReviewWriter(tiny_db)
    finally:
        subprocess.run(["chattr", "-i", str(tiny_db)], check=True)
    assert "the file or its folder takes no writes" in str(refused.value)
    assert _digest(tiny_db) == before
    with ReviewWriter(tiny_db) as writer:  # once it takes writes again, reviewing starts
        assert writer.accept(1).action == "accept"
