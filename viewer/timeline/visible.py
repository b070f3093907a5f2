"""Which events overlap a time window, in time proportional to the answer, not to the data.

Events are kept sorted by start. A long event that started before the window still overlaps it, so
events are grouped by duration class (powers of two): within a class every duration is below
`2 ** (c + 1)`, and a binary search from `t0 - 2 ** (c + 1)` finds all of that class's candidates.
"""

from __future__ import annotations

import math

import numpy as np


class IntervalIndex:
    def __init__(self, start: np.ndarray, end: np.ndarray) -> None:
        self.start = start
        self.end = end
        duration = np.maximum(end - start, 1)
        classes = np.floor(np.log2(duration.astype(np.float64))).astype(np.int64)
        self._groups: list[tuple[int, np.ndarray, np.ndarray]] = []
        for c in np.unique(classes):
            positions = np.flatnonzero(classes == c)  # ascending, so sorted by start too
            self._groups.append((2 ** (int(c) + 1), positions, start[positions]))

    def query(self, t0: float, t1: float) -> np.ndarray:
        """Positions (ascending, i.e. in start order) of events with start < t1 and end > t0."""
        # Integer search keys: a float key would make numpy convert the whole array on every call.
        t0, t1 = math.floor(t0), math.ceil(t1)
        parts = []
        for max_duration, positions, starts in self._groups:
            lo = np.searchsorted(starts, t0 - max_duration, "left")
            hi = np.searchsorted(starts, t1, "left")
            if hi <= lo:
                continue
            cand = positions[lo:hi]
            parts.append(cand[self.end[cand] > t0])
        if not parts:
            return np.empty(0, np.int64)
        if len(parts) == 1:
            return parts[0]
        return np.sort(np.concatenate(parts))


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
