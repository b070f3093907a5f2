"""The events a timeline database's windowed frames (db.store.window_source) do not take from
SQL as the table has them: the reports folded into their story's first (not drawn) and the
reviewed events (drawn where their reviews put them, with their review's flags: the `reviews`
table is the reviewer's own, the imported row is never written).

SQL reads them as they were imported; the source drops them by id and adds the reviewed ones
from the rows kept by id (db.store.window_data, written from the index with the reviews laid
over it), filtered here as SQL filters the others: a few thousand rows for a reviewed archive,
held in memory as the long events are.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from db.sorted_ids import held_in, unique_ids
from db.windowed.filter import WindowFilter

from .intervals import LONG
from .model import ACCEPTED, CORRECTED, NEGATED, REJECTED
from .window_data import WindowData

REVIEW_BITS = ACCEPTED | CORRECTED | REJECTED
ROW_COLUMNS = ("id", "lane_no", "start_key", "end_key", "flags")


class Apart:
    """The ids SQL's rows are dropped for, and the reviewed events' rows (see the module)."""

    def __init__(self, data: WindowData, reported_of: Callable[[np.ndarray], np.ndarray]) -> None:
        """`reported_of(ids)`: each id's report day (UNREPORTED where unknown)."""
        reviewed = data.reviewed if data.reviewed is not None else np.empty(0, np.int64)
        folded = data.folded if data.folded is not None else np.empty(0, np.int64)
        self.ids = unique_ids(np.concatenate([folded, reviewed]))
        self.reviewed = np.asarray(reviewed, np.int64)
        found = data.by_id.rows(reviewed) if data.by_id is not None and len(reviewed) else None
        if found is None:
            found = {c: np.empty(0, np.int64) for c in ROW_COLUMNS}
        self.rows = {c: np.asarray(found[c], np.int64) for c in ROW_COLUMNS}
        self.rows["flags"] = self.rows["flags"].astype(np.uint8)
        # Lanes by source: each one's source number (none kept: lane 0, never asked for).
        self._source = np.asarray(found.get("source_no", np.zeros_like(self.rows["id"])), np.int64)
        self._short = (self.rows["end_key"] - self.rows["start_key"]) <= LONG
        self._reported_of = reported_of
        self._days: np.ndarray | None = None
        self._lock = threading.Lock()

    def __bool__(self) -> bool:
        return len(self.ids) > 0

    def drop(self, rows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """`rows` (SQL's) without the events kept apart."""
        if not len(self.ids):
            return rows
        keep = ~held_in(rows["id"], self.ids)
        return {c: v[keep] for c, v in rows.items()}

    def _lanes(self, group: str) -> np.ndarray:
        """The reviewed rows' lane numbers in the grouping `group` ("lane", "source")."""
        return self._source if group == "source" else self.rows["lane_no"]

    def _reported(self) -> np.ndarray:
        with self._lock:
            found = self._days
        if found is None:
            found = np.asarray(self._reported_of(self.rows["id"]), np.int64)
            with self._lock:
                self._days = found
        return found

    def mask(self, which: WindowFilter, short: bool | None = None) -> np.ndarray:
        """Which reviewed rows `which` holds (`short`: only the short ones, only the long)."""
        rows = self.rows
        keep = np.ones(len(rows["id"]), bool)
        if short is not None:
            keep &= self._short if short else ~self._short
        if which.lanes is not None:
            keep &= np.isin(self._lanes(which.group), np.asarray(which.lanes, np.int64))
        if which.start is not None:
            keep &= rows["end_key"] > which.start
        if which.end is not None:
            keep &= rows["start_key"] < which.end
        if which.hide:
            keep &= (rows["flags"] & which.hide) == 0
        if which.as_of is not None and len(rows["id"]):  # an unknown day (UNREPORTED) is kept
            keep &= self._reported() <= which.as_of
        return keep

    def matching(
        self, which: WindowFilter, short: bool | None = None, ids: np.ndarray | None = None
    ) -> dict[str, np.ndarray]:
        """The reviewed rows `which` holds (of `ids`, when given), in (start, id) order."""
        keep = self.mask(which, short)
        if ids is not None:
            keep &= held_in(self.rows["id"], unique_ids(ids))
        rows = {**self.rows, "lane_no": self._lanes(which.group)}
        return {c: v[keep] for c, v in rows.items()}

    def late(self, as_of: int, hide: int, group: str) -> tuple[np.ndarray, np.ndarray]:
        """The short reviewed events first reported after `as_of` and not hidden by `hide`:
        their midpoints and lanes (what an "as known on" frame takes off the pyramid)."""
        keep = self._short & (self._reported() > as_of)
        if hide:
            keep &= (self.rows["flags"] & hide) == 0
        start, end = self.rows["start_key"][keep], self.rows["end_key"][keep]
        return start + (end - start) // 2, self._lanes(group)[keep]

    def hides(self, hide: int) -> bool:
        """Does a review filter's bits in `hide` hide any reviewed event?"""
        return bool(np.any(self.rows["flags"] & hide & REVIEW_BITS))

    def hidden(self, hide: int, group: str = "lane") -> tuple[np.ndarray, np.ndarray]:
        """The short reviewed events a review filter's bits in `hide` hide, but the negated
        ones when it hides them too (counted with the others): their midpoints and lanes."""
        flags = self.rows["flags"]
        keep = self._short & ((flags & hide & REVIEW_BITS) != 0)
        if hide & NEGATED:
            keep &= (flags & NEGATED) == 0
        start, end = self.rows["start_key"][keep], self.rows["end_key"][keep]
        return start + (end - start) // 2, self._lanes(group)[keep]


def first_rows(
    rows: list[tuple[int, ...]], extra: dict[str, np.ndarray], forward: bool,
    after: tuple[int, int | None] | None, n: int,
) -> list[tuple[int, ...]]:  # fmt: skip
    """SQL's first `n` rows (id, lane_no, start_key, end_key, flags: in (start, id) order, or
    its reverse when not `forward`, strictly past `after` as first_event's) with the reviewed
    `extra` rows past `after` among them, the first `n` of the two."""
    start, ids = extra["start_key"], extra["id"]
    keep = np.ones(len(ids), bool)
    if after is not None:
        at, key = after
        if key is None:  # by start alone: at or after it, or before it
            keep &= start >= at if forward else start < at
        elif forward:
            keep &= (start > at) | ((start == at) & (ids > key))
        else:
            keep &= (start < at) | ((start == at) & (ids < key))
    # `extra` is in (start, id) order: its first `n` past `after`, or its last `n` backward
    found = np.flatnonzero(keep)
    found = found[:n] if forward else found[::-1][:n]
    more = [tuple(int(extra[c][i]) for c in ROW_COLUMNS) for i in found]
    return sorted(rows + more, key=lambda r: (r[2], r[0]), reverse=not forward)[:n]
