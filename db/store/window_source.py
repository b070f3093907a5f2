"""`SqliteWindowSource`: a timeline database as the `Source` of the windowed frame
(db.windowed.frame.PyramidFrame), so that opening a large file never loads every event.

Counts come from the count pyramid kept in the user's cache (db.pyramid_cache), the long events,
lane totals and spans and the negated events' counts from what is kept beside it
(db.store.window_data), the short events of a window, an id or a neighbour from SQL over the
start key's index (db.store.window_sql); the reports folded into their story's first and the
reviewed events are left out of what SQL reads, the reviewed ones added from memory where their
reviews put them (db.store.window_apart), and an "as known on" frame takes the events reported
later off the pyramid's counts (`late_counts`), as a review filter takes off the events it
hides (`hiding`). Lanes by source (where kept) from the pyramid by source, each row SQL reads
given its source from the rows by id and filtered by it in numpy (the source is not in the
start key's index). db.store.window_frames sends what windows cannot answer exactly to the
in-memory frame.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

import numpy as np

from db.pyramid import Counts
from db.pyramid import Pyramid as SharedPyramid
from db.sorted_ids import unique_ids
from db.windowed.filter import WindowFilter
from db.windowed.long_keys import LongKeys
from db.windowed.memory_counts import MemoryCounts

from .intervals import LONG
from .model import NEGATED
from .window_apart import REVIEW_BITS, Apart, first_rows
from .window_data import WindowData
from .window_sql import END, MAX_KEY, START, EventsSql

# The store's query: (sql, params, budget name in db.store.sqlite_ro, what is read) -> rows.
Query = Callable[[str, list, str, str], list[tuple]]
_CLICK, _SCAN = "CLICK_BUDGET_S", "INDEX_BUDGET_S"
_COLUMNS = ("id", "lane_no", "start_key", "end_key", "flags")
# The table's columns, not the computed ones named alike: the start key's index gives the order.
_BY_START = "events.start_key, events.id"


class NegatedCounts:
    """The `Grouped` of a timeline database (db.windowed.frame): lanes by lane alone, the short
    events a frame hiding `hide` takes off the pyramid counted in memory (the negated ones, the
    reviewed ones a review filter hides); report days are read from the table (`version2`)."""

    version2 = True  # report days read from the table: reporting lags, "as known on"

    def __init__(self, data: WindowData, apart: Apart, hide: int = NEGATED) -> None:
        self._data = data
        self._apart = apart
        self._hide = hide
        self._counts: dict[str, MemoryCounts] = {}
        self.by_source: SharedPyramid | None = data.by_source

    def hides_negated(self, hide: int) -> bool:
        """Does a frame hiding `hide` (this one's) hide any event (short ones taken off the
        pyramid's counts, long ones off the long events' keys)?"""
        long = int(np.bitwise_or.reduce(self._data.long["flags"], initial=0))
        if hide & REVIEW_BITS and (long & hide & REVIEW_BITS or self._apart.hides(hide)):
            return True
        return bool(hide & NEGATED) and (len(self._data.negated_mids) > 0 or bool(long & NEGATED))

    def negated(self, group: str) -> MemoryCounts:
        if group not in self._counts:
            mids, lanes = self._apart.hidden(self._hide, group)
            if self._hide & NEGATED:
                data = self._data
                negated = data.negated_sources if group == "source" else data.negated_lanes
                mids = np.concatenate([data.negated_mids, mids])
                lanes = np.concatenate([np.asarray(negated, np.int64), lanes])
            order = np.argsort(mids, kind="stable")
            self._counts[group] = MemoryCounts(Counts.of(mids[order], lanes[order]))
        return self._counts[group]


class SqliteWindowSource:
    """The windowed frame's questions answered from a timeline database (see the module)."""

    def __init__(
        self,
        pyramid: SharedPyramid,
        data: WindowData,
        sql: EventsSql,
        query: Query,
        reported_of: Callable[[np.ndarray], np.ndarray],
    ) -> None:
        """`reported_of(ids)`: each id's report day (UNREPORTED where unknown)."""
        self.lanes = data.lanes
        self.sources = data.sources  # lanes by source (None: held in memory)
        self.manifest: dict[str, Any] = data.manifest
        self.pyramid = pyramid
        # Reports folded into their story's first (db.store.stories) and reviewed events, left
        # out of what SQL reads (the reviewed ones added from memory).
        self._apart = Apart(data, reported_of)
        self._apart_ids = json.dumps(self._apart.ids.tolist())
        self.grouped = NegatedCounts(data, self._apart)
        self._long = data.long
        self._by_id = data.by_id
        self._data = data
        self._sql = sql
        self._query = query
        self._reported_of = reported_of
        self._long_kept: dict[WindowFilter, LongKeys] = {}
        self._long_days: np.ndarray | None = None
        self._lock = threading.Lock()

    def lanes_of(self, group: str) -> tuple[str, ...]:
        return self.sources or () if group == "source" else self.lanes

    def _sql_which(self, which: WindowFilter) -> WindowFilter:
        """`which` as SQL reads it: lanes by source filtered in numpy (`_regroup`)."""
        return replace(which, group="lane", lanes=None) if which.group == "source" else which

    def _by_source(self, which: WindowFilter) -> bool:
        """Does `which` keep some sources only (filtered in numpy)?"""
        lanes = which.lanes
        return which.group == "source" and lanes is not None and (
            set(lanes) != set(range(len(self.sources or ())))
        )  # fmt: skip

    def _regroup(self, rows: dict[str, np.ndarray], which: WindowFilter) -> dict[str, np.ndarray]:
        """SQL's `rows` in `which`'s grouping: lanes by source given each row's source (from
        the rows by id) and only those of `which`'s sources."""
        if which.group != "source" or self._by_id is None:
            return rows
        rows = {**rows, "lane_no": self._by_id.source_of(rows["id"])}
        if which.lanes is None:
            return rows
        keep = np.isin(rows["lane_no"], np.asarray(which.lanes, np.int64))
        return {c: v[keep] for c, v in rows.items()}

    def reviews_are(self, reviewed: Iterable[int]) -> bool:
        """Were the window data kept with these reviewed events (their ids)?"""
        ids = unique_ids(np.fromiter(reviewed, np.int64))
        return np.array_equal(ids, self._apart.reviewed)

    def hiding(self, hide: int) -> SqliteWindowSource:
        """The source of frames hiding `hide`: its `grouped` counts what they hide (a review
        filter's bits too), the rest shared."""
        if not hide & REVIEW_BITS:
            return self
        out = copy.copy(self)
        out.grouped = NegatedCounts(self._data, self._apart, hide)
        return out

    def _not_apart(self, where: str, params: list) -> tuple[str, list]:
        """`where` without the events kept apart (an aggregate SQL computes alone)."""
        if not self._apart:
            return where, params
        return (f"{where} AND id NOT IN (SELECT value FROM json_each(?))",
                [*params, self._apart_ids])  # fmt: skip

    def late_counts(self, column: str, as_of: int, hide: int) -> MemoryCounts:
        """The short events first reported after `as_of` (and not hidden by `hide`), counted by
        lane and finest bucket at their midpoints: what an "as known on" frame takes off the
        pyramid (a scan of the table, on the worker that makes the frame)."""
        late = (
            f"reported_key BETWEEN -{MAX_KEY} AND {MAX_KEY} "
            f"AND CAST(reported_key AS INTEGER) > ? AND {END} - {START} <= {LONG}"
        )
        if hide:
            late += f" AND ({self._sql.flags} & {int(hide)}) = 0"
        found = self._query(
            f"SELECT group_concat(id), group_concat({START} + ({END} - {START}) / 2), "
            f"group_concat({self._sql.lane_no}) FROM events WHERE {late}",
            [int(as_of)], _SCAN, "counting the events reported later",
        )[0]  # fmt: skip
        rows = self._apart.drop({"id": _ints(found[0]), "mid": _ints(found[1]),
                                 "lane": _ints(found[2])})  # fmt: skip
        group = "source" if column == "source_no" else "lane"
        if group == "source" and self._by_id is not None:
            rows["lane"] = self._by_id.source_of(rows["id"])
        mids, lanes = self._apart.late(as_of, hide, group)
        mids, lanes = np.concatenate([rows["mid"], mids]), np.concatenate([rows["lane"], lanes])
        order = np.argsort(mids, kind="stable")
        return MemoryCounts(Counts.of(mids[order], lanes[order]))

    def _long_reported(self) -> np.ndarray:
        """The long events' report days (UNREPORTED where unknown), read when first asked."""
        with self._lock:
            found = self._long_days
        if found is None:
            found = np.asarray(self._reported_of(self._long["id"]), np.int64)
            with self._lock:
                self._long_days = found
        return found

    # -- the long events, in memory ------------------------------------------------------------

    def _long_mask(self, which: WindowFilter) -> np.ndarray:
        long = self._long
        keep = np.ones(len(long["id"]), bool)
        if which.lanes is not None:
            keep &= np.isin(self._long_lanes(which), np.asarray(which.lanes, np.int64))
        if which.start is not None:
            keep &= long["end"] > which.start
        if which.end is not None:
            keep &= long["start"] < which.end
        if which.hide:
            keep &= (long["flags"] & which.hide) == 0
        if which.as_of is not None:  # an unknown report day (UNREPORTED) is kept
            keep &= self._long_reported() <= which.as_of
        return keep

    def _long_lanes(self, which: WindowFilter) -> np.ndarray:
        return self._long["source" if which.group == "source" else "lane"]

    def _long_rows(self, which: WindowFilter) -> dict[str, np.ndarray]:
        keep = self._long_mask(which)
        long = self._long
        return {
            "id": long["id"][keep], "lane_no": self._long_lanes(which)[keep],
            "start_key": long["start"][keep], "end_key": long["end"][keep],
            "flags": long["flags"][keep].astype(np.uint8),
        }  # fmt: skip

    def long_keys(
        self, low: int | None = None, high: int | None = None, which: WindowFilter | None = None
    ) -> LongKeys:
        everything = low is None and high is None
        key = replace(which or WindowFilter(), lanes=None, start=None, end=None)
        with self._lock:
            found = self._long_kept.get(key) if everything else None
        if found is not None:
            return found
        rows = self._long_rows(replace(key, start=low, end=high))
        found = _grouped_keys(rows, len(self.lanes_of(key.group)))
        if everything:
            with self._lock:
                self._long_kept[key] = found
        return found

    # -- the short events (and by id, every event), from SQL -----------------------------------

    def _rows(
        self, where: str, params: list, order: bool = True, budget: str = _CLICK,
        covered: bool = False,
    ) -> dict[str, np.ndarray]:  # fmt: skip
        what = self._sql.covered_columns() if covered else self._sql.columns()
        sql = f"SELECT {what} FROM events WHERE {where}"
        if order:
            sql += f" ORDER BY {_BY_START}"
        # Each column packed into one string by SQLite (in C) that numpy parses in one call, as
        # the index loads (TimelineStore.load_index), not a Python tuple per row.
        packed = ", ".join(f"group_concat({c})" for c in _COLUMNS)
        found = self._query(f"SELECT {packed} FROM ({sql})", params, budget,
                            "reading the events in view")[0]  # fmt: skip
        out = {c: _ints(text) for c, text in zip(_COLUMNS, found, strict=True)}
        out["flags"] = out["flags"].astype(np.uint8)
        if covered:
            out["flags"] = self._sql.mark(out["id"], out["flags"])
        return out

    def window_events(
        self, which: WindowFilter, lane_nos: list[int], a: int, b: int
    ) -> dict[str, np.ndarray]:
        inside = _within(replace(which, lanes=tuple(lane_nos), start=a, end=b), which)
        if inside is None:
            return _merged([])
        short = self._covered(inside, short=True)
        return self._drawn(_merged([short, self._long_rows(inside)]), which)

    def _covered(self, which: WindowFilter, short: bool | None = None) -> dict[str, np.ndarray]:
        """The rows `which` holds (`short`: as EventsSql.where's), unordered, from the covering
        index alone where it serves (no page of the table read: a day's window in a
        millisecond, every event in a pass over the index), the hidden bits tested in numpy;
        an "as known on" cut reads each row's report day from the table. The events kept apart
        are dropped, the reviewed ones added as their reviews have them."""
        covered = which.as_of is None
        where, params = self._sql.where(self._sql_which(which), short=short, hide=not covered)
        rows = self._rows(where, params, order=False, budget=_SCAN, covered=covered)
        if covered and which.hide:
            keep = (rows["flags"] & which.hide) == 0
            rows = {c: v[keep] for c, v in rows.items()}
        rows = self._regroup(rows, which)
        if not self._apart:
            return rows
        rows, more = self._apart.drop(rows), self._apart.matching(which, short)
        return {c: np.concatenate([rows[c], more[c]]) for c in _COLUMNS}

    def _drawn(self, rows: dict[str, np.ndarray], which: WindowFilter) -> dict[str, np.ndarray]:
        """`rows` with how many reports each stands for (a file with stories; an "as known on"
        frame's: those known then)."""
        reports = self._data.reports_of(rows["id"], which.as_of)
        return rows if reports is None else {**rows, "reports": reports}

    def events_by_id(self, which: WindowFilter, ids: np.ndarray) -> dict[str, np.ndarray]:
        wanted = unique_ids(ids)
        if not len(wanted):
            return _merged([])
        where, params = self._sql.where(self._sql_which(which))
        found = self._rows(
            f"id IN (SELECT value FROM json_each(?)) AND {where}",
            [json.dumps(wanted.tolist()), *params], order=False,
        )  # fmt: skip
        found = self._regroup(found, which)
        more = self._apart.matching(which, ids=wanted)
        return self._drawn(_merged([self._apart.drop(found), more]), which)

    def count_events(self, which: WindowFilter) -> int:
        if self._by_source(which):  # some sources: their short events read, counted in numpy
            short = len(self._covered(which, short=True)["id"])
            return short + int(self._long_mask(which).sum())
        where, params = self._not_apart(*self._sql.where(self._sql_which(which), short=True))
        found = self._query(f"SELECT count(*) FROM events WHERE {where}", params, _SCAN,
                            "counting the events")  # fmt: skip
        more = int(self._apart.mask(which, short=True).sum())
        return int(found[0][0]) + int(self._long_mask(which).sum()) + more

    def event_span(self, which: WindowFilter) -> tuple[int, int] | None:
        if which.start is None and which.end is None:
            return self._whole_span(which)
        if self._by_source(which):  # some sources: their short events read
            short = self._covered(which, short=True)
            low = int(short["start_key"].min()) if len(short["id"]) else None
            high = int(short["end_key"].max()) if len(short["id"]) else None
            long = self._long_rows(which)
        else:
            where, params = self._not_apart(*self._sql.where(self._sql_which(which), short=True))
            low, high = self._query(
                f"SELECT min({START}), max({END}) FROM events WHERE {where}", params, _SCAN,
                "reading the events' span",
            )[0]  # fmt: skip
            long = _merged([self._long_rows(which), self._apart.matching(which, short=True)])
        lows = [int(v) for v in (low, *long["start_key"][:1]) if v is not None]
        highs = [int(v) for v in (high, long["end_key"].max(initial=-MAX_KEY)) if v is not None]
        return (min(lows), max(highs)) if lows else None

    def _whole_span(self, which: WindowFilter) -> tuple[int, int] | None:
        """event_span without a range, from the ends of the start key's index: the first
        event's start, and the latest end of the long events, the last event and the short
        events starting at most LONG before it (a scan of every event would take seconds)."""
        first, last = self.first_event(which, True), self.first_event(which, False)
        if first is None or last is None:
            return None
        high = max(int(last[3]), int(self._long_rows(which)["end_key"].max(initial=-MAX_KEY)))
        # the short events ending past it start after high - LONG (the reviewed ones included)
        tail = self._covered(replace(which, start=high - LONG), short=True)["end_key"]
        return int(first[2]), max(high, int(tail.max(initial=high)))

    def first_event(
        self, which: WindowFilter, forward: bool, after: tuple[int, int | None] | None = None,
        offset: int = 0,
    ) -> tuple[Any, ...] | None:  # fmt: skip
        if which.start is not None:
            return self._first_in_range(which, forward, after, offset)
        if not self._apart and which.group != "source":
            rows = self._first_rows(which, forward, after, 1, offset)
            return rows[0] if rows else None
        # The events kept apart (and by source, those of other sources) are stepped over, a
        # batch at a time, and the reviewed ones matching `which` taken among the first
        # `offset + 1` of SQL's others.
        batch, wanted, past = offset + 64, offset + 1, after
        drawn: list[tuple[int, ...]] = []
        while len(drawn) < wanted:
            rows = self._first_rows(self._sql_which(which), forward, past, batch)
            kept = self._apart.drop(self._regroup(_columns_of(rows), which))
            drawn += list(zip(*(kept[c].tolist() for c in _COLUMNS), strict=True))
            if len(rows) < batch:
                break
            past = (rows[-1][2], rows[-1][0])
        found = first_rows(drawn[:wanted], self._apart.matching(which), forward, after, wanted)
        return found[offset] if offset < len(found) else None

    def _first_in_range(
        self, which: WindowFilter, forward: bool, after: tuple[int, int | None] | None,
        offset: int,
    ) -> tuple[Any, ...] | None:  # fmt: skip
        """first_event in a frame limited to dates: SQL reads the short events alone, from
        LONG before the range's start (the start key's index walked from the file's first
        event to the range's took seconds), the long ones come from memory."""
        batch, wanted, past = offset + 64, offset + 1, after
        drawn: list[tuple[int, ...]] = []
        while len(drawn) < wanted:
            rows = self._first_rows(self._sql_which(which), forward, past, batch, short=True)
            kept = self._apart.drop(self._regroup(_columns_of(rows), which))
            drawn += list(zip(*(kept[c].tolist() for c in _COLUMNS), strict=True))
            if len(rows) < batch:
                break
            past = (rows[-1][2], rows[-1][0])
        extra = _merged([self._long_rows(which), self._apart.matching(which, short=True)])
        found = first_rows(drawn[:wanted], extra, forward, after, wanted)
        return found[offset] if offset < len(found) else None

    def _first_rows(
        self, which: WindowFilter, forward: bool, after: tuple[int, int | None] | None,
        limit: int, offset: int = 0, short: bool | None = None,
    ) -> list[tuple[int, ...]]:  # fmt: skip
        """The rows `which` holds in (start, id) order (`forward`) or its reverse, strictly past
        `after` (as first_event's), `offset` on and at most `limit` (`short`: as
        EventsSql.where's)."""
        where, params = self._sql.where(which, short=short)
        if after is not None:
            start, key = after
            past = ">" if forward else "<"
            if key is None:  # by start alone: at or after it, or before it
                where += f" AND start_key {'>=' if forward else '<'} ?"
                params = [*params, int(start)]
            else:
                where += f" AND (start_key, id) {past} (?, ?)"
                params = [*params, int(start), int(key)]
        order = _BY_START if forward else "events.start_key DESC, events.id DESC"
        rows = self._query(
            f"SELECT {self._sql.columns()} FROM events WHERE {where} ORDER BY {order} "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params, _CLICK, "reading the next event",
        )  # fmt: skip
        return [tuple(int(v) for v in row) for row in rows]

    def event_ids(self, which: WindowFilter) -> np.ndarray:
        return self._every(which)["id"]

    def reporting_rows(self, which: WindowFilter) -> dict[str, np.ndarray]:
        rows = self._every(which)
        reported = self._reported_of(rows["id"])
        return {
            "lane_no": rows["lane_no"], "start_key": rows["start_key"],
            "end_key": rows["end_key"], "flags": rows["flags"], "reported": reported,
        }  # fmt: skip

    def _every(self, which: WindowFilter) -> dict[str, np.ndarray]:
        """Every event `which` holds, in start order: read in the covering index's order (where
        the start key's index would read the table's pages at random; events starting together
        come in its order, as in memory, not by id: a sort of a million rows would cost seconds)."""
        rows = self._covered(which)
        start = rows["start_key"]
        if len(start) > 1 and not bool(np.all(start[1:] >= start[:-1])):
            order = np.argsort(start, kind="stable")
            rows = {c: v[order] for c, v in rows.items()}
        return self._drawn(rows, which)

    def records_by_id(self, ids: np.ndarray) -> dict[str, np.ndarray] | None:
        """Of `ids`, the kept rows by id (db.store.window_data.ById), unfiltered: the frame
        filters them in numpy."""
        return self._by_id.rows(ids) if self._by_id is not None else None


