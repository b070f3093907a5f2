"""An in-memory frame's counts and per-lane windows (db.store.intervals) carried over a review
change (db.store.review_patch), rather than made again from a million events: the frame before
the change and the one after differ only in the rows of the changed events, so the sorted
midpoints and long events' keys lose the old rows and gain the new ones (nothing moves where no
date moved), each lane keeps its windows unless a changed event left, joined or moved in it,
and the other lanes' positions are shifted past the rows taken out and put in.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from .intervals import LONG, IntervalIndex, LaneIndex, Spans
from .memory_frame import MemoryFrame

FEW = 8  # changed ids found by comparing each, past which by a set test


def carry(old: MemoryFrame, new: MemoryFrame, changed: np.ndarray) -> None:
    """Give `new` (the frame of `old`'s query, cut from the index a change of the events
    `changed` (ids) patched) `old`'s structures made so far, patched."""
    if old.lanes != new.lanes or (old._all is None and old._lane_index is None):
        return
    old_at, new_at = positions(old._ids, changed), positions(new._ids, changed)
    if len(old._ids) - len(old_at) != len(new._ids) - len(new_at):
        return  # not the same frame but for the changed rows: made again when asked
    if old._all is not None:
        new._all = _spans(
            old._all, old._start[old_at], old._end[old_at], new._start[new_at], new._end[new_at]
        )
    if old._lane_index is not None:
        new._lane_index = _lanes(old._lane_index, old, new, old_at, new_at)


def positions(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Positions in `ids` of the ids in `wanted`, ascending: a comparison a wanted id when they
    are few (a change names one or two), else a set test (a table over the ids' range)."""
    if len(wanted) > FEW:
        low, high = (int(ids.min()), int(ids.max())) if len(ids) else (0, 0)
        kind: Literal["table"] | None = "table" if high - low < 50_000_000 else None
        return np.flatnonzero(np.isin(ids, wanted, kind=kind))
    found = [np.flatnonzero(ids == i) for i in wanted.tolist()]
    return np.sort(np.concatenate(found)) if found else np.empty(0, np.int64)


def _rows(frame: MemoryFrame, at: np.ndarray) -> set[tuple[int, int, int, int]]:
    return set(zip(*(c[at].tolist() for c in (frame._ids, frame._lane, frame._start,
                                                frame._end)), strict=True))  # fmt: skip


def _lanes(
    index: LaneIndex, old: MemoryFrame, new: MemoryFrame, old_at: np.ndarray, new_at: np.ndarray
) -> LaneIndex:
    before, after = _rows(old, old_at), _rows(new, new_at)
    remade = {row[1] for row in before ^ after}  # a lane whose events' keys changed
    placed = {row[1] for row in before | after}  # a lane with a changed row: its positions
    # Every other row's position: past the rows taken out, then the rows put in (np.insert's
    # spots: the rows after each come after it).
    spots = new_at - np.arange(len(new_at))
    out = LaneIndex.__new__(LaneIndex)
    out._positions, out._spans, out._intervals = [], [], []
    for lane, positions in enumerate(index._positions):
        spans, intervals = index._spans[lane], index._intervals[lane]
        if lane in placed:
            positions = np.flatnonzero(new._lane == lane)
        else:
            kept = positions - np.searchsorted(old_at, positions)
            positions = kept + np.searchsorted(spots, kept, side="right")
        if lane in remade:  # its counts patched, its windows made again (the lane alone)
            gone = np.array([r[2:] for r in before - after if r[1] == lane], np.int64)
            come = np.array([r[2:] for r in after - before if r[1] == lane], np.int64)
            gone, come = gone.reshape(-1, 2), come.reshape(-1, 2)
            spans = _spans(spans, gone[:, 0], gone[:, 1], come[:, 0], come[:, 1])
            intervals = IntervalIndex(new._start[positions], new._end[positions])
        out._positions.append(positions)
        out._spans.append(spans)
        out._intervals.append(intervals)
    return out


def _spans(
    spans: Spans, start0: np.ndarray, end0: np.ndarray, start1: np.ndarray, end1: np.ndarray
) -> Spans:
    """`spans` without the events (start0, end0) and with (start1, end1)."""
    long0, long1 = (end0 - start0) > LONG, (end1 - start1) > LONG
    out = Spans.__new__(Spans)
    mid0 = start0[~long0] + (end0[~long0] - start0[~long0]) // 2
    mid1 = start1[~long1] + (end1[~long1] - start1[~long1]) // 2
    out.mids = _swap(spans.mids, mid0, mid1)
    out.long_starts = _swap(spans.long_starts, start0[long0], start1[long1])
    out.long_ends = _swap(spans.long_ends, end0[long0], end1[long1])
    return out


def _swap(keys: np.ndarray, gone: np.ndarray, come: np.ndarray) -> np.ndarray:
    """Sorted `keys` with one of each of `gone` taken out and `come` put in, still sorted."""
    gone, come = np.sort(gone), np.sort(come)
    if np.array_equal(gone, come):  # no date moved: the same keys
        return keys
    at = np.searchsorted(keys, gone) + (np.arange(len(gone)) - np.searchsorted(gone, gone))
    rest = np.delete(keys, at)
    return np.insert(rest, np.searchsorted(rest, come), come)
