"""Counts held in memory that a windowed frame takes off its pyramid's, answering as pyramid
lanes do (db.pyramid.LanePyramid.before): a dataset's negated events and those reported after an
"as known on" day (db.archive.grouped_counts)."""

from __future__ import annotations

import numpy as np

from db.pyramid import FINEST, Counts


class MemoryLane:
    """One lane's short events by finest bucket, answering as a pyramid lane does
    (db.pyramid.LanePyramid.before), at any level."""

    def __init__(self, buckets: np.ndarray, counts: np.ndarray) -> None:
        self.buckets = np.asarray(buckets, np.int64)
        self.cum = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.total = int(self.cum[-1])

    def before(self, k: int, edges: np.ndarray) -> np.ndarray:
        """Events whose midpoint's level-k bucket is before each edge's."""
        snapped = (np.floor(np.asarray(edges, np.float64)).astype(np.int64) >> k) << (k - FINEST)
        return self.cum[np.searchsorted(self.buckets, snapped)]


class MemoryCounts:
    """Counts (db.pyramid.Counts, keyed by lane number) as pyramid lanes, and all of them."""

    def __init__(self, counts: Counts) -> None:
        empty = MemoryLane(np.empty(0, np.int64), np.empty(0, np.int64))
        self._lanes = {int(n): MemoryLane(b, c) for n, (b, c) in counts.lanes.items()}
        self._empty = empty
        every = Counts({}, None, None)
        for part in counts.lanes.values():
            every = every.add(Counts({"all": part}, None, None))
        self.all = MemoryLane(*every.lanes.get("all", (np.empty(0, np.int64),) * 2))

    def lane(self, number: int) -> MemoryLane:
        return self._lanes.get(number, self._empty)
