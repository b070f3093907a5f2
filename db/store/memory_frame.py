"""`MemoryFrame`: the frame interface (db.store.frame) answered from numpy arrays in memory.

A store that can hold every event's keys in memory (a timeline database, a plain table) loads its
`EventIndex` once per grouping (`FrameCache`) and cuts frames from it: the lanes shown, in their
order, and the date range. Counts and histograms are binary searches (`Spans`), the events in a
window an `IntervalIndex` query on the lane alone (`LaneIndex`), whatever the number of events.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from .frame import EventPlace, FrameQuery, FrameSlice, RecentFrames, Reporting
from .id_positions import SPARSEST, IdPositions
from .intervals import LaneIndex, Spans
from .model import ACCEPTED, CORRECTED, REJECTED, EventIndex, held_in, review_mask, unique_ids

REVIEWED = ACCEPTED | CORRECTED | REJECTED

# Reads the index-aligned report days of a frame's index when first asked (None: unrecorded).
ReportedLoader = Callable[[], "np.ndarray | None"]

FEW_IDS = 5000  # ids a frame finds without its table of positions, when none is made yet
FRAMES_KEPT = 4  # frames a store keeps built (the full one per grouping, the one shown)


class MemoryFrame:
    """The events of `index` that `query` selects, answered per lane (see db.store.frame)."""

    def __init__(
        self,
        index: EventIndex,
        query: FrameQuery | None = None,
        reported: ReportedLoader | None = None,
    ) -> None:
        """`reported` gives the index's report days when the index has none loaded yet (the
        frame's `reporting` asks it); an `as_of` query needs them loaded in `index`."""
        query = query or FrameQuery()
        names = index.lanes
        if query.lanes is None:
            shown = list(names)
        else:
            known = set(names)
            shown = list(dict.fromkeys(n for n in query.lanes if n in known))
        position = {n: i for i, n in enumerate(names)}
        remap = np.full(len(names) + 1, -1, dtype=np.int32)
        for new, name in enumerate(shown):
            remap[position[name]] = new
        lane = remap[index.lane] if len(names) else np.empty(0, np.int32)
        mask = lane >= 0
        if query.start is not None:
            mask &= index.end > query.start
        if query.end is not None:
            mask &= index.start < query.end
        if query.as_of is not None and index.reported is not None:
            mask &= index.reported <= query.as_of  # unknown (UNREPORTED) sorts before all
        if query.review is not None:
            mask &= review_mask(index.flags, query.review)
        if query.hide:
            mask &= (index.flags & query.hide) == 0
        self._lanes = tuple(shown)
        # Sorted by start (the index is), so positions are in start order. A frame of all the
        # events in the store's lane order shares the index's arrays rather than copying them.
        self._mask: np.ndarray | None = None  # which of the index's events (None: all)
        self._reported = index.reported
        self._load_reported = reported
        if tuple(shown) == names and bool(mask.all()):
            self._ids, self._start, self._end = index.ids, index.start, index.end
            self._lane, self._flags = index.lane, index.flags
            self._reports = index.reports
        else:
            self._mask = mask
            if index.reported is not None:
                self._reported = index.reported[mask]
            self._ids = index.ids[mask]
            self._start = index.start[mask]
            self._end = index.end[mask]
            self._lane = lane[mask].astype(np.int32)
            self._flags = index.flags[mask]
            self._reports = index.reports[mask] if index.reports is not None else None
        # Made when first asked (a frame asked for its lanes and size alone never needs them).
        self._lane_index: LaneIndex | None = None
        self._all: Spans | None = None  # all lanes at once (the overview), made when asked
        self._by_id: IdPositions | None = None  # each id's position, made when first asked
        self._by_id_lock = threading.Lock()
        self._id_range: tuple[int, int] | None = None  # the lowest and highest id, when asked
        self._found: tuple[np.ndarray, np.ndarray] | None = None  # last `select` ids, positions
        if query.as_of is not None and index.folded is not None and self._reports is not None:
            self._reports = self._known_reports(index.folded, query.as_of)

    def _known_reports(self, folded: np.ndarray, as_of: int) -> np.ndarray:
        """Each story's count of reports known by `as_of`: its reports published later are not
        counted (its drawn report is its first published, so known when any is)."""
        assert self._reports is not None
        late = folded[folded[:, 1] > as_of, 0]
        if not len(late):
            return self._reports
        drawn, count = np.unique(late, return_counts=True)
        at = self._positions(drawn)
        reports = self._reports.copy()
        reports[at[at >= 0]] -= count[at >= 0].astype(reports.dtype)
        return reports

    @property
    def lanes(self) -> tuple[str, ...]:
        return self._lanes

    def __len__(self) -> int:
        return len(self._ids)

    def span(self) -> tuple[int, int] | None:
        if not len(self._ids):
            return None
        return int(self._start[0]), int(self._end.max())

    @property
    def _per_lane(self) -> LaneIndex:
        if self._lane_index is None:
            self._lane_index = LaneIndex(self._start, self._end, self._lane, len(self._lanes))
        return self._lane_index

    def _spans(self) -> Spans:
        if self._all is None:
            self._all = Spans(self._start, self._end)
        return self._all

    def count(self, lane: int | None, t0: float, t1: float) -> int:
        if lane is None:
            return self._spans().count(t0, t1)
        return self._per_lane.count(lane, t0, t1)

    def histogram(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        if lane is None:
            return self._spans().histogram(edges)
        return self._per_lane.histogram(lane, edges)

    def coverage(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        if lane is None:
            return self._spans().coverage(edges)
        return self._per_lane.coverage(lane, edges)

    def _slice(self, positions: np.ndarray) -> FrameSlice:
        return FrameSlice(
            self._ids[positions], self._start[positions], self._end[positions],
            self._flags[positions],
            self._reports[positions] if self._reports is not None else None,
        )  # fmt: skip

    def window(self, lane: int, t0: float, t1: float) -> FrameSlice:
        return self._slice(self._per_lane.query(lane, t0, t1))

    def has_window(self, lane: int, t0: float, t1: float) -> bool:
        return True  # every event is in memory

    def _place(self, pos: int) -> EventPlace:
        return EventPlace(
            int(self._ids[pos]), int(self._lane[pos]), int(self._start[pos]),
            int(self._end[pos]), int(self._flags[pos]),
        )  # fmt: skip

    def _positions(self, ids: np.ndarray) -> np.ndarray:
        """Each of `ids`' first position in start order, -1 for those the frame lacks: a table
        from id to position (or the ids sorted) made once per frame, not a scan of all events."""
        if self._by_id is None:
            with self._by_id_lock:  # made once: a search's filter test and its marks both ask
                if self._by_id is None:
                    self._by_id = IdPositions(self._ids)
        return self._by_id.of(ids)

    def warm_lookups(self) -> None:
        """Make the table a search's hits are found with (filtered and placed) now: the viewer
        asks on a thread of its own when it shows a frame, so the first search does not pay it
        (10-30 ms of CPU at a million events, beside the UI thread drawing the first page)."""
        self._positions(np.empty(0, np.int64))

    def _position(self, event_id: int) -> int:
        """One id's first position in start order, -1 if the frame lacks it: a scan of the ids
        (a millisecond at a million) unless they are sorted already, cheaper than sorting them
        for a single look-up."""
        if self._by_id is not None:
            return int(self._positions(np.array([event_id], np.int64))[0])
        hits = np.flatnonzero(self._ids == event_id)
        return int(hits[0]) if len(hits) else -1

    def locate(self, event_id: int) -> EventPlace | None:
        pos = self._position(event_id)
        return self._place(pos) if pos >= 0 else None

    def neighbour(
        self, event_id: int | None, step: int, at: float | None = None
    ) -> EventPlace | None:
        n = len(self._ids)
        if not n:
            return None
        if event_id is not None:
            pos = self._position(event_id)
            if pos < 0:
                return None
            pos += step
            return self._place(pos) if 0 <= pos < n else None
        if at is None:
            return self._place(0 if step > 0 else n - 1)
        pos = int(np.searchsorted(self._start, int(at)))
        pos = pos if step > 0 else pos - 1
        return self._place(min(max(pos, 0), n - 1))

    def contains(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, np.int64)
        held = self._held_few(ids)
        if held is not None:
            return held_in(ids, unique_ids(self._ids[held]))
        return self._positions(ids) >= 0

    def select(self, ids: np.ndarray, t0: float, t1: float) -> tuple[np.ndarray, FrameSlice]:
        # The same hits are asked for frame after frame: their positions are kept.
        if self._found is None or self._found[0] is not ids:
            held = self._held_few(np.asarray(ids, np.int64))
            if held is not None:
                positions = np.flatnonzero(held)  # in start order; an id held twice: its first
                _ids, first = np.unique(self._ids[positions], return_index=True)
                self._found = (ids, np.sort(positions[first]))
            else:
                positions = self._positions(ids)
                self._found = (ids, np.sort(positions[positions >= 0]))
        positions = self._found[1]
        positions = positions[self._start[positions] < t1]
        positions = positions[self._end[positions] > t0]
        return self._lane[positions], self._slice(positions)

    def _held_few(self, ids: np.ndarray) -> np.ndarray | None:
        """Which of the frame's events are among `ids` (a mask), for a few ids asked before the
        frame's table of positions is made (a search's first page, filtered and marked): one
        pass over dense ids, ~5 ms at a million where the table costs 10-25 ms of a worker that
        the UI thread, drawing the page, shares the cores (and the GIL) with. The marks' worker
        makes the table for every hit. None when the table is made, the ids many or sparse."""
        if self._by_id is not None or not 0 < len(ids) <= FEW_IDS or not len(self._ids):
            return None
        if self._id_range is None:
            self._id_range = (int(self._ids.min()), int(self._ids.max()))
        low, high = self._id_range
        if high - low >= SPARSEST * len(self._ids):
            return None
        return np.isin(self._ids, ids, kind="table")

    def ids(self) -> np.ndarray:
        return self._ids

    def reporting(self) -> Reporting | None:
        if self._reported is None and self._load_reported is not None:
            loaded = self._load_reported()
            if loaded is not None:
                self._reported = loaded if self._mask is None else loaded[self._mask]
        if self._reported is None:
            return None
        return Reporting(self._lane, self._start, self._end, self._flags, self._reported)


class FrameCache:
    """A store's frames: its whole index loaded once per grouping, the last few frames kept
    (the viewer asks again for the full frame of a grouping, and for the one shown)."""

    def __init__(
        self,
        load: Callable[[str], EventIndex],
        load_reported: Callable[[EventIndex], np.ndarray | None] | None = None,
    ) -> None:
        """`load_reported(index)`: the index's report days (EventIndex.reported), read only
        when first needed (an `as_of` frame, reporting lags): they cost a scan of the table."""
        self._load = load
        self._load_reported = load_reported
        self._indexes: dict[str, EventIndex] = {}
        self._frames: RecentFrames[MemoryFrame] = RecentFrames(FRAMES_KEPT)
        self._lock = threading.Lock()  # frames are built on workers and on the UI thread
        self._any_reviewed: dict[str, bool] = {}  # per grouping: does any event have a review?
        # The frames before the last review change, and what a new frame carries over of them.
        self._before: tuple[RecentFrames[MemoryFrame], Callable] | None = None

    def index(self, group: str) -> EventIndex:
        with self._lock:
            index = self._indexes.get(group)
        if index is None:
            index = self._load(group)
            with self._lock:
                index = self._indexes.setdefault(group, index)
        return index

    def held(self) -> dict[str, EventIndex]:
        """The groupings' indexes loaded so far."""
        with self._lock:
            return dict(self._indexes)

    def replace(
        self, indexes: dict[str, EventIndex], carry: Callable[[MemoryFrame, MemoryFrame], None]
    ) -> None:
        """Hold `indexes` in place of those loaded (a review change laid over them,
        db.store.review_patch); the frames cut from the old ones are no longer given, but a
        frame of the same query made next gets what `carry(old, new)` carries over of it."""
        with self._lock:
            self._indexes.update(indexes)
            self._any_reviewed.clear()
            self._before = (self._frames, carry)
            self._frames = RecentFrames(FRAMES_KEPT)

    def _made(self, frame: MemoryFrame, query: FrameQuery) -> MemoryFrame:
        before = self._before
        if before is None:
            return frame
        # The same query, or one that differs by a review filter showing the unreviewed events
        # (asked as no filter while no event is reviewed).
        plain = replace(query, review=None)
        for asked in before[0].queries():
            same = asked == query or (replace(asked, review=None) == plain and (
                asked.review is None or "unreviewed" in asked.review) and (
                query.review is None or "unreviewed" in query.review))  # fmt: skip
            old = before[0].peek(asked) if same else None
            if old is not None:
                before[1](old, frame)
                break
        return frame

    def reported(self, group: str) -> np.ndarray | None:
        """The grouping's index's report days, loaded into it the first time (None: the store
        records none)."""
        index = self.index(group)
        if index.reported is not None or self._load_reported is None:
            return index.reported
        days = self._load_reported(index)
        if days is None:
            return None
        with self._lock:
            held = self._indexes[group]
            if held is index:
                held = self._indexes[group] = replace(index, reported=days)
        if held.reported is None:  # a review change replaced the index meanwhile: its days
            return self.reported(group)
        return held.reported

    def _reviewed(self, group: str, index: EventIndex) -> bool:
        found = self._any_reviewed.get(group)
        if found is None:
            found = self._any_reviewed[group] = bool(np.any(index.flags & REVIEWED))
        return found

    def frame(self, query: FrameQuery) -> MemoryFrame:
        if query.as_of is not None:
            self.reported(query.group)  # a cut by report day needs them in the index
        index = self.index(query.group)
        if query.lanes == index.lanes:  # all lanes in the store's order: the same frame
            query = replace(query, lanes=None)
        if query.review is not None and "unreviewed" in query.review:
            if not self._reviewed(query.group, index):  # no review to filter by: the same
                query = replace(query, review=None)
        group = query.group
        loader = None if self._load_reported is None else (lambda: self.reported(group))
        return self._frames.get(query, lambda q: self._made(MemoryFrame(index, q, loader), q))
