"""A first frame of a timeline database from its cached count pyramid (db.pyramid_cache), for
the viewer to paint while the whole index loads: the overview's density per lane costs a binary
search per bin edge, whatever the number of events.

It is a sketch, not the events: counts and histograms of the short events (snapped to the
pyramid's buckets, as a dataset's are), no long events (the pyramid only counts them), and no
events to draw one by one, click or step through (windows are empty) until the index is loaded
and the real frame replaces it. None when the file has no pyramid for its present state (a first
open builds one, see TimelineStore.load_index; a large file is then sketched from a sample of
its rows, db.store.sampled_sketch).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from db import pyramid_cache
from db.pyramid import BUCKETS_PER_BIN, LanePyramid

from .frame import EventPlace, FrameSlice, Reporting

COUNT_BUCKETS = 1024  # a count's span is cut into at least this many pyramid buckets

_EMPTY = FrameSlice(
    np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.uint8)
)


def first_frame(path: str | Path) -> SketchFrame | None:
    """The sketch of the database at `path` from its cached pyramid, or None."""
    cached = pyramid_cache.load(path)
    return SketchFrame(cached) if cached is not None else None


class SketchFrame:
    """The frame interface (db.store.frame) answered from a pyramid alone."""

    sketch = True  # not every event: the viewer keeps waiting for the real frame

    def __init__(self, cached: pyramid_cache.CachedPyramid) -> None:
        self._cached = cached

    @property
    def lanes(self) -> tuple[str, ...]:
        return self._cached.lanes

    def __len__(self) -> int:
        return self._cached.short  # the events it counts

    def span(self) -> tuple[int, int] | None:
        return self._cached.span

    def _pyramids(self, lane: int | None) -> list[LanePyramid]:
        return [self._cached.pyramid.all if lane is None else self._cached.pyramid.lanes[lane]]

    def histogram(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        edges = np.asarray(edges, np.float64)
        if len(edges) < 2:
            return np.zeros(0, np.int64)
        (pyramid,) = self._pyramids(lane)
        width = float(np.min(np.diff(edges))) if len(edges) > 1 else 1.0
        return np.diff(pyramid.before(pyramid.level_for(width), edges))

    def count(self, lane: int | None, t0: float, t1: float) -> int:
        span = self.span()
        if span is None:
            return 0
        t0, t1 = max(t0, span[0]), min(t1, span[1] + 1)  # finite, for the level
        if not t1 > t0:
            return 0
        (pyramid,) = self._pyramids(lane)
        k = pyramid.level_for((t1 - t0) / COUNT_BUCKETS * BUCKETS_PER_BIN)
        if t1 > span[1]:  # through the end: edges snap down, so past the last bucket
            t1 = float(((span[1] >> k) + 1) << k)
        a, b = pyramid.before(k, np.array([t0, t1], np.float64))
        return int(b - a)

    def coverage(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        return np.zeros(max(len(edges) - 1, 0), np.int64)  # long events: not in the pyramid

    def window(self, lane: int, t0: float, t1: float) -> FrameSlice:
        return _EMPTY

    def has_window(self, lane: int, t0: float, t1: float) -> bool:
        return True  # nothing to fetch: the real frame replaces the sketch

    def locate(self, event_id: int) -> EventPlace | None:
        return None

    def neighbour(
        self, event_id: int | None, step: int, at: float | None = None
    ) -> EventPlace | None:
        return None

    def contains(self, ids: np.ndarray) -> np.ndarray:
        return np.zeros(len(ids), bool)

    def select(self, ids: np.ndarray, t0: float, t1: float) -> tuple[np.ndarray, FrameSlice]:
        return np.empty(0, np.int32), _EMPTY

    def ids(self) -> np.ndarray:
        return np.empty(0, np.int64)

    def reporting(self) -> Reporting | None:
        return None
