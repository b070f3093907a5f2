"""After an import, the count pyramid of the database (db.pyramid_cache), so that the viewer's
first open of it paints a sketch at once (db.store.first_frame) instead of waiting for every
event to load.

It reads what the timeline draws, simply: events with integer keys, lanes by name, a story's
reports once (its first). The store's index has finer rules (keys other tools wrote, reviews,
lanes beyond its limit folded), so the pyramid written here is marked inexact and the first open
that loads the index writes the exact one over it; a file with too many lanes or with reviews is
left to that open altogether.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from db import pyramid_cache

MAX_LANES = 200  # as the store's (db.store.model): more are folded there, which is left to it
MIN_EVENTS = 100_000  # as the store's PYRAMID_MIN_EVENTS: fewer load in a fraction of a second


def keep_pyramid(db_path: str | Path) -> Path | None:
    """Write the pyramid of the database at `db_path` (closed by every importer by now); the
    folder written, or None when it is left to the viewer's first open (or cannot be read)."""
    seen = pyramid_cache.identity(db_path)
    if seen is None:
        return None
    try:
        conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "reviews" in tables and conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone():
            return None
        low, high = conn.execute("SELECT min(rowid), max(rowid) FROM events").fetchone()
        if low is None or high - low + 1 < MIN_EVENTS:  # at most that many rows: at once
            return None
        once = "AND (story_id IS NULL OR story_id = id)" if "story_id" in columns else ""
        rows = conn.execute(
            f"""SELECT coalesce(CAST(lane AS TEXT), ''), group_concat(start_key),
                       group_concat(CASE WHEN typeof(end_key) = 'integer' AND end_key > start_key
                                    THEN end_key ELSE start_key END)
                FROM events WHERE typeof(start_key) = 'integer' AND typeof(id) = 'integer'
                {once} GROUP BY 1 ORDER BY 1"""
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if len(rows) > MAX_LANES:
        return None
    starts = [np.fromstring(r[1], dtype=np.int64, sep=",") for r in rows]
    if sum(len(s) for s in starts) < MIN_EVENTS:
        return None
    ends = [np.fromstring(r[2], dtype=np.int64, sep=",") for r in rows]
    lane = [np.full(len(s), i, np.int64) for i, s in enumerate(starts)]
    empty = np.empty(0, np.int64)
    return pyramid_cache.write(
        db_path,
        seen,
        np.concatenate(starts) if rows else empty,
        np.concatenate(ends) if rows else empty,
        np.concatenate(lane) if rows else empty,
        tuple(str(r[0]) for r in rows),
        exact=False,
    )
