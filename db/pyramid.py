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


def _level(mids_sorted: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    buckets = mids_sorted >> k  # floor division by 2**k, negative keys included
    keys, first = np.unique(buckets, return_index=True)
    # Running total before each non-empty bucket, and the total at the end.
    cum = np.append(first, len(buckets)).astype(np.int64)
    return keys.astype(np.int64), cum


def write_pyramid(folder: Path, mids: np.ndarray, lanes: np.ndarray, n_lanes: int) -> dict:
    """Write every lane's levels and the all-lanes one into `folder` (each file atomically);
    returns the index written last as pyramid.json."""
    levels = levels_for(mids)
    index: dict[str, Any] = {"levels": levels, "lanes": {}}
    order = np.lexsort((mids, lanes))
    bounds = np.searchsorted(lanes[order], np.arange(n_lanes + 1))
    groups = {f"{i:03d}": np.sort(mids[order[bounds[i] : bounds[i + 1]]]) for i in range(n_lanes)}
    groups["all"] = np.sort(mids)
    for name, sorted_mids in groups.items():
        parts = [_level(sorted_mids, k) for k in levels]
        keys = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, np.int64)
        cum = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, np.int64)
        key_at = np.cumsum([0] + [len(p[0]) for p in parts]).tolist()
        cum_at = np.cumsum([0] + [len(p[1]) for p in parts]).tolist()
        for suffix, array in (("keys", keys), ("cum", cum)):
            _write_atomic(folder / f"lane-{name}.{suffix}.npy", _saver(array))
        index["lanes"][name] = {"keys": key_at, "cum": cum_at, "total": len(sorted_mids)}
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
