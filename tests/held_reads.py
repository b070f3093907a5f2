"""A read of a store's own held under way on a worker thread, through the store's real read path,
and the file's journal mode and tables as another connection reads them (tests of reviewing a
file the window is reading: tests/viewer/test_review_own_reads.py, tests/db/review)."""

from __future__ import annotations

import sqlite3
import threading

# A read that steps on (SQLite's shared lock held on a rollback-journal file) while the test
# holds it: a recursive query asking `still_held(n)` at each row, run through the store's own
# read path (its lock, time limit and connection), as a long index build or search is.
HELD_READ = (
    "WITH RECURSIVE spin(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM spin WHERE still_held(n)) "
    "SELECT (SELECT count(*) FROM events), count(*) > 0 FROM spin"
)


class HeldRead:
    """A store reading the file on a worker thread until `release()`."""

    def __init__(self, store) -> None:
        self.store = store
        self.started, self.released = threading.Event(), threading.Event()
        self.runs = 0  # how many times the read began (a read made to wait is run again)
        self.result: list = []
        self.error: list[BaseException] = []
        store._conn.create_function("still_held", 1, self._still_held)
        self.thread = threading.Thread(target=self._run, name="held-read", daemon=True)

    def _still_held(self, n: int) -> int:
        if n == 0:  # the statement's first row
            self.runs += 1
            self.started.set()
        return 0 if self.released.wait(0.0002) else 1

    def _run(self) -> None:
        try:
            self.result.extend(
                self.store._query(HELD_READ, (), "INDEX_BUDGET_S", "reading for the test")
            )
        except BaseException as exc:  # said by the test
            self.error.append(exc)

    def start(self) -> None:
        self.thread.start()
        assert self.started.wait(10)

    def release(self) -> None:
        self.released.set()
        self.thread.join(20)
        assert not self.thread.is_alive()


def journal_mode(path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def tables(path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
