"""Keeping a timeline database's count pyramid (db.pyramid_cache) from the index a store loaded,
with the windowed frames' data beside it when the index is the table's rows as they are
(db.store.window_data): on a thread of its own, after the viewer has drawn its first frame, or
at once when an import asks (`at_once`: the file's first open is then windowed)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from db import pyramid_cache
from db.errors import TimelineError
from db.review.state import ReviewState

from . import reviewed, window_data
from .model import EventIndex
from .window_data import Sources

# The cache folders a pyramid is being written to (one at a time: reviews reload a file often),
# and for each the write asked for meanwhile (the file's latest state: a review written while
# the state before it was being kept), run by the same thread when the one going on ends.
_WRITING: set[Path] = set()
_NEXT: dict[Path, Callable[[], None]] = {}
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
    reviews: tuple[reviewed.Query, dict[int, ReviewState]] | None = None,
) -> None:  # fmt: skip
    """Write the pyramid of `index` (a store's, grouped by lane, of the file in the state
    `seen`) unless the cache has it, with the window data when `windowable` (`folds`: the
    stories' (report, report drawn) pairs the index was folded with; `reviewed`: the ids of
    the reviewed events, laid over it; `sources(ids)`: the lanes by source, read on the
    writing thread; `reviews`: how to read the file's reviews, and their states laid over
    it, which must still be the file's when it is written)."""
    if _kept(path, windowable):
        return
    folder = pyramid_cache.folder_for(path)  # the cache asked for now

    def write() -> None:
        try:
            if _kept(path, windowable):  # an import, or another open, kept them meanwhile
                return
            if pyramid_cache.identity(path) != seen:  # changed again since: its next open's
                return
            # A review committed while the store opened: the log's size and time (`seen`) can
            # be the new state's a moment before its rows are read (the window's review reopens
            # the file after each change, and the next change may be on its way).
            if reviews is not None and not _still(*reviews):
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

    with _LOCK:
        if folder in _WRITING:
            _NEXT[folder] = write  # after the one going on, in place of any asked before
            return
        _WRITING.add(folder)
    if getattr(_NOW, "on", False):
        _write_all(folder, write)
        return
    # After the viewer has drawn the index's first frame: written meanwhile, it took the
    # cores the first paint needs (a first open of 1M events: 2.07 s against 1.1 s).
    timer = threading.Timer(min(2.0, len(index) * WAIT_PER_EVENT_S), _write_all, (folder, write))
    timer.name, timer.daemon = "pyramid", True
    timer.start()
    with _LOCK:
        _TIMERS[:] = [t for t in _TIMERS if t.is_alive()] + [timer]


def finish_pending(timeout: float = 120.0) -> None:
    """Wait for the writes keep() left for after the first frame (they start within 2 s): a
    process that exits right after its first frame (a `--screenshot`) then leaves the pyramid
    a user's open keeps, and the next open paints from it."""
    deadline = time.monotonic() + timeout
    while True:  # a store still loading may leave one more while these are waited for
        with _LOCK:
            timers = [t for t in _TIMERS if t.is_alive()]
        if not timers or time.monotonic() >= deadline:
            return
        for timer in timers:
            timer.join(max(0.0, deadline - time.monotonic()))


def _write_all(folder: Path, write: Callable[[], None] | None) -> None:
    """Run `write`, then each write asked for `folder` meanwhile, until none is left."""
    while write is not None:
        try:
            write()
        finally:
            with _LOCK:
                write = _NEXT.pop(folder, None)
                if write is None:
                    _WRITING.discard(folder)


def _still(query: reviewed.Query, states: dict[int, ReviewState]) -> bool:
    """Are the reviews `query` reads now `states`?"""
    try:
        return reviewed.read_states(query) == states
    except (TimelineError, sqlite3.Error):
        return False  # a closed store: cannot tell (the open that replaced it keeps its own)


def _read(
    sources: Callable[[np.ndarray], Sources | None] | None, ids: np.ndarray
) -> Sources | None:
    """The lanes by source, None when they cannot be read (a closed store, a time limit)."""
    try:
        return sources(ids) if sources is not None else None
    except (TimelineError, sqlite3.Error):
        return None
