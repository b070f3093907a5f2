"""The fts5vocab tables (db.store.fts_search.TERM_TABLES) on a timeline database's read-only
connection, so that its search narrows a typed prefix to a table's one term with it as the
archive sidecar does: `"minister"*` merges every term's doclist with the prefix before its first
row and ranks the merge again (15 ms of the events' ranking at a million events), `"minister"`
alone 5.5 ms, with the same rows and the same bm25.

The tables live in the connection's `temp` schema; `PRAGMA query_only` refuses even those, so it
is lifted while they are made. The file stays unwritten: the connection is opened `mode=ro`.
"""

from __future__ import annotations

import sqlite3
import threading

from db.schema import READ_ERRORS

from .fts_search import TERM_TABLES

TABLES = ("events_fts", "articles_fts", "captions_fts")  # what TERM_TABLES reads


def term_tables(conn: sqlite3.Connection, lock: threading.Lock) -> bool:
    """Make TERM_TABLES on `conn` (once; `lock` is the connection's); whether it has them (a
    file it cannot make them on, or without the FTS5 tables, is searched without narrowing, as
    before, and says what is missing as before).

    The store narrows the ranked half of a search only (the first page, `marks=0`): a prefix's
    marks read all its matches once and keep an even sample (db.store.fts_spread), its term's
    through slices, an estimate; at a million rows the first is as cheap, and the marks stay as
    they were."""
    if getattr(conn, "term_tables", None) is None:
        with lock:
            if getattr(conn, "term_tables", None) is None:
                conn.term_tables = _make(conn)  # type: ignore[attr-defined]
    return bool(conn.term_tables)  # type: ignore[attr-defined]


def _make(conn: sqlite3.Connection) -> bool:
    try:
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not set(TABLES) <= names:  # fts5vocab would say "no such fts5 table" at each search
            return False
        conn.execute("PRAGMA query_only = 0")
        try:
            conn.executescript(TERM_TABLES)
        finally:
            conn.execute("PRAGMA query_only = 1")
    except READ_ERRORS:
        return False
    return True
