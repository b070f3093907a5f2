"""Search hits placed for drawing. Where each hit lies (its lane and dates) is read on a worker,
since in a dataset that means reading the hits' rows from its files (seconds for 100,000 hits);
the UI thread is handed the arrays and draws from them: a frame's marks cost its pixels, not its
hits (a lane drawn as density gets one tick per pixel column holding a hit, found by bisection)."""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from db.store import unique_ids
from db.store.frame import EventFrame

SPLIT_AT = 20_000  # hits placed in two halves at once from this many on (PlacedMarks.place)
_HALVES = ThreadPoolExecutor(1, thread_name_prefix="marks")  # the second half's thread


@dataclass(frozen=True)
class PlacedMarks:
    """The hits a frame holds: `ids` sorted (to tell a drawn event's id is a hit), and each lane's
    hits' middles sorted (to tell which pixel columns hold one)."""

    ids: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    middles: dict[int, np.ndarray] = field(default_factory=dict)  # by lane shown

    @classmethod
    def place(cls, events: EventFrame, ids: np.ndarray) -> PlacedMarks:
        """Find `ids` in `events` (reads the store: call it on a worker). Many hits are placed in
        two halves at once (SPLIT_AT): a half's look-ups are numpy gathers and sorts, which let
        the other run (100M events, 100,000 hits: 29 ms of CPU on one thread, 11 and 11 in two
        halves, under load)."""
        wanted = unique_ids(ids)
        if len(wanted) < SPLIT_AT:
            return cls._place(events, wanted)
        low, high = np.array_split(wanted, 2)  # ids sorted: every id of `high` is above `low`'s
        other = _HALVES.submit(cls._place, events, high)
        return cls._place(events, low).joined(other.result())

    @classmethod
    def _place(cls, events: EventFrame, wanted: np.ndarray) -> PlacedMarks:
        """`place` of the sorted distinct ids `wanted`, on this thread."""
        lanes, part = events.select(wanted, -math.inf, math.inf)
        middles = (part.start.astype(np.float64) + part.end.astype(np.float64)) / 2
        # Sorted by middle, then (stably) by lane: two stable sorts of nearly sorted columns
        # (the hits come in start order), a few ms for 100,000 hits where a mask and a sort per
        # lane, and np.unique's hashing, took tens.
        order = np.argsort(middles, kind="stable")
        lanes = np.asarray(lanes, np.int16)[order]  # at most MAX_LANES: a radix sort
        by_lane_order = np.argsort(lanes, kind="stable")
        middles = middles[order][by_lane_order]
        counts = np.bincount(lanes) if len(lanes) else np.zeros(0, np.int64)
        ends = np.cumsum(counts)
        by_lane = {
            lane: middles[ends[lane] - counts[lane] : ends[lane]]
            for lane in np.flatnonzero(counts).tolist()
        }
        # Every id asked for is in the frame (all lanes shown, as a search's marks often are):
        # they are the ids, sorted already (a frame holds an event once).
        held = wanted if len(part.ids) == len(wanted) else unique_ids(part.ids)
        return cls(held, by_lane)

    def joined(self, higher: PlacedMarks) -> PlacedMarks:
        """These marks and `higher`'s, whose ids are all above these: as placed at once."""
        lanes = sorted({*self.middles, *higher.middles})
        empty = np.empty(0, np.float64)
        by_lane = {
            # two sorted runs: a stable sort merges them
            lane: np.sort(
                np.concatenate([self.middles.get(lane, empty), higher.middles.get(lane, empty)]),
                kind="stable",
            )
            for lane in lanes
        }
        return PlacedMarks(np.concatenate([self.ids, higher.ids]), by_lane)

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, event_id: object) -> bool:
        if not len(self.ids) or not isinstance(event_id, int | np.integer):
            return False
        at = int(np.searchsorted(self.ids, event_id))
        return at < len(self.ids) and int(self.ids[at]) == event_id

    def columns(self, lane: int, t0: float, spp: float, width: int) -> np.ndarray:
        """The pixel columns (0..width) of `lane` whose span holds a hit's middle: the columns'
        edges bisected into the sorted middles, so the cost follows the width, not the hits."""
        middles = self.middles.get(lane)
        if middles is None or not len(middles) or spp <= 0:
            return np.empty(0, np.int64)
        edges = t0 + (np.arange(width + 2, dtype=np.float64) - 0.5) * spp
        counts = np.diff(np.searchsorted(middles, edges))
        return np.flatnonzero(counts)


@dataclass(frozen=True)
class MarksShown:
    """What the timeline draws: the hits placed (a sample over the whole range when the search
    found more than the marks cap) and, zoomed in, every hit of the view's window
    (viewer.timeline.window_marks)."""

    placed: PlacedMarks
    window: PlacedMarks | None = None

    def __len__(self) -> int:
        return len(self.placed) + (len(self.window) if self.window is not None else 0)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self.placed or (self.window is not None and event_id in self.window)

    def columns(self, lane: int, t0: float, spp: float, width: int) -> np.ndarray:
        """As PlacedMarks.columns, of both."""
        xs = self.placed.columns(lane, t0, spp, width)
        if self.window is None:
            return xs
        return np.union1d(xs, self.window.columns(lane, t0, spp, width))


class MarksScope(Enum):
    """What a search's marks are in the view shown, when they are a sample (more hits than the
    marks cap): what the search panel and the status bar tell."""

    WHOLE = "whole"  # the view shows the whole range: the sample is spread over it
    EVERY_IN_VIEW = "every in view"  # zoomed in, every hit of the view's window found
    SAMPLE_IN_VIEW = "sample in view"  # zoomed in, the sample alone (some hits in view unmarked)
