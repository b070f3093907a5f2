"""Which events overlap a time window, in time proportional to the answer, not to the data.

Events are kept sorted by start. A long event that started before the window still overlaps it, so
events are grouped by duration class (powers of two): within a class every duration is below
`2 ** (c + 1)`, and a binary search from `t0 - 2 ** (c + 1)` finds all of that class's candidates.
"""

from __future__ import annotations

import numpy as np


class IntervalIndex:
    def __init__(self, start: np.ndarray, end: np.ndarray) -> None:
        self.start = start
        self.end = end
        duration = np.maximum(end - start, 1)
        classes = np.floor(np.log2(duration.astype(np.float64))).astype(np.int64)
        self._groups: list[tuple[float, np.ndarray, np.ndarray]] = []
        for c in np.unique(classes):
            positions = np.flatnonzero(classes == c)  # ascending, so sorted by start too
            self._groups.append((float(2 ** (int(c) + 1)), positions, start[positions]))

    def query(self, t0: float, t1: float) -> np.ndarray:
        """Positions (ascending, i.e. in start order) of events with start < t1 and end > t0."""
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
