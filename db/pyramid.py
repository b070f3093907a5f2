"""The count pyramid: per lane, for bucket widths of 2**k seconds, running totals of short events
by the bucket of their midpoint (the in-memory frame counts short events at their midpoint too).

A level is kept sparse: the ids of its non-empty buckets (sorted) and the running total before
each, so it costs at most two numbers per event, and nothing for the empty minutes of a decade
(a dense minute level would be 20 million entries per lane for 40 years). "How many events have
their midpoint before bucket b" is one binary search; a histogram is one search per edge and a
difference, whatever the number of events. Levels are stored per lane as two .npy files (all
levels end to end) that are memory-mapped, so opening a dataset reads none of them.

Shared by the write path and the read path (a dataset's pyramid, db.archive.pyramid; a timeline
database's, kept in the user's cache by db.pyramid_cache): numpy and files only.

The contract (what a test checks): the level used for bins `w` wide is the coarsest whose bucket
is at most w / BUCKETS_PER_BIN (never finer than 2**FINEST); edges are snapped down to that level's
bucket boundaries, and counts are exact for the snapped edges.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

FINEST = 6  # 64 s buckets: about a minute
BUCKETS_PER_BIN = 64  # at least this many buckets a bin (when the finest allows): ~2 % jitter


def levels_for(mids: np.ndarray) -> list[int]:
    """From about a minute to the level whose one bucket spans all the midpoints."""
    if not len(mids):
        return [FINEST]
    span = int(mids.max()) - int(mids.min()) + 1
    top = max(FINEST, span.bit_length())
    return list(range(FINEST, top + 1))


class Counts:
    """Short events counted by lane and finest bucket (2**FINEST s), with the least and greatest
    midpoint: a part of a pyramid. Parts add up (`add`), so batches imported apart each count
    their own events and the sum writes the same pyramid as counting them all at once (a coarser
    level's bucket is a finest bucket shifted right)."""

    def __init__(
        self, lanes: dict[Any, tuple[np.ndarray, np.ndarray]], lo: int | None, hi: int | None
    ) -> None:
        self.lanes = lanes  # lane -> (sorted distinct finest buckets, events in each)
        self.lo, self.hi = lo, hi

    @classmethod
    def of(cls, mids: np.ndarray, lanes: np.ndarray) -> Counts:
        """Count midpoints `mids` of events in `lanes` (one lane key, name or number, each)."""
        mids = np.asarray(mids, np.int64)
        found: dict[Any, tuple[np.ndarray, np.ndarray]] = {}
        if not len(mids):
            return cls(found, None, None)
        names, lane_at = np.unique(np.asarray(lanes), return_inverse=True)
        for i, name in enumerate(names.tolist()):
            buckets, counts = np.unique(mids[lane_at == i] >> FINEST, return_counts=True)
            found[name] = (buckets.astype(np.int64), counts.astype(np.int64))
        return cls(found, int(mids.min()), int(mids.max()))

    def add(self, other: Counts, sign: int = 1) -> Counts:
        """The sum (sign -1: the difference) of two parts, as a new part."""
        lanes = dict(self.lanes)
        for name, (buckets, counts) in other.lanes.items():
            if name in lanes:
                mine = lanes[name]
                buckets = np.concatenate([mine[0], buckets])
                counts = np.concatenate([mine[1], sign * counts])
            else:
                counts = sign * counts
            keys, at = np.unique(buckets, return_inverse=True)
            total = np.zeros(len(keys), np.int64)
            np.add.at(total, at, counts)
            kept = total != 0
            lanes[name] = (keys[kept], total[kept])
        bounds = [b for b in (self.lo, self.hi, other.lo, other.hi) if b is not None]
        if sign < 0:  # a difference keeps the bounds it had: a level more is harmless
            bounds = [b for b in (self.lo, self.hi) if b is not None]
        return Counts(lanes, min(bounds, default=None), max(bounds, default=None))

    def total(self) -> int:
        return int(sum(int(c.sum()) for _b, c in self.lanes.values()))

    def save(self, path: Path) -> None:
        """As an .npz file (lane keys kept as JSON)."""
        names = list(self.lanes)
        with open(path, "wb") as f:
            np.savez(
                f,
                names=np.array(json.dumps(names)),
                sizes=np.array([len(self.lanes[n][0]) for n in names], np.int64),
                buckets=_concat([self.lanes[n][0] for n in names]),
                counts=_concat([self.lanes[n][1] for n in names]),
                bounds=np.array([] if self.lo is None else [self.lo, self.hi], np.int64),
            )

    @classmethod
    def load(cls, path: Path) -> Counts:
        with np.load(path) as saved:
            names = json.loads(str(saved["names"]))
            at = np.cumsum([0, *saved["sizes"].tolist()])
            lanes = {
                name: (saved["buckets"][at[i] : at[i + 1]], saved["counts"][at[i] : at[i + 1]])
                for i, name in enumerate(names)
            }
            bounds = saved["bounds"].tolist()
        return cls(lanes, *(bounds or [None, None]))


def _concat(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays).astype(np.int64) if arrays else np.empty(0, np.int64)


def _level(buckets: np.ndarray, counts: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Level k from finest buckets: its non-empty buckets and the running total before each,
    then the total."""
    keys, first = np.unique(buckets >> (k - FINEST), return_index=True)
    before = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return keys.astype(np.int64), np.append(before[first], before[-1])


def write_pyramid(folder: Path, mids: np.ndarray, lanes: np.ndarray, n_lanes: int) -> dict:
    """Write every lane's levels and the all-lanes one into `folder` (each file atomically);
    returns the index written last as pyramid.json."""
    return write_counts(folder, Counts.of(mids, lanes), list(range(n_lanes)))


def write_counts(folder: Path, counts: Counts, lanes: list[Any], with_all: bool = True) -> dict:
    """Write the pyramid of `counts` into `folder`, lane number i being lane key lanes[i];
    returns the index written last as pyramid.json. `with_all` False: no all-lanes pyramid (a
    dataset's lanes by source count the events its lanes do: it shares theirs)."""
    span = [] if counts.lo is None else [counts.lo, counts.hi]
    levels = levels_for(np.array(span, np.int64))
    index: dict[str, Any] = {"levels": levels, "lanes": {}}
    empty = (np.empty(0, np.int64), np.empty(0, np.int64))
    groups = {f"{i:03d}": counts.lanes.get(lane, empty) for i, lane in enumerate(lanes)}
    every = Counts({}, None, None)
    for lane in lanes if with_all else ():
        if lane in counts.lanes:
            every = every.add(Counts({"all": counts.lanes[lane]}, None, None))
    if with_all:
        groups["all"] = every.lanes.get("all", empty)
    for name, (buckets, n) in groups.items():
        parts = [_level(buckets, n, k) for k in levels]
        keys = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, np.int64)
        cum = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, np.int64)
        key_at = np.cumsum([0] + [len(p[0]) for p in parts]).tolist()
        cum_at = np.cumsum([0] + [len(p[1]) for p in parts]).tolist()
        for suffix, array in (("keys", keys), ("cum", cum)):
            _write_atomic(folder / f"lane-{name}.{suffix}.npy", _saver(array))
        index["lanes"][name] = {"keys": key_at, "cum": cum_at, "total": int(n.sum())}
    _write_atomic(
        folder / "pyramid.json",
        lambda temp: temp.write_text(json.dumps(index) + "\n", "utf-8"),
    )
    return index


def _saver(array: np.ndarray) -> Callable[[Path], None]:
    def save(path: Path) -> None:
        with open(path, "wb") as f:
            np.save(f, array)

    return save


def _write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file beside `path`, renamed over it: a reader never sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(temp)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


class LanePyramid:
    """One lane's levels, memory-mapped."""

    def __init__(self, folder: Path, name: str, levels: list[int], at: dict[str, Any]) -> None:
        self.levels = levels
        self.total = int(at["total"])
        self._keys = np.load(folder / f"lane-{name}.keys.npy", mmap_mode="r")
        self._cum = np.load(folder / f"lane-{name}.cum.npy", mmap_mode="r")
        self._key_at, self._cum_at = at["keys"], at["cum"]

    def level_for(self, width: float) -> int:
        """The coarsest level with at least BUCKETS_PER_BIN buckets in a bin `width` wide."""
        wanted = max(width, 1.0) / BUCKETS_PER_BIN
        k = int(np.floor(np.log2(wanted))) if wanted >= 1 else 0
        return min(max(k, self.levels[0]), self.levels[-1])

    def before(self, k: int, edges: np.ndarray) -> np.ndarray:
        """How many short events have their midpoint before each edge snapped to level k."""
        i = k - self.levels[0]
        keys = self._keys[self._key_at[i] : self._key_at[i + 1]]
        cum = self._cum[self._cum_at[i] : self._cum_at[i + 1]]
        buckets = np.floor(np.asarray(edges, np.float64)).astype(np.int64) >> k
        return np.asarray(cum[np.searchsorted(keys, buckets)], np.int64)


def snap(edges: np.ndarray, k: int) -> np.ndarray:
    """Edges snapped down to level k's bucket boundaries (what the pyramid counts between)."""
    return (np.floor(np.asarray(edges, np.float64)).astype(np.int64) >> k) << k


class Pyramid:
    """Every lane's pyramid in `folder` (and the all-lanes one, under None)."""

    def __init__(self, folder: Path, n_lanes: int) -> None:
        index = json.loads((folder / "pyramid.json").read_text("utf-8"))
        levels = [int(k) for k in index["levels"]]
        self.lanes = [
            LanePyramid(folder, f"{i:03d}", levels, index["lanes"][f"{i:03d}"])
            for i in range(n_lanes)
        ]
        self.all = LanePyramid(folder, "all", levels, index["lanes"]["all"])
