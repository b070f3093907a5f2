"""The in-memory frame's machinery (pure numpy): which events overlap a time window, in time
proportional to the answer, not to the data, and per-lane counts and histograms.

Events are kept sorted by start. A long event that started before the window still overlaps it, so
events are grouped by duration class (powers of two): within a class every duration is below
`2 ** (c + 1)`, and a binary search from `t0 - 2 ** (c + 1)` finds all of that class's candidates.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

NEAR = 2**50  # keys within +-NEAR (36 million years) fit the banded search below in int64


class IntervalIndex:
    def __init__(self, start: np.ndarray, end: np.ndarray) -> None:
        self.start = start
        self.end = end
        duration = np.maximum(end - start, 1)
        classes = np.floor(np.log2(duration.astype(np.float64))).astype(np.int64)
        # Positions grouped by class, ascending (so in start order) within each group.
        self._positions = np.argsort(classes, kind="stable")
        uniq, first = np.unique(classes[self._positions], return_index=True)
        starts = start[self._positions]
        sizes = np.diff(np.append(first, len(starts)))
        self._first = first.tolist()
        self._far: list[tuple[int, np.ndarray]] | None = None
        self._offsets = np.empty(0, np.int64)
        if not len(starts):
            return
        self._base = int(starts.min())
        self._room = int(starts.max()) - self._base + 1
        if self._base < -NEAR or self._base + self._room > NEAR or uniq[-1] >= 50:
            # Misread keys far beyond any calendar: a search per group, in Python integers.
            self._far = [
                (2 ** (c + 1), starts[a : a + k])
                for c, a, k in zip(uniq.tolist(), self._first, sizes.tolist(), strict=True)
            ]
            return
        # All groups' starts in one sorted array of keys, each group shifted into a band of its
        # own, so that one binary search bounds every group: a numpy call per group and bound
        # costs more than the search itself when a lane has a few dozen events in view.
        self._neg_max_duration = -(2 ** (uniq + 1))
        self._offsets = np.arange(len(uniq), dtype=np.int64) * (self._room + 1)
        self._keys = np.repeat(self._offsets, sizes) + (starts - self._base)

    def query(self, t0: float, t1: float) -> np.ndarray:
        """Positions (ascending, i.e. in start order) of events with start < t1 and end > t0."""
        # Integer search keys: a float key would make numpy convert the whole array on every call.
        t0, t1 = math.floor(t0), math.ceil(t1)
        # Within a class every duration is below the class's maximum, so its candidates are the
        # events that start in [t0 - maximum, t1): one run of _positions per class.
        bounds: Iterable[tuple[int, int]]
        if self._far is not None:
            bounds = [
                (first + int(np.searchsorted(starts, t0 - max_duration)),
                 first + int(np.searchsorted(starts, t1)))
                for first, (max_duration, starts) in zip(self._first, self._far, strict=True)
            ]  # fmt: skip
        elif n := len(self._offsets):
            # Bounds clipped into their group's band count the same starts.
            room = self._room
            d0 = min(max(t0 - self._base, -4 * NEAR), 4 * NEAR)
            d1 = min(max(t1 - self._base, 0), room)
            lo = np.minimum(np.maximum(self._neg_max_duration + d0, 0), room) + self._offsets
            found = self._keys.searchsorted(np.concatenate((lo, self._offsets + d1))).tolist()
            bounds = zip(found[:n], found[n:], strict=True)
        else:
            return np.empty(0, np.int64)
        runs = [self._positions[a:b] for a, b in bounds if b > a]
        if not runs:
            return np.empty(0, np.int64)
        cand = runs[0] if len(runs) == 1 else np.concatenate(runs)
        cand = cand[self.end[cand] > t0]
        return cand if len(runs) == 1 else np.sort(cand)


LONG = 86_400 * 2  # events covering more than this are "long": counted where they overlap


class Spans:
    """Short events by sorted midpoint; long ones (imprecise months, years, ranges) by sorted
    starts and ends, so that a bin can count the long events overlapping it. Either count is a
    binary search per bin edge, whatever the number of events."""

    def __init__(self, start: np.ndarray, end: np.ndarray) -> None:
        long = (end - start) > LONG
        s, e = start[~long], end[~long]
        self.mids = np.sort(s + (e - s) // 2)
        self.long_starts = np.sort(start[long])
        self.long_ends = np.sort(end[long])

    def count(self, t0: float, t1: float) -> int:
        """Short events with their midpoint in [t0, t1), plus long ones overlapping it."""
        a, b = math.floor(t0), math.ceil(t1)
        short = np.searchsorted(self.mids, b) - np.searchsorted(self.mids, a)
        overlapping = np.searchsorted(self.long_starts, b) - np.searchsorted(
            self.long_ends, a, "right"
        )
        return int(short + overlapping)

    def histogram(self, edges: np.ndarray) -> np.ndarray:
        """Short events by midpoint between consecutive `edges`."""
        return np.diff(np.searchsorted(self.mids, np.floor(edges).astype(np.int64)))

    def coverage(self, edges: np.ndarray) -> np.ndarray:
        """For each bin between consecutive `edges`, how many long events overlap it."""
        keys = np.floor(edges).astype(np.int64)
        started = np.searchsorted(self.long_starts, keys[1:])  # start < bin end
        ended = np.searchsorted(self.long_ends, keys[:-1], "right")  # end <= bin start
        return started - ended


class LaneIndex:
    """Per-lane views of the event index, for questions whose cost must not grow with the data.

    Counting a lane's events in view and binning them into pixel columns are binary searches
    (see Spans); listing the events in view is an IntervalIndex query on the lane alone.
    """

    def __init__(self, start: np.ndarray, end: np.ndarray, lane: np.ndarray, lanes: int) -> None:
        order = np.argsort(lane, kind="stable")  # grouped by lane, start order kept within
        bounds = np.searchsorted(lane[order], np.arange(lanes + 1))
        self._positions: list[np.ndarray] = []
        self._spans: list[Spans] = []
        self._intervals: list[IntervalIndex] = []
        for i in range(lanes):
            pos = order[bounds[i] : bounds[i + 1]]
            s, e = start[pos], end[pos]
            self._positions.append(pos)
            self._spans.append(Spans(s, e))
            self._intervals.append(IntervalIndex(s, e))

    def count(self, lane: int, t0: float, t1: float) -> int:
        """Events of a lane in view (short ones by midpoint, long ones by overlap)."""
        return self._spans[lane].count(t0, t1)

    def histogram(self, lane: int, edges: np.ndarray) -> np.ndarray:
        """Counts of a lane's short events by midpoint between consecutive `edges`."""
        return self._spans[lane].histogram(edges)

    def coverage(self, lane: int, edges: np.ndarray) -> np.ndarray:
        """How many of a lane's long events overlap each bin between consecutive `edges`."""
        return self._spans[lane].coverage(edges)

    def query(self, lane: int, t0: float, t1: float) -> np.ndarray:
        """Positions in the full index (ascending) of the lane's events overlapping [t0, t1)."""
        return self._positions[lane][self._intervals[lane].query(t0, t1)]
