"""The long events' starts and ends as a windowed frame counts them (coverage and counts).

What coverage asks is, per lane, how many long events start before a time and how many end by
it. Long events are mostly whole days, months and years: at 100M events the 2.5 million long
events of the benchmark have 174,000 distinct keys. So a lane keeps its distinct keys (starts and
ends together, sorted) and the running number of starts and of ends up to each: the same exact
answers from a fifteenth of the memory, and a frame's binary searches stay in the processor's
cache (over 2.5 million keys, 16 lanes of searches missed it at every step: 3 ms a frame).
"""

from __future__ import annotations

import numpy as np


class LongKeys:
    """Per lane: distinct keys, sorted, and the running totals of starts and of ends before
    each (one more than keys: the last is the lane's total)."""

    def __init__(
        self, lanes: np.ndarray, keys: np.ndarray, starts: np.ndarray, ends: np.ndarray,
        n_lanes: int,
    ) -> None:  # fmt: skip
        """From rows sorted by lane then key: each row a distinct (lane, key) with how many
        long events start and end at it."""
        lanes = np.asarray(lanes, np.int64)
        self._keys = np.asarray(keys, np.int64)
        at = np.concatenate([[0], np.cumsum(np.bincount(lanes, minlength=n_lanes))]).tolist()
        self._lanes: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for i in range(n_lanes):
            part = slice(at[i], at[i + 1])
            self._lanes.append((self._keys[part], _running(starts[part]), _running(ends[part])))
        self.totals = [int(s[-1]) for _k, s, _e in self._lanes]

    def started_before(self, lane: int, keys: np.ndarray) -> np.ndarray:
        """How many of the lane's long events start before each key."""
        mine, starts, _ends = self._lanes[lane]
        return starts[np.searchsorted(mine, keys)]

    def ended_by(self, lane: int, keys: np.ndarray) -> np.ndarray:
        """How many of the lane's long events end at or before each key."""
        mine, _starts, ends = self._lanes[lane]
        return ends[np.searchsorted(mine, keys, "right")]

    def overlapping(self, lane: int, a: int, b: int) -> int:
        """How many of the lane's long events overlap [a, b)."""
        keys = np.array([a, b], np.int64)
        return int(self.started_before(lane, keys[1:])[0] - self.ended_by(lane, keys[:1])[0])

    def coverage(self, lane: int, keys: np.ndarray) -> np.ndarray:
        """How many of the lane's long events overlap each bin between integer edges."""
        return self.started_before(lane, keys[1:]) - self.ended_by(lane, keys[:-1])

    @property
    def nbytes(self) -> int:
        return int(self._keys.nbytes + sum(s.nbytes + e.nbytes for _k, s, e in self._lanes))


def _running(counts: np.ndarray) -> np.ndarray:
    """0, then the running total of `counts`."""
    out = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=out[1:])
    return out
