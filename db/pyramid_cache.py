"""A timeline database's count pyramid (db.pyramid), kept in the user's cache folder.

A database is opened read-only and may be any file, so its pyramid is not written beside it: it
lives in `CACHE/pyramids/<hash of the file's real path>/`, with `identity.json` saying which
state of the file it counts (size and modification time of the file and of its write-ahead log).
A pyramid whose identity no longer matches is stale and is not used; writing a new one replaces it.
`identity.json` is written last, so a pyramid half written (a killed process) is never read.

What the pyramid counts is what a dataset's does (db.archive.convert): events no longer than
LONG, each at its midpoint, per lane (lanes by name, in the order given) and all lanes together;
longer events are only counted (`long`), for a first frame to say they are there.

Shared by the write path (an import writes it) and the read path (a store reads it, and writes it
from the index it loaded when it was missing): numpy and files only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from platformdirs import user_cache_dir

from db.pyramid import Pyramid, write_pyramid

CACHE_DIR_ENV = "TIMELINE_VIEWER_CACHE_DIR"
LONG = 86_400 * 2  # seconds: longer events are drawn by overlap, not counted at a midpoint
IDENTITY = "identity.json"
FORMAT = 2  # 2: lanes in natural order (db.lane_order), where 1 had them by text
# From this many events a count pyramid is kept for the next open's first frame (fewer load in a
# fraction of a second: a sketch would only flash, and the cache would fill with small files);
# a sampled sketch (db.store.sampled_sketch) is drawn from this many too. Read when used, so a
# test may lower it here.
PYRAMID_MIN_EVENTS = 100_000


def cache_root() -> Path:
    """$TIMELINE_VIEWER_CACHE_DIR, else the user's cache folder for the program."""
    override = os.environ.get(CACHE_DIR_ENV)
    return Path(override) if override else Path(user_cache_dir("timeline-viewer", appauthor=False))


def folder_for(path: str | Path) -> Path:
    """Where the pyramid of the database at `path` is kept (one folder per file)."""
    real = os.fsencode(os.path.realpath(path))
    return cache_root() / "pyramids" / hashlib.sha256(real).hexdigest()[:32]


def identity(path: str | Path) -> dict[str, Any] | None:
    """The state of the file a pyramid counts: its real path, size and modification time, and
    those of its write-ahead log (committed rows not yet in the file); None if it is gone."""
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except OSError:
        return None
    out: dict[str, Any] = {"path": os.fsdecode(real), "size": st.st_size, "mtime": st.st_mtime_ns}
    try:
        wal = os.stat(real + "-wal")
    except OSError:
        wal = None
    # An empty log (a reader opened the file in WAL mode) holds nothing: the same as none.
    out["wal"] = [wal.st_size, wal.st_mtime_ns] if wal is not None and wal.st_size else None
    return out


@dataclass(frozen=True)
class CachedPyramid:
    """A database's pyramid with what it was built from."""

    pyramid: Pyramid
    lanes: tuple[str, ...]  # lane names, in the order of pyramid.lanes
    span: tuple[int, int] | None  # earliest start and latest end of all events
    short: int  # events counted by midpoint
    long: int  # longer events, not in the pyramid


def current(path: str | Path, exact: bool = False) -> bool:
    """Is a pyramid kept for the database at `path` as it is now (`exact`: one counted from a
    store's index, not an import's reading of the table)?"""
    try:
        meta = json.loads((folder_for(path) / IDENTITY).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(meta, dict)
        and meta.get("format") == FORMAT
        and meta.get("identity") == identity(path)
        and (meta.get("exact") is True or not exact)
    )


def load(path: str | Path) -> CachedPyramid | None:
    """The pyramid of the database at `path` as it is now, or None (none kept, or stale)."""
    folder = folder_for(path)
    try:
        if not current(path):
            return None
        meta = json.loads((folder / IDENTITY).read_text("utf-8"))
        lanes = tuple(str(name) for name in meta["lanes"])
        span = meta["span"]
        return CachedPyramid(
            Pyramid(folder, len(lanes)),
            lanes,
            (int(span[0]), int(span[1])) if span else None,
            int(meta["short"]),
            int(meta["long"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, half written or from another version: built again


def write(
    path: str | Path,
    seen: dict[str, Any] | None,
    start: np.ndarray,
    end: np.ndarray,
    lane: np.ndarray,
    lanes: tuple[str, ...],
    folder: Path | None = None,
    exact: bool = True,
    beside: Callable[[Path], None] | None = None,
) -> Path | None:
    """Write the pyramid of the events given (keys; `lane` indexes `lanes`) for the database at
    `path` in the state `seen` (its `identity` taken before the events were read, so that a
    change while they were read makes the pyramid stale, not wrong). None when there is no
    identity or the cache cannot be written (a cache is a convenience: nothing fails for it).
    `folder`: where (default `folder_for(path)`, read from the environment when called);
    `exact`: counted from a store's index (an import's is replaced by the first open's);
    `beside(folder)`: writes what else is kept with the pyramid, before its identity."""
    if seen is None:
        return None
    folder = folder or folder_for(path)
    start, end = np.asarray(start, np.int64), np.asarray(end, np.int64)
    short = (end - start) <= LONG
    mids = start[short] + (end[short] - start[short]) // 2
    meta = {
        "format": FORMAT,
        "identity": seen,
        "exact": exact,
        "lanes": list(lanes),
        "span": [int(start.min()), int(end.max())] if len(start) else None,
        "short": int(short.sum()),
        "long": int(len(start) - short.sum()),
    }
    try:
        (folder / IDENTITY).unlink(missing_ok=True)  # stale from here until written again
        write_pyramid(folder, mids, np.asarray(lane, np.int64)[short], len(lanes))
        if beside is not None:
            beside(folder)
        temp = folder / f".{IDENTITY}.tmp"
        temp.write_text(json.dumps(meta) + "\n", "utf-8")
        os.replace(temp, folder / IDENTITY)
    except OSError:
        return None
    forget_gone(folder.parent)
    return folder


def forget_gone(pyramids: Path) -> None:
    """Delete the pyramids of files that are gone (each is tens of MB at a million events)."""
    try:
        folders = list(pyramids.iterdir())
    except OSError:
        return
    for folder in folders:
        try:
            meta = json.loads((folder / IDENTITY).read_text("utf-8"))
            gone = not os.path.exists(meta["identity"]["path"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # being written, or not ours: left alone
        if gone:
            shutil.rmtree(folder, ignore_errors=True)
