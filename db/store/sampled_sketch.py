"""A first frame of a large timeline database that has no count pyramid kept for its state (a
file another tool wrote or changed: sqlite-utils, a script inserting rows), from a sample of its
rows: painted at once while the whole index loads, as the pyramid's sketch is (db.store.
first_frame), instead of an empty window for the seconds the load takes.

The sample is SAMPLE rows spread evenly over the table's rowids, each read by its primary key
(tens of milliseconds: the cost does not grow with the file), every one standing for
rows / SAMPLE events. Counts and densities are therefore estimates, of the short events by
midpoint as the pyramid's are; lanes are those the sample meets (a lane of a few events may be
missing until the real frame comes). Nothing is written: the open that loads the index keeps the
pyramid and window data for the next open (db.store.keep_pyramid).
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import numpy as np

from db import pyramid_cache
from db.lane_order import in_natural_order
from db.pyramid_cache import LONG
from db.sorted_ids import unique_ids

from .first_frame import SketchFrame, first_frame
from .sqlite_ro import connect_ro
from .window_sql import MAX_KEY

SAMPLE = 4096  # rows read
BUSY_S = 0.2  # how long the sample waits for another program's write lock (the UI thread)
_COLUMNS = {"start_key", "end_key", "lane"}


def first_sketch(path: str | Path) -> SketchFrame | None:
    """The first frame to paint of the database at `path`: from its kept pyramid
    (db.store.first_frame), else from a sample of its rows, else None."""
    kept = first_frame(path)
    return kept if kept is not None else sampled_frame(path)


class OutOfTime(Exception):
    """The sample was not read within the time given (its pages not in the page cache)."""


def sampled_frame(path: str | Path, within: float | None = None) -> SampledSketch | None:
    """The sketch of the timeline database at `path` from a sample of its rows; None for a file
    of fewer events than the store keeps a pyramid for (its index loads in a blink), one that
    is no timeline database, or one that cannot be read now. `within`: seconds, past which
    OutOfTime is raised (the pages read so far are cached: a worker's next try is quicker)."""
    if not Path(path).is_file():  # a dataset folder keeps its own pyramid
        return None
    try:
        conn = connect_ro(Path(path))
    except (sqlite3.Error, OSError):
        return None
    late = [False]
    if within is not None:
        deadline = time.perf_counter() + within

        def past() -> bool:
            late[0] = time.perf_counter() > deadline
            return late[0]

        conn.set_progress_handler(past, 200)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_S * 1000)}")
        columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
        if not _COLUMNS <= columns:
            return None
        # One aggregate a statement: SQLite reads min(rowid), max(rowid) together by a scan.
        (low,), (high,) = (conn.execute(f"SELECT {f}(rowid) FROM events").fetchone()
                           for f in ("min", "max"))  # fmt: skip
        if low is None or high - low + 1 < max(pyramid_cache.PYRAMID_MIN_EVENTS, 1):
            return None
        rowids = unique_ids(np.linspace(low, high, SAMPLE).astype(np.int64))
        rows = conn.execute(
            "SELECT CAST(start_key AS INTEGER), CAST(end_key AS INTEGER), "
            "coalesce(CAST(lane AS TEXT), '') FROM events "
            f"WHERE rowid IN (SELECT value FROM json_each(?)) AND start_key BETWEEN "
            f"-{MAX_KEY} AND {MAX_KEY}",
            (json.dumps(rowids.tolist()),),
        ).fetchall()
        (first,), (last,) = (conn.execute(
            f"SELECT {f}(start_key) FROM events WHERE start_key BETWEEN ? AND ?",
            (-MAX_KEY, MAX_KEY),
        ).fetchone() for f in ("min", "max"))  # fmt: skip
    except (sqlite3.Error, OverflowError, TypeError):
        if late[0]:
            raise OutOfTime(str(path)) from None
        return None
    finally:
        conn.close()
    if not rows:
        return None
    return SampledSketch(rows, (high - low + 1) / len(rowids), (first, last))


class SampledSketch(SketchFrame):
    """The frame interface (db.store.frame) answered from a sample of the rows: each lane's
    short events' midpoints, sorted, each standing for `weight` events."""

    def __init__(self, rows: list[tuple], weight: float, starts: tuple[int, int]) -> None:
        start = np.array([r[0] for r in rows], np.int64)
        end = np.array([r[1] if r[1] is not None else r[0] for r in rows], np.int64)
        end = np.where((end > start) & (end <= MAX_KEY), end, start)  # as the index reads it
        names = [str(r[2]) for r in rows]
        self._lanes = tuple(in_natural_order(set(names)))
        number = {name: i for i, name in enumerate(self._lanes)}
        lane = np.array([number[n] for n in names], np.int64)
        short = (end - start) <= LONG
        mids = start + (end - start) // 2
        self._all = np.sort(mids[short])
        self._by_lane = [np.sort(mids[short & (lane == i)]) for i in range(len(self._lanes))]
        self._weight = weight
        self._events = round(len(rows) * weight)
        self._span = (min(int(starts[0]), int(start.min())), max(int(starts[1]), int(end.max())))

    @property
    def lanes(self) -> tuple[str, ...]:
        return self._lanes

    def __len__(self) -> int:
        return self._events

    def span(self) -> tuple[int, int] | None:
        return self._span

    def _mids(self, lane: int | None) -> np.ndarray:
        return self._all if lane is None else self._by_lane[lane]

    def histogram(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        edges = np.asarray(edges, np.float64)
        if len(edges) < 2:
            return np.zeros(0, np.int64)
        before = np.searchsorted(self._mids(lane), edges, "left")
        return np.rint(np.diff(before) * self._weight).astype(np.int64)

    def count(self, lane: int | None, t0: float, t1: float) -> int:
        a, b = np.searchsorted(self._mids(lane), [t0, t1], "left")
        return int(round((b - a) * self._weight))
