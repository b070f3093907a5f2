"""`PyramidFrame`: the frame interface (db.frame) answered from a count pyramid and windowed
queries of a source (`Source`: today a dataset folder, db.archive.store.DatasetStore).

Counts and histograms come from the count pyramid (db.pyramid: a binary search per edge, no scan
of events), coverage from the long events' keys (held in memory by the source), and the events
themselves (windows, neighbours, ids, search marks) from the source's queries (a dataset's:
DuckDB over the Parquet files). The frame imports no database and writes no SQL: it asks with a
`WindowFilter` (db.windowed.filter), which each source turns into its own query.
A window is fetched three times wider than asked and kept per lane, so that pans and small zooms
are answered from memory.

Negated events hidden (FrameQuery.hide's NEGATED) are taken off the counts with their own
counts, and so are the events reported after an "as known on" day (a dataset's:
db.archive.grouped_counts);
other flag bits in `hide` leave the events drawn but not the counts (the viewer hides none).

What the pyramid cannot answer exactly, by its contract: histogram and count edges are snapped
down to the boundaries of the level used (db.pyramid); in a frame limited to a date range,
short events count by their midpoint within the range (one straddling an end of the range may be
counted differently from the in-memory frame, which counts every event overlapping it).
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from typing import Any, Protocol

import numpy as np

from db.errors import TimelineError
from db.frame import EventPlace, FrameQuery, FrameSlice, Reporting
from db.pyramid import BUCKETS_PER_BIN, LanePyramid
from db.pyramid import Pyramid as SharedPyramid
from db.sorted_ids import held_in, unique_ids

from .filter import WindowFilter
from .long_keys import LongKeys
from .memory_counts import MemoryCounts, MemoryLane

NEGATED = 16  # db.store.model's flag bit
GROUP_LIMIT = 2000  # a lane with at most this many events in a fetch comes along with another
COUNT_BUCKETS = 1 << 16  # a count's span is cut into at least this many pyramid buckets: two
# binary searches whatever the level, and the finer it is the nearer the database's counts (the
# overview's bulk is found by counting: with 1024, a few events differed)
REPORTING_MAX = 20_000_000  # events whose report days a frame reads at once (29 bytes each)
ROWS_KEPT = 256  # events located by id, kept (a dataset never changes under its frame)


class Grouped(Protocol):
    """The counts beside the source's pyramid (a dataset's: db.archive.grouped_counts)."""

    @property
    def version2(self) -> bool:
        """Lanes by source, negated events and report days counted?"""
        ...

    @property
    def by_source(self) -> SharedPyramid | None:
        """The pyramid by source (its all-lanes one: the lanes' pyramid's)."""
        ...

    def hides_negated(self, hide: int) -> bool:
        """Must a frame hiding `hide` take negated events off the pyramid's counts?"""
        ...

    def negated(self, group: str) -> MemoryCounts:
        """The short negated events counted by lane or by source ("lane", "source")."""
        ...


class Source(Protocol):
    """What a frame asks of its store (db.archive.store.DatasetStore)."""

    lanes: tuple[str, ...]
    manifest: dict[str, Any]  # lane_events, lane_spans (…_shown), source_events, source_spans

    @property
    def pyramid(self) -> SharedPyramid: ...

    def count_events(self, which: WindowFilter) -> int:
        """How many events `which` holds (read: a frame limited to dates, or cut by report)."""
        ...

    def event_span(self, which: WindowFilter) -> tuple[int, int] | None:
        """The earliest start and latest end of the events `which` holds (None: none)."""
        ...

    def long_keys(
        self, low: int | None = None, high: int | None = None, which: WindowFilter | None = None
    ) -> LongKeys:
        """The long events' keys, by `which`'s grouping and of the events it holds (its lanes
        and range unused: every lane, overlapping [low, high) where given)."""
        ...

    def window_events(
        self, which: WindowFilter, lane_nos: list[int], a: int, b: int
    ) -> dict[str, np.ndarray]:
        """The events of lanes `lane_nos` overlapping [a, b) that `which` holds, in start
        order: columns id, lane_no (the grouping's number), start_key, end_key, flags."""
        ...

    def events_by_id(self, which: WindowFilter, ids: np.ndarray) -> dict[str, np.ndarray]:
        """Of `ids`, those `which` holds, in start order (the columns of window_events)."""
        ...

    def first_event(
        self, which: WindowFilter, forward: bool, after: tuple[int, int | None] | None = None,
        offset: int = 0,
    ) -> tuple[Any, ...] | None:  # fmt: skip
        """The event `offset` places on from the first that `which` holds in (start, id) order
        (`forward`) or its reverse, strictly past `after` (start, id; id None: before every
        id at that start): id, lane_no, start_key, end_key, flags; None past the end."""
        ...

    def event_ids(self, which: WindowFilter) -> np.ndarray:
        """Every id `which` holds, in start order."""
        ...

    def reporting_rows(self, which: WindowFilter) -> dict[str, np.ndarray]:
        """Every event `which` holds in start order: lane_no, start_key, end_key, flags and
        reported (db.frame.UNREPORTED where unknown)."""
        ...

    def records_by_id(self, ids: np.ndarray) -> dict[str, np.ndarray] | None:
        """Of `ids`, the records the source holds by id (columns id, lane_no, source_no,
        start_key, end_key, flags, reported_key), unfiltered; None when it holds none by id
        (events_by_id then reads them)."""
        ...

    @property
    def grouped(self) -> Grouped:
        """The counts beside the pyramid (a dataset's format version 2)."""
        ...

    def lanes_of(self, group: str) -> tuple[str, ...]: ...

    def late_counts(self, column: str, as_of: int, hide: int) -> MemoryCounts: ...