def _columns_of(rows: list[tuple[int, ...]]) -> dict[str, np.ndarray]:
    """Rows (`_COLUMNS`) as columns, in their order."""
    if not rows:
        return {c: np.empty(0, np.int64) for c in _COLUMNS}
    columns = zip(*rows, strict=True)
    return {c: np.asarray(v, np.int64) for c, v in zip(_COLUMNS, columns, strict=True)}


def _ints(text: str | None) -> np.ndarray:
    """A group_concat of integers as an array (None: no rows)."""
    return np.fromstring(text, np.int64, sep=",") if text else np.empty(0, np.int64)


def _within(inside: WindowFilter, which: WindowFilter) -> WindowFilter | None:
    """A window's filter kept within the frame's range (None: nothing left)."""
    start, end = inside.start, inside.end
    if which.start is not None:
        start = max(int(which.start), start if start is not None else -MAX_KEY)
    if which.end is not None:
        end = min(int(which.end), end if end is not None else MAX_KEY)
    if start is not None and end is not None and end <= start:
        return None
    return replace(inside, start=start, end=end)


def _merged(parts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Rows of `parts` as one, in (start, id) order."""
    if not parts:
        return {
            "id": np.empty(0, np.int64), "lane_no": np.empty(0, np.int64),
            "start_key": np.empty(0, np.int64), "end_key": np.empty(0, np.int64),
            "flags": np.empty(0, np.uint8),
        }  # fmt: skip
    rows = {c: np.concatenate([p[c] for p in parts]) for c in _COLUMNS}
    rows["flags"] = rows["flags"].astype(np.uint8)
    order = np.lexsort((rows["id"], rows["start_key"]))
    return {c: v[order] for c, v in rows.items()}


def _grouped_keys(rows: dict[str, np.ndarray], n_lanes: int) -> LongKeys:
    """The long events' distinct (lane, key) with how many start and end at each."""
    n = len(rows["id"])
    lanes = np.concatenate([rows["lane_no"], rows["lane_no"]]).astype(np.int64)
    keys = np.concatenate([rows["start_key"], rows["end_key"]]).astype(np.int64)
    starts = np.concatenate([np.ones(n, np.int64), np.zeros(n, np.int64)])
    order = np.lexsort((keys, lanes))
    lanes, keys, starts = lanes[order], keys[order], starts[order]
    if len(keys):
        first = np.flatnonzero(np.r_[True, (lanes[1:] != lanes[:-1]) | (keys[1:] != keys[:-1])])
        s = np.add.reduceat(starts, first)
        e = np.add.reduceat(1 - starts, first)
        lanes, keys = lanes[first], keys[first]
    else:
        s = e = np.empty(0, np.int64)
    return LongKeys(lanes, keys, s, e, n_lanes)
