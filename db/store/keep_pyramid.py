"""Keeping a timeline database's count pyramid (db.pyramid_cache) from the index a store loaded,
with the windowed frames' data beside it when the index is the table's rows as they are
(db.store.window_data): on a thread of its own, after the viewer has drawn its first frame, or
at once when an import asks (`at_once`: the file's first open is then windowed)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from db import pyramid_cache
from db.errors import TimelineError

from . import window_data
from .model import EventIndex
from .window_data import Sources

# The cache folders a pyramid is being written to (one at a time: reviews reload a file often).
_WRITING: set[Path] = set()
_LOCK = threading.Lock()
_NOW = threading.local()  # .on: keep() writes on the calling thread, before it returns
_TIMERS: list[threading.Timer] = []  # the writes keep() left for after the first frame
WAIT_PER_EVENT_S = 1e-6  # they start 1 s per million events after it (2 s at most)


@contextmanager
def at_once() -> Iterator[None]:
    """Within it, what a store's index keeps is written before load_index returns, on the
    calling thread (an import's last step, db.store.first_open: no viewer waits for a frame)."""
    _NOW.on = True
    try:
        yield
    finally:
        _NOW.on = False


def _kept(path: Path, windowable: bool) -> bool:
    return pyramid_cache.current(path, exact=True) and (not windowable or window_data.kept(path))


def keep(
    path: Path, seen: dict[str, Any], index: EventIndex, windowable: bool, folds: np.ndarray,
    reviewed: np.ndarray | None = None,
    sources: Callable[[np.ndarray], Sources | None] | None = None,
) -> None:  # fmt: skip
    """Write the pyramid of `index` (a store's, grouped by lane, of the file in the state
    `seen`) unless the cache has it, with the window data when `windowable` (`folds`: the
    stories' (report, report drawn) pairs the index was folded with; `reviewed`: the ids of
    the reviewed events, laid over it; `sources(ids)`: the lanes by source, read on the
    writing thread)."""
    if _kept(path, windowable):
        return
    folder = pyramid_cache.folder_for(path)  # the cache asked for now
    with _LOCK:
        if folder in _WRITING:
            return
        _WRITING.add(folder)

    def write() -> None:
        try:
            if _kept(path, windowable):  # an import, or another open, kept them meanwhile
                return
            (folder / window_data.FACTS).unlink(missing_ok=True)
            by_source = _read(sources, index.ids) if windowable else None
            data = (index, seen, folds, reviewed, by_source)
            beside = (lambda f: window_data.write_to(f, *data)) if windowable else None
            pyramid_cache.write(
                path, seen, index.start, index.end, index.lane, index.lanes, folder=folder,
                beside=beside,
            )  # fmt: skip
        except OSError:
            pass  # a cache is a convenience: nothing fails for it
        finally:
            with _LOCK:
                _WRITING.discard(folder)

    if getattr(_NOW, "on", False):
        write()
        return
    # After the viewer has drawn the index's first frame: written meanwhile, it took the
    # cores the first paint needs (a first open of 1M events: 2.07 s against 1.1 s).
    timer = threading.Timer(min(2.0, len(index) * WAIT_PER_EVENT_S), write)
    timer.name, timer.daemon = "pyramid", True
    timer.start()
    with _LOCK:
        _TIMERS[:] = [t for t in _TIMERS if t.is_alive()] + [timer]


def finish_pending(timeout: float = 120.0) -> None:
    """Wait for the writes keep() left for after the first frame (they start within 2 s): a
    process that exits right after its first frame (a `--screenshot`) then leaves the pyramid
    a user's open keeps, and the next open paints from it."""
    with _LOCK:
        timers = list(_TIMERS)
    for timer in timers:
        timer.join(timeout)


def _read(
    sources: Callable[[np.ndarray], Sources | None] | None, ids: np.ndarray
) -> Sources | None:
    """The lanes by source, None when they cannot be read (a closed store, a time limit)."""
    try:
        return sources(ids) if sources is not None else None
    except (TimelineError, sqlite3.Error):
        return None
