"""An import's last step for search: a full-text index that has grown into several segments is
merged into one (FTS5 'optimize').

FTS5 writes each transaction's rows as a new segment and merges them only now and then, so a
file imported in large batches keeps several: at a million events the events' index sat in 10,
and a search reads every segment's list of each word (an OR of two words, twice the marks' time
of one segment, measured in the README's "Archives"). Merging rewrites the index once (0.9 s of
CPU for a million events); a small import into a merged file adds one small segment, merged only
when MERGE_AT have gathered, so a file's import does not pay a rewrite of everything every time.
An index of one segment is left as it is: running this twice changes nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The full-text indexes db.schema makes (each with its shadow table `<name>_idx`).
FTS_TABLES = ("events_fts", "articles_fts", "captions_fts")
MERGE_AT = 3  # segments: fewer cost a search little, and a merge rewrites the whole index


def segments(conn: sqlite3.Connection, table: str) -> int:
    """How many segments the FTS5 index `table` has (its `_idx` table: a row per leaf page)."""
    return int(conn.execute(f"SELECT count(DISTINCT segid) FROM [{table}_idx]").fetchone()[0])


def merge_segments(db_path: str | Path) -> dict[str, int]:
    """Merge each full-text index of the database at `db_path` that has MERGE_AT segments or
    more into one (each in a transaction of its own); the segments each had before, by table.
    Nothing fails for it: a file another tool wrote, locked or damaged is left as it is."""
    before: dict[str, int] = {}
    if not Path(db_path).is_file():  # connecting would make an empty one
        return before
    try:
        conn = sqlite3.connect(db_path, timeout=5)
    except sqlite3.Error:
        return before
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in FTS_TABLES:
            if table not in names or f"{table}_idx" not in names:
                continue
            before[table] = segments(conn, table)
            if before[table] >= MERGE_AT:
                with conn:
                    conn.execute(f"INSERT INTO [{table}]([{table}]) VALUES ('optimize')")
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    return before