class PyramidFrame:
    """The events of a dataset that `query` selects, answered per lane (see db.store.frame)."""

    def __init__(self, store: Source, query: FrameQuery) -> None:
        self._store = store
        names = store.lanes_of(query.group)
        # Lanes by source read each event's source_no where lanes read its lane_no.
        self._column = "source_no" if query.group == "source" else "lane_no"
        if query.lanes is None:
            shown = list(names)
        else:
            known = set(names)
            shown = list(dict.fromkeys(n for n in query.lanes if n in known))
        self._lanes = tuple(shown)
        position = {n: i for i, n in enumerate(names)}
        self._numbers = [position[n] for n in shown]  # the dataset's lane number of each lane
        self._remap = np.full(len(names) + 1, -1, np.int64)
        self._remap[self._numbers] = np.arange(len(shown))
        self._range = (query.start, query.end)
        self._everything = tuple(shown) == names and query.start is None and query.end is None
        self._setup_counts(query)
        # The events drawn leave out those hidden (the counts: _setup_counts).
        self._which = WindowFilter(
            query.group, tuple(self._numbers), query.start, query.end, int(query.hide),
            self._as_of,
        )  # fmt: skip
        self._hide = int(query.hide)  # and _which's other terms, for the records by id
        self._lock = threading.Lock()
        self._size: int | None = None
        self._span: tuple[int, int] | None | bool = False  # False: not asked yet
        self._long: LongKeys | None = None
        self._windows: dict[int, tuple[int, int, dict[str, np.ndarray]]] = {}
        self._found: tuple[np.ndarray, dict[str, np.ndarray]] | None = None
        self._rows_by_id: OrderedDict[int, tuple[Any, ...] | None] = OrderedDict()
        if self._as_of is not None:  # an "as known on" frame is made on a worker: its span
            self.span()  # (a scan) is read here, not when the timeline first fits it

    def _setup_counts(self, query: FrameQuery) -> None:
        """What the counts take off the pyramid of the grouping: the negated events' pyramid
        while they are hidden, the events reported after `as_of` (counted now: a frame is made
        on a worker); and what the long events' keys are filtered by."""
        store, grouped = self._store, self._store.grouped
        by_source = query.group == "source"
        self._main: SharedPyramid = (
            grouped.by_source if by_source and grouped.by_source else store.pyramid
        )
        self._minus: list[SharedPyramid | MemoryCounts] = []
        self._as_of: int | None = None
        long_hide = 0
        if grouped.hides_negated(query.hide):
            self._minus.append(grouped.negated(query.group))
            long_hide = int(query.hide)
        if query.as_of is not None and grouped.version2:
            self._minus.append(store.late_counts(self._column, query.as_of, query.hide))
            self._as_of = int(query.as_of)
        # Spans from the manifest, without a scan, for the frame hiding negated events alone.
        self._hides_negated_only = (
            len(self._minus) == 1
            and query.as_of is None
            and query.hide == NEGATED
            and "lane_spans_shown" in store.manifest
        )
        # The long events' keys: read again, filtered, only when the plain ones do not serve.
        self._long_which = WindowFilter(query.group, hide=long_hide, as_of=self._as_of)

    @property
    def lanes(self) -> tuple[str, ...]:
        return self._lanes

    # -- sizes ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        if self._size is None:
            if self._range == (None, None) and not self._minus:
                key = "source_events" if self._column == "source_no" else "lane_events"
                counts = self._store.manifest[key]
                self._size = sum(int(counts[n]) for n in self._numbers)
            elif self._range == (None, None):  # the pyramids' totals and the long keys
                short = sum(int(p.total) for p in self._pyramids(None))
                short -= sum(int(p.total) for m in self._minus for p in self._lanes_of(m, None))
                keys, numbers = self._long_keys(None)
                self._size = short + sum(keys.totals[n] for n in numbers)
            else:
                self._size = self._store.count_events(self._which)
        return self._size

    def span(self) -> tuple[int, int] | None:
        if self._span is False:
            key = "source_spans" if self._column == "source_no" else "lane_spans"
            if self._hides_negated_only:  # the spans of the events not negated (version 2)
                key += "_shown"
            if self._range == (None, None) and (not self._minus or self._hides_negated_only):
                spans = [self._store.manifest[key][n] for n in self._numbers]
                spans = [s for s in spans if s is not None]
                self._span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
            else:
                self._span = self._store.event_span(self._which)
        return self._span  # type: ignore[return-value]

    # -- the pyramid and the long events -------------------------------------------------------

    def _pyramids(self, lane: int | None) -> list[LanePyramid]:
        return self._lanes_of(self._main, lane)  # type: ignore[return-value]

    def _lanes_of(
        self, pyramid: SharedPyramid | MemoryCounts, lane: int | None
    ) -> list[LanePyramid | MemoryLane]:
        """The pyramid lanes counting a lane's events (None: the frame's)."""
        every = len(self._lanes) == len(self._remap) - 1  # all the grouping's lanes shown
        if isinstance(pyramid, MemoryCounts):
            if lane is not None:
                return [pyramid.lane(self._numbers[lane])]
            return [pyramid.all] if every else [pyramid.lane(n) for n in self._numbers]
        if lane is not None:
            return [pyramid.lanes[self._numbers[lane]]]
        if every:
            return [pyramid.all]
        return [pyramid.lanes[n] for n in self._numbers]

    def _clip(self, edges: np.ndarray) -> np.ndarray:
        low, high = self._range
        if low is None and high is None:
            return edges
        return np.clip(edges, -np.inf if low is None else low, np.inf if high is None else high)

    def _before(self, lane: int | None, edges: np.ndarray, width: float) -> np.ndarray:
        total = np.zeros(len(edges), np.int64)
        k = self._main.all.level_for(width)
        for pyramid in self._pyramids(lane):
            total += pyramid.before(k, edges)
        for minus in self._minus:  # written at the same levels (db.archive.by_source)
            for part in self._lanes_of(minus, lane):
                total -= part.before(k, edges)
        return total

    def level(self, width: float) -> int:
        """The pyramid level (bucket 2**k seconds) used for bins `width` wide."""
        return self._main.all.level_for(width)

    def _long_keys(self, lane: int | None) -> tuple[LongKeys, list[int]]:
        """The long events' keys (the store's; for a frame limited to dates, those of the
        events overlapping its range, read once) and the store's lane numbers of `lane` (None:
        the frame's lanes)."""
        with self._lock:
            found = self._long
        if found is None:
            low, high = self._range
            found = self._store.long_keys(
                None if low is None else math.floor(low),
                None if high is None else math.ceil(high),
                self._long_which,
            )
            with self._lock:
                self._long = found
        return found, self._numbers if lane is None else [self._numbers[lane]]

    def count(self, lane: int | None, t0: float, t1: float) -> int:
        a, b = math.floor(t0), math.ceil(t1)
        edges = self._clip(np.array([a, b], np.float64))
        short = np.diff(self._before(lane, edges, count_width(a, b)))[0]
        keys, numbers = self._long_keys(lane)
        overlapping = sum(keys.overlapping(n, a, b) for n in numbers)
        return int(max(short, 0) + overlapping)

    def histogram(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        edges = np.asarray(edges, np.float64)
        if len(edges) < 2:
            return np.zeros(0, np.int64)
        width = float(np.min(np.diff(edges)))
        return np.diff(self._before(lane, self._clip(edges), width))

    def coverage(self, lane: int | None, edges: np.ndarray) -> np.ndarray:
        keys = np.floor(np.asarray(edges, np.float64)).astype(np.int64)
        if len(keys) < 2:
            return np.zeros(0, np.int64)
        out = np.zeros(len(keys) - 1, np.int64)
        long_keys, numbers = self._long_keys(lane)
        for n in numbers:
            out += long_keys.coverage(n, keys)
        return out

    # -- events from DuckDB --------------------------------------------------------------------

    def has_window(self, lane: int, t0: float, t1: float) -> bool:
        """Was a window holding [t0, t1) fetched already (`window` then reads nothing)?"""
        a, b = math.floor(t0), math.ceil(t1)
        with self._lock:
            cached = self._windows.get(lane)
        return cached is not None and cached[0] <= a and b <= cached[1]

    def window(self, lane: int, t0: float, t1: float) -> FrameSlice:
        a, b = math.floor(t0), math.ceil(t1)
        with self._lock:
            cached = self._windows.get(lane)
        if cached is None or not (cached[0] <= a and b <= cached[1]):
            cached = self._fetch(lane, a, b)
        rows = cached[2]
        keep = np.flatnonzero((rows["start_key"] < b) & (rows["end_key"] > a))
        reports = rows.get("reports")  # a source with stories: how many reports each stands for
        return FrameSlice(
            rows["id"][keep],
            rows["start_key"][keep],
            rows["end_key"][keep],
            rows["flags"][keep],
            reports[keep] if reports is not None else None,
        )

    def _fetch(self, lane: int, a: int, b: int) -> tuple[int, int, dict[str, np.ndarray]]:
        """Fetch [a, b) three times wider (pans draw from memory), in one query for this lane
        and every other lane that has few events there (the timeline asks lane after lane)."""
        wide = max(b - a, 1)
        low, high = a - wide, b + wide
        if self._range[0] is not None:
            low = max(low, min(a, int(self._range[0])))
        if self._range[1] is not None:
            high = min(high, max(b, int(self._range[1])))
        with self._lock:
            windows = dict(self._windows)
        lanes = [lane] + [
            other
            for other in range(len(self._lanes))
            if other != lane
            and not (other in windows and windows[other][0] <= low and high <= windows[other][1])
            and self.count(other, low, high) <= GROUP_LIMIT
        ]
        rows = self._store.window_events(self._which, [self._numbers[n] for n in lanes], low, high)
        with self._lock:
            for n in lanes:
                mine = np.flatnonzero(rows["lane_no"] == self._numbers[n])
                self._windows[n] = (low, high, {k: v[mine] for k, v in rows.items()})
            return self._windows[lane]

    def _place(self, row: tuple[Any, ...] | None) -> EventPlace | None:
        if row is None:
            return None
        event_id, lane_no, start, end, flags = row
        return EventPlace(int(event_id), int(self._remap[lane_no]), int(start), int(end), flags)

    def _by_id(self, event_id: int) -> tuple[Any, ...] | None:
        """One event's row (`_COLUMNS`), read from the files that hold its start alone, and
        kept: a click locates its event for the view, the presenter and the painter."""
        with self._lock:
            if event_id in self._rows_by_id:
                return self._rows_by_id[event_id]
        rows = self._rows_of(np.array([event_id], np.int64))
        row = None
        if len(rows["id"]):
            row = tuple(rows[c][0] for c in ("id", "lane_no", "start_key", "end_key", "flags"))
        with self._lock:
            self._rows_by_id[event_id] = row
            while len(self._rows_by_id) > ROWS_KEPT:
                self._rows_by_id.popitem(last=False)
        return row

    def locate(self, event_id: int) -> EventPlace | None:
        fetched = self._fetched_place(int(event_id))
        if fetched is not None:
            return fetched
        return self._place(self._by_id(int(event_id)))

    def _fetched_place(self, event_id: int) -> EventPlace | None:
        """An event of a window fetched already (a click's, drawn: the timeline paints where
        the selection is without a query)."""
        with self._lock:
            windows = list(self._windows.items())
        for lane, (_low, _high, rows) in windows:
            hit = np.flatnonzero(rows["id"] == event_id)
            if len(hit):
                at = int(hit[0])
                return EventPlace(
                    event_id, lane, int(rows["start_key"][at]), int(rows["end_key"][at]),
                    int(rows["flags"][at]),
                )  # fmt: skip
        return None

    def neighbour(
        self, event_id: int | None, step: int, at: float | None = None
    ) -> EventPlace | None:
        first, which = self._store.first_event, self._which
        if event_id is not None:
            here = self._by_id(int(event_id))
            if here is None or step == 0:
                return self._place(here)
            after = (int(here[2]), int(here[0]))
            return self._place(first(which, step > 0, after, abs(step) - 1))
        if at is None:
            return self._place(first(which, step > 0))
        # the first at or after `at`, or the last before it (past either end: the other end)
        found = first(which, step > 0, (int(at), None))
        return self._place(found or first(which, step <= 0))

    def _hits(self, ids: np.ndarray) -> dict[str, np.ndarray]:
        """Of `ids`, those the frame holds, in start order: one query per new set of ids (the
        same search hits are asked for frame after frame)."""
        with self._lock:
            found = self._found
        if found is None or found[0] is not ids:
            rows = self._rows_of(np.asarray(ids, np.int64))
            found = (ids, rows)
            with self._lock:
                self._found = found
        return found[1]

    def _rows_of(self, ids: np.ndarray) -> dict[str, np.ndarray]:
        """Of `ids`, the events the frame holds, in start order: gathered from the records by
        id when the dataset has them, else read from the files (DuckDB)."""
        found = self._store.records_by_id(ids)
        if found is None or (self._as_of is not None and "reported_key" not in found):
            return self._store.events_by_id(self._which, ids)  # (a source's without report days)
        # what _which says, in numpy
        lane = found[self._column].astype(np.int64)
        start, end, flags = found["start_key"], found["end_key"], found["flags"]
        keep = self._remap[lane] >= 0
        if self._range[0] is not None:
            keep &= end > int(self._range[0])
        if self._range[1] is not None:
            keep &= start < int(self._range[1])
        if self._hide:
            keep &= (flags & self._hide) == 0
        if self._as_of is not None:  # an unknown report day (UNREPORTED) is kept
            keep &= found["reported_key"] <= self._as_of
        return {
            "id": found["id"][keep], "lane_no": lane[keep], "start_key": start[keep],
            "end_key": end[keep], "flags": flags[keep],
        }  # fmt: skip

    def contains(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, np.int64)
        if not len(ids):
            return np.zeros(0, bool)
        return held_in(ids, unique_ids(self._hits(ids)["id"]))

    def _fetched_rows(self, ids: np.ndarray) -> dict[str, np.ndarray] | None:
        """`ids`' rows from the windows fetched already when they hold every one (the labels'
        dates of events that share a title: asked on the UI thread), else None."""
        with self._lock:
            windows = [rows for _low, _high, rows in self._windows.values()]
        wanted = unique_ids(ids)
        parts = [{k: v[held_in(rows["id"], wanted)] for k, v in rows.items()} for rows in windows]
        found = {k: np.concatenate([p[k] for p in parts]) for k in _empty_rows()} if parts else None
        if found is None or len(unique_ids(found["id"])) < len(wanted):
            return None
        order = np.lexsort((found["id"], found["start_key"]))
        return {k: v[order] for k, v in found.items()}

    def select(self, ids: np.ndarray, t0: float, t1: float) -> tuple[np.ndarray, FrameSlice]:
        with self._lock:
            asked_before = self._found is not None and self._found[0] is ids
        rows = None if asked_before or not 0 < len(ids) <= GROUP_LIMIT else self._fetched_rows(ids)
        if rows is None:
            rows = self._hits(ids) if len(ids) else _empty_rows()
        keep = np.flatnonzero((rows["start_key"] < t1) & (rows["end_key"] > t0))
        lanes = self._remap[rows["lane_no"][keep]].astype(np.int32)
        return lanes, FrameSlice(
            rows["id"][keep], rows["start_key"][keep], rows["end_key"][keep], rows["flags"][keep]
        )

    def ids(self) -> np.ndarray:
        return np.asarray(self._store.event_ids(self._which), np.int64)

    def reporting(self) -> Reporting | None:
        """Every event's report day (format version 2; None before it), read from the files:
        what the reporting lags count (View ▸ Reporting lag…, on a worker)."""
        if not self._store.grouped.version2:
            return None
        if len(self) > REPORTING_MAX:
            raise TimelineError(
                f"{len(self):,} events are more than the reporting lags read at once "
                f"({REPORTING_MAX:,}): show fewer lanes or a shorter date range"
            )
        rows = self._store.reporting_rows(self._which)
        return Reporting(
            self._remap[np.asarray(rows["lane_no"], np.int64)].astype(np.int32),
            np.asarray(rows["start_key"], np.int64),
            np.asarray(rows["end_key"], np.int64),
            np.asarray(rows["flags"], np.uint8),
            np.asarray(rows["reported"], np.int64),
        )


def count_width(a: float, b: float) -> float:
    """The bin width whose level `count` uses for [a, b): COUNT_BUCKETS buckets across it."""
    return (b - a) / COUNT_BUCKETS * BUCKETS_PER_BIN


def _empty_rows() -> dict[str, np.ndarray]:
    return {
        "id": np.empty(0, np.int64), "lane_no": np.empty(0, np.int32),
        "start_key": np.empty(0, np.int64), "end_key": np.empty(0, np.int64),
        "flags": np.empty(0, np.uint8),
    }  # fmt: skip
