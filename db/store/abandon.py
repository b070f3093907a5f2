"""Work a newer request has made stale, given up mid-query: a thread says when its reads are
no longer wanted (`abandon_when`), and a store's long SQL asks (`abandoned`) between steps.

A search typed on holds the store's connection and a worker until it ends; the query typed
after it would wait for it. The viewer runs each search within `abandon_when(stale)`, and
db.store.sqlite_ro's time limit interrupts a statement once `stale()` says so; an archive's
search sidecar (db.archive.search) asks `stale_now` from its connections' progress handlers and
carries the test to its searcher threads (`carried`). No sqlite3 here: any store may ask.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_local = threading.local()


def _never() -> bool:
    return False


@contextmanager
def abandon_when(stale: Callable[[], bool]) -> Iterator[None]:
    """This thread's reads within the block are given up (the store raises) once `stale()`."""
    before = getattr(_local, "stale", _never)
    _local.stale = stale
    try:
        yield
    finally:
        _local.stale = before


def abandoned() -> Callable[[], bool]:
    """This thread's test of whether its reads are still wanted (always False outside
    `abandon_when`): fetched once, before a statement, and called during it."""
    return getattr(_local, "stale", _never)


def stale_now() -> bool:
    """Are the reads of the thread calling this no longer wanted? A progress handler's test: it
    runs on whichever thread steps the statement, so one connection shared by threads gives up
    only the stale thread's statements."""
    return abandoned()()


def carried(fn: Callable[..., T]) -> Callable[..., T]:
    """`fn`, to run on another thread (a pool's job) under the calling thread's test."""
    stale = abandoned()

    def run(*args: Any, **kwargs: Any) -> T:
        with abandon_when(stale):
            return fn(*args, **kwargs)

    return run
