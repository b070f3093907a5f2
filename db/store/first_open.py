"""What the viewer's first open of a database needs to be windowed (db.store.window_frames),
kept at an import's end (db.import_finish): its count pyramid and window data in the viewer's
cache for the file as it is now, written by the same code the viewer runs from the index it
loads (db.store.keep_pyramid), so that a fresh large file opens without loading every event,
the first time.

Kept in the cache, not in the file: what is kept is valid for one state of the file (its size and
modification time, db.pyramid_cache.identity), which writing it into the file would change, and
any other writer (a review, another tool) makes it stale without knowing it is there; the
viewer's own check then falls back to loading the index, as without an import. A file with
reviews, more lanes than the store draws or rows it cannot read gets the pyramid alone (a first
frame's sketch), as its first open would write it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db import pyramid_cache
from db.errors import TimelineError

from . import keep_pyramid as kept
from . import window_data
from .timeline import TimelineStore


def keep_for_first_open(db_path: str | Path) -> Path | None:
    """Write the pyramid (and window data) of the database at `db_path`, closed by every
    importer by now; the folder written, or None when there is none to keep (fewer events than
    the store keeps a pyramid for) or the file cannot be read."""
    if pyramid_cache.identity(db_path) is None or _rows(db_path) < pyramid_cache.PYRAMID_MIN_EVENTS:
        return None
    if window_data.kept(db_path):  # kept for the file as it is: imported again, nothing new
        return pyramid_cache.folder_for(db_path)
    try:
        store = TimelineStore.open(db_path)
    except TimelineError:
        return None
    try:
        with kept.at_once():
            store.load_index("lane")
    except TimelineError:
        return None
    finally:
        store.close()
    return pyramid_cache.folder_for(db_path) if pyramid_cache.current(db_path, True) else None


def _rows(db_path: str | Path) -> int:
    """At most how many events the file has (its rowids' span: no scan), 0 when unreadable."""
    try:
        conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:  # one aggregate a statement: SQLite reads min(rowid), max(rowid) together by a scan
        (low,), (high,) = (conn.execute(f"SELECT {f}(rowid) FROM events").fetchone()
                           for f in ("min", "max"))  # fmt: skip
    except sqlite3.Error:
        return 0
    finally:
        conn.close()
    return 0 if low is None else int(high - low + 1)
