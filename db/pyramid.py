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
import mmap
import os
import threading
import uuid
from collections import OrderedDict
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


LEVELS_MAPPED = 4  # a lane's levels kept mapped, the last used: a frame uses two or three
FENCE = 4096  # keys a fence stands for (32 KB: about the 64 KB the kernel maps around a fault)


class LanePyramid:
    """One lane's levels, each memory-mapped apart when first used.

    A binary search over a mapped level touches a page at each of its ~20 steps, and the kernel
    maps 64 KB around each page it faults in: a frame at a new place would map megabytes of
    keys it only passed through. So each level has fences in memory, every FENCE-th key (read
    with pread, which maps nothing: about 1 KB a level), and a search goes straight to the
    stretch of keys between two fences: the pages a frame maps are those its edges fall in. A
    level no frame has used for a while is unmapped (its pages stay in the system's cache)."""

    def __init__(self, folder: Path, name: str, levels: list[int], at: dict[str, Any]) -> None:
        self.levels = levels
        self.total = int(at["total"])
        self._files = {s: _npy_data(folder / f"lane-{name}.{s}.npy") for s in ("keys", "cum")}
        self._at = {"keys": at["keys"], "cum": at["cum"]}
        self._mapped: OrderedDict[int, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._fences: dict[int, np.ndarray] = {}
        self._lock = threading.Lock()

    def level_for(self, width: float) -> int:
        """The coarsest level with at least BUCKETS_PER_BIN buckets in a bin `width` wide."""
        wanted = max(width, 1.0) / BUCKETS_PER_BIN
        k = int(np.floor(np.log2(wanted))) if wanted >= 1 else 0
        return min(max(k, self.levels[0]), self.levels[-1])

    def _level(self, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Level `i` (from the finest): its keys and running totals, mapped, and its fences."""
        with self._lock:
            found = self._mapped.get(i)
            if found is not None:
                self._mapped.move_to_end(i)
                return (*found, self._fences[i])
        keys, cum = (self._map(s, i) for s in ("keys", "cum"))
        fences = self._fences.get(i)
        if fences is None:
            fences = self._read_fences(i)
        with self._lock:
            self._fences[i] = fences
            self._mapped[i] = (keys, cum)
            while len(self._mapped) > LEVELS_MAPPED:  # unmapped once no search holds it
                self._mapped.popitem(last=False)
        return keys, cum, fences

    def _span(self, suffix: str, i: int) -> tuple[Path, np.dtype, int, int]:
        """Level i's array in file `suffix`: path, dtype, byte offset and length."""
        path, dtype, offset = self._files[suffix]
        first, end = self._at[suffix][i], self._at[suffix][i + 1]
        return path, dtype, offset + first * dtype.itemsize, end - first

    def _map(self, suffix: str, i: int) -> np.ndarray:
        """A plain array over the level's bytes mapped read-only (no np.memmap: its slicing
        costs microseconds a search); unmapped when the last array over it goes."""
        path, dtype, start, n = self._span(suffix, i)
        if n == 0:
            return np.empty(0, dtype)
        aligned = start - start % mmap.ALLOCATIONGRANULARITY
        with open(path, "rb") as f:
            mapped = mmap.mmap(
                f.fileno(), start - aligned + n * dtype.itemsize, access=mmap.ACCESS_READ,
                offset=aligned,
            )  # fmt: skip
        return np.frombuffer(mapped, dtype, n, start - aligned)

    def _read_fences(self, i: int) -> np.ndarray:
        path, dtype, start, n = self._span("keys", i)
        size = dtype.itemsize
        fd = os.open(path, os.O_RDONLY)
        try:
            raw = b"".join(os.pread(fd, size, start + j * size) for j in range(0, n, FENCE))
        finally:
            os.close(fd)
        return np.frombuffer(raw, dtype).astype(np.int64)

    def before(self, k: int, edges: np.ndarray) -> np.ndarray:
        """How many short events have their midpoint before each edge snapped to level k."""
        keys, cum, fences = self._level(k - self.levels[0])
        buckets = np.floor(np.asarray(edges, np.float64)).astype(np.int64) >> k
        return np.asarray(cum[_search(keys, fences, buckets)], np.int64)


def _search(keys: np.ndarray, fences: np.ndarray, buckets: np.ndarray) -> np.ndarray:
    """np.searchsorted(keys, buckets), reading only the stretches between fences (every FENCE-th
    key) that the buckets fall in: each bucket's for a few, the stretch from the first to the
    last for sorted ones (a histogram's edges: the keys a frame counts between)."""
    n = len(keys)
    # Stretch j holds keys [j * FENCE, (j + 1) * FENCE]: where a bucket at least fences[j] and
    # below fences[j + 1] goes (j = -1: before the first key, at 0).
    if len(buckets) > 4 and bool((buckets[1:] >= buckets[:-1]).all()):
        first, last = (fences.searchsorted(buckets[[0, -1]], "right") - 1).tolist()
        a, b = max(first, 0) * FENCE, min((last + 1) * FENCE, n)
        return a + keys[a:b].searchsorted(buckets)
    at = (fences.searchsorted(buckets, "right") - 1).tolist()
    out = np.empty(len(buckets), np.int64)
    for i, (j, x) in enumerate(zip(at, buckets.tolist(), strict=True)):
        a, b = max(j, 0) * FENCE, min((j + 1) * FENCE, n)
        out[i] = a + int(keys[a:b].searchsorted(x))
    return out


def _npy_data(path: Path) -> tuple[Path, np.dtype, int]:
    """An .npy file's path, dtype and the offset of its data (one flat array)."""
    with open(path, "rb") as f:
        version = np.lib.format.read_magic(f)
        read = {(1, 0): np.lib.format.read_array_header_1_0}.get(
            version, np.lib.format.read_array_header_2_0
        )
        shape, fortran, dtype = read(f)
        if len(shape) != 1 or fortran:
            raise ValueError(f"{path.name}: not a flat array")
        return path, dtype, f.tell()


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
