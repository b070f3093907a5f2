"""A timeline database's first page of search results ranked without a pass over every match.

FTS5's bm25 counts, at every query, the rows matching each of its phrases: a pass over the
phrase's whole doclist (a common word's 150,000 rows at a million events; read from disk when
the file's pages are not cached: 50 ms once for `ceasefire talks`), while the first page itself
ranks only each table's latest RANK_POOL matches (db.store.fts_search). An archive's sidecar
keeps every term's row count; a timeline database changes with every import, so it keeps none.
Here the first page is ranked on an APSW connection by fts_rank's bm25 (FTS5's, step for step,
the same scores bit for bit) where the query is of plain words (what the search box sends as
you type, `bridge OR port`), each word's count from `TermCounts`: the common terms' (in at least
COMMON rows) counted once when the file opens, on the warm-up thread (a pass over each index:
0.7 s at a million events), valid while each FTS5 index's structure record (rewritten at every
write) is the one they were counted at; a rarer term is counted when asked (a bounded pass).
Other queries (a quoted phrase, NOT, a column; any query before the counts are read or after
the file changed) rank with FTS5's own bm25, as before. The scores must be FTS5's own, not
merely in the same order within a table: the three tables' best are merged by score.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import apsw

from db.errors import AbandonedError, QueryTimeoutError, TimelineError
from db.schema import READ_ERRORS

from . import fts_rank, sqlite_ro
from .abandon import abandoned
from .sqlite_ro import _ro_uri, _side_files  # as the store's own connections are opened

COMMON = 1000  # a term in fewer rows is counted when a query asks for it
TABLES = {"e": "events_fts", "a": "articles_fts", "c": "captions_fts"}
_STRUCTURE = "SELECT block FROM {table}_data WHERE id = 10"  # FTS5's structure record


class TermCounts:
    """The rows holding each common term of each FTS5 table, and the indexes' structure
    records they were counted at."""

    def __init__(self, structures: dict[str, bytes], common: dict[str, dict[str, int]]) -> None:
        self.structures, self.common = structures, common

    @classmethod
    def count(cls, conn: Any, known: TermCounts | None = None) -> TermCounts:
        """Count on `conn` (sqlite3, its own: a pass over each index, 0.7 s at a million
        events), in one read transaction, so the counts and the structures agree; `known`
        counts (the same file's, counted before) are kept if the indexes are as they were."""
        conn.execute("BEGIN")
        try:
            structures = {t: _structure(conn, t) for t in TABLES.values()}
            if known is not None and known.structures == structures:
                return known
            common: dict[str, dict[str, int]] = {}
            for table in TABLES.values():
                vocab = f"temp.{table}_counted"
                conn.execute(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} "
                    f"USING fts5vocab(main, {table}, row)"
                )
                rows = conn.execute(f"SELECT term, doc FROM {vocab} WHERE doc >= ?", (COMMON,))
                common[table] = {str(term): int(doc) for term, doc in rows}
        finally:
            conn.execute("COMMIT")
        return cls(structures, common)


def _structure(conn: Any, table: str) -> bytes:
    rows = list(conn.execute(_STRUCTURE.format(table=table)))
    return bytes(rows[0][0]) if rows else b""


# The counts last read of each file (by real path): a store opened again on the same file (the
# viewer reopens it after any change, a review's too) keeps them while its indexes are unchanged.
_COUNTED: dict[str, TermCounts] = {}


class RankedReads:
    """The APSW connection a timeline database's first page is ranked on (opened on first use,
    one statement at a time: APSW refuses a connection used by two threads at once), and the
    term counts it ranks with."""

    def __init__(self, path: Path, immutable: bool) -> None:
        self._path, self._immutable = path, immutable
        self._conn: apsw.Connection | None = None
        self._side_key: str | None = None
        self._lock = threading.Lock()
        self._counts: TermCounts | None = None
        self._closed = False

    def _connection(self) -> apsw.Connection:
        if self._closed:  # as the store's own connection says once closed
            raise TimelineError(f"{self._path.name}: the file was closed")
        if self._conn is None:
            key = _side_files.acquire(self._path, self._immutable)
            try:
                conn = fts_rank.connect(_ro_uri(self._path, self._immutable))
                conn.set_busy_timeout(int(sqlite_ro.BUSY_TIMEOUT * 1000))
            except BaseException:
                if key is not None:
                    _side_files.release(key)
                raise
            self._conn, self._side_key = conn, key
        return self._conn

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            key, self._side_key = self._side_key, None
        if key is not None:
            _side_files.release(key)

    def each(self, statements: Sequence[tuple[str, Any]]) -> list[list[tuple]]:
        """Each statement's rows, in turn, within the search time limit; given up (AbandonedError)
        once the calling thread's search is stale (db.store.abandon)."""
        stale = abandoned()
        deadline = time.monotonic() + sqlite_ro.SEARCH_BUDGET_S
        with self._lock:
            conn = self._connection()
            conn.set_progress_handler(
                lambda: stale() or time.monotonic() > deadline, sqlite_ro.PROGRESS_STEPS
            )
            try:
                return [list(conn.execute(sql, params)) for sql, params in statements]
            except apsw.InterruptError as exc:
                if stale():
                    raise AbandonedError("search given up: a newer one replaced it") from exc
                raise QueryTimeoutError(
                    f"{self._path.name}: gave up searching after "
                    f"{sqlite_ro.SEARCH_BUDGET_S:g} s: SQLite was still working"
                ) from exc
            except apsw.Error as exc:  # FTS5 syntax among them: searched as plain words
                raise TimelineError(f"{self._path.name}: {exc}") from exc
            finally:
                conn.set_progress_handler(None, 0)

    def learn(self) -> None:
        """Count the common terms (on a connection of its own: a search meanwhile does not
        wait); a failure leaves the first page ranked as before."""
        if self._closed:
            return
        # Not `query_only` (it refuses the temp fts5vocab tables); `mode=ro` writes nothing.
        conn = sqlite_ro.connect_ro(self._path, immutable=self._immutable)
        key = os.path.realpath(self._path)
        try:
            self._counts = _COUNTED[key] = TermCounts.count(conn, _COUNTED.get(key))
        except READ_ERRORS:
            self._counts = None
        finally:
            conn.close()

    def docs(self, tables: dict[str, str]) -> dict[str, str]:
        """Table letter -> the counts (comma separated, in phrase order, as fts_rank.bm25 takes
        them) its query ranks with, for the tables whose query can be ranked so."""
        out: dict[str, str] = {}
        counts = self._counts
        valid: dict[str, bool] = {}
        for letter, query in tables.items():
            terms = fts_rank.plain_terms(query)
            if terms is None or counts is None:
                continue
            table = TABLES[letter]
            if table not in valid:
                valid[table] = self._current(counts, table)
            if valid[table]:
                out[letter] = ",".join(str(self._docs(counts, table, t)) for t in terms)
        return out

    def _current(self, counts: TermCounts, table: str) -> bool:
        """Is `table`'s index as it was counted (its structure record changes at every write)?"""
        sql = _STRUCTURE.format(table=table)
        rows = self.each([(sql, ())])[0]
        return bool(rows) and bytes(rows[0][0]) == counts.structures.get(table)

    def _docs(self, counts: TermCounts, table: str, term: str) -> int:
        known = counts.common.get(table, {}).get(term)
        if known is not None:
            return known
        sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"  # fewer than COMMON rows
        return int(self.each([(sql, (f'"{term}"',))])[0][0][0])
