"""The frame interface: what the timeline asks of the events to draw one frame.

Neutral (numpy only): the SQLite stores (db.store, which re-exports it as db.store.frame), the
archive (db.archive) and the windowed frame they share (db.windowed) all answer it.

A frame's cost must follow the pixels on screen, never the number of events, so the timeline
never holds the events as whole arrays: it asks per lane for counts and histograms over a time
span (density bars), for the events in a window (as a slice of columns), and for single events by
id or by neighbour (the keyboard). `db.store.memory_frame.MemoryFrame` answers from numpy arrays
in memory; `db.windowed.PyramidFrame` from a count pyramid and windowed queries (a dataset's).

Times are integer keys (seconds, proleptic Gregorian, see db.timekeys); spans are half-open.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import numpy as np

# Reporting.reported of an event whose first report is not known: before every key, so that an
# "as known on" cut (FrameQuery.as_of) never hides it.
UNREPORTED = np.iinfo(np.int64).min


@dataclass(frozen=True)
class FrameQuery:
    """Which events a frame holds: lanes grouped by `group` ("lane" or "source"), only the
    `lanes` named (in this display order; None: all, in the store's order), only events
    overlapping [start, end) when given; `as_of` (a key): only events first reported at or
    before it (what was known then; events whose first report is unknown stay); only events in
    the `review` states named (see db.review.state.REVIEW_STATES; None: all); none with a flag
    bit in `hide` (db.store.model's flags: NEGATED unless negated events are asked for)."""

    group: str = "lane"
    lanes: tuple[str, ...] | None = None
    start: int | None = None
    end: int | None = None
    as_of: int | None = None
    review: frozenset[str] | None = None
    hide: int = 0


@dataclass(frozen=True)
class FrameSlice:
    """Events of one lane overlapping a span, in start order, as columns (see model's flags)."""

    ids: np.ndarray  # int64
    start: np.ndarray  # int64 keys
    end: np.ndarray  # int64, exclusive
    flags: np.ndarray  # uint8: RANGE, IMPRECISE, PUBLICATION
    reports: np.ndarray | None = None  # int32 reports each stands for (a story); None: one each

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class Reporting:
    """Every event of a frame with the day it was first reported, as columns in start order:
    its lane (index into the frame's lanes), start, end, flags and report key (UNREPORTED
    where unknown)."""

    lane: np.ndarray  # int32
    start: np.ndarray  # int64 keys
    end: np.ndarray  # int64, exclusive
    flags: np.ndarray  # uint8
    reported: np.ndarray  # int64 keys

    def __len__(self) -> int:
        return len(self.lane)


@dataclass(frozen=True)
class EventPlace:
    """Where one event is on the timeline."""

    id: int
    lane: int  # index into the frame's lanes
    start: int
    end: int
    flags: int


class EventFrame(Protocol):
    """The events of one view (a grouping, the lanes shown, a date range), answered per lane."""

    @property
    def lanes(self) -> tuple[str, ...]:
        """Lane names in display order; lane arguments index into this."""
        ...

    def __len__(self) -> int:
        """How many events the frame holds."""
        ...

    def span(self) -> tuple[int, int] | None:
        """The earliest start and the latest end, or None for an empty frame."""
        ...

    def count(self, lane: int | None, t0: float, t1: float) -> int:
        """Events of a lane (None: all lanes) in [t0, t1): short ones by midpoint, long ones
        (ranges, imprecise periods) by overlap."""
        ...

    def histogram(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        """Short events by midpoint between consecutive `edges` (len(edges) - 1 counts)."""
        ...

    def coverage(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        """How many long events overlap each bin between consecutive `edges`."""
        ...

    def window(self, lane: int, t0: float, t1: float) -> FrameSlice:
        """The lane's events overlapping [t0, t1), in start order."""
        ...

    def has_window(self, lane: int, t0: float, t1: float) -> bool:
        """Can `window` answer for [t0, t1) from memory, at once? An archive's frame says no
        until the window was fetched (the timeline then asks `window` on a worker and draws the
        lane's density meanwhile); a frame held in memory always says yes."""
        ...

    def locate(self, event_id: int) -> EventPlace | None:
        """Where an event is, or None when the frame does not hold it."""
        ...

    def neighbour(
        self, event_id: int | None, step: int, at: float | None = None
    ) -> EventPlace | None:
        """The event `step` places after (negative: before) `event_id` in start order, across
        lanes; with no event, the one nearest time `at` (None with step > 0: the first, with
        step < 0: the last). None past either end."""
        ...

    def contains(self, ids: np.ndarray) -> np.ndarray:
        """A bool mask: which of `ids` the frame holds (search hits among the events shown)."""
        ...

    def select(self, ids: np.ndarray, t0: float, t1: float) -> tuple[np.ndarray, FrameSlice]:
        """Of `ids` (say search hits), those overlapping [t0, t1): their lanes and places."""
        ...

    def ids(self) -> np.ndarray:
        """Every event id the frame holds, in start order (for exports of what is shown)."""
        ...

    def reporting(self) -> Reporting | None:
        """Each event's lane, dates and first-report day (for reporting lags), or None when the
        data records no report days. Reads the whole frame: for a dialog, never a paint."""
        ...


F = TypeVar("F")


class RecentFrames(Generic[F]):
    """The last few frames a store made, by query: the viewer asks again for a grouping's full
    frame and for the one shown, and a frame is dear to remake. Thread-safe (frames are made on
    workers and on the UI thread); `make` runs outside the lock."""

    def __init__(self, kept: int = 4) -> None:
        self._kept = kept
        self._frames: OrderedDict[FrameQuery, F] = OrderedDict()
        self._lock = threading.Lock()

    def peek(self, query: FrameQuery) -> F | None:
        """The frame of `query`, if kept (made by no one)."""
        with self._lock:
            return self._frames.get(query)

    def queries(self) -> list[FrameQuery]:
        """The queries of the frames kept."""
        with self._lock:
            return list(self._frames)

    def get(self, query: FrameQuery, make: Callable[[FrameQuery], F]) -> F:
        with self._lock:
            frame = self._frames.get(query)
            if frame is not None:
                self._frames.move_to_end(query)
                return frame
        frame = make(query)
        with self._lock:
            self._frames[query] = frame
            while len(self._frames) > self._kept:
                self._frames.popitem(last=False)
        return frame
