"""This process's reads of a file, and this process's writer taking the file for a moment.

Starting a review puts a timeline database in WAL mode (db.review.writer), which needs the file
to itself: in rollback-journal mode every statement reading it holds SQLite's shared lock, and
the switch waits for none to be left. The window's own reads (an index loading, a windowed
fetch, a search, each on a worker) are not another program and need not wait it out: within
`make_way` no read of the file starts, and a read stepping through a statement is interrupted
(db.store.sqlite_ro.time_limit asks `wanted`) and run again from its start once the writer is
in (a read run again gives the same rows). A lock the writer meets then is another program's.

Counted per file, by its real path, for every store this process has open on it (a window
reloading a file holds two for a moment). No sqlite3 here.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class MadeWay(Exception):
    """A read interrupted to make way for this process's writer: `OwnReads.run` runs it again."""


class OwnReads:
    """The reads of one file under way in this process (see the module)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._reading = 0  # reads under way (a thread's reads within a read count once)
        self._writers = 0  # writers asking for the file
        self._local = threading.local()

    def wanted(self) -> bool:
        """Does a writer of this process want the file (a read under way gives it up)?"""
        return self._writers > 0

    def run(self, read: Callable[[], T]) -> T:
        """`read` (its statements and their rows) as one of the file's reads: started once no
        writer wants the file, run again from the start when interrupted for one (MadeWay)."""
        if getattr(self._local, "within", False):
            return read()  # the outer read counts, and is the one run again
        while True:
            with self._changed:
                self._changed.wait_for(lambda: not self._writers)
                self._reading += 1
            self._local.within = True
            try:
                return read()
            except MadeWay:
                continue
            finally:
                self._local.within = False
                with self._changed:
                    self._reading -= 1
                    self._changed.notify_all()

    @contextmanager
    def make_way(self, wait: float) -> Iterator[bool]:
        """The file without this process's reads for the block: none starts, those under way
        give up their statement and wait to run again. Yields whether they had all stopped
        within `wait` seconds (one waiting for another program's lock does not)."""
        with self._changed:
            self._writers += 1
        try:
            with self._changed:
                stopped = self._changed.wait_for(lambda: self._reading == 0, wait)
            yield stopped
        finally:
            with self._changed:
                self._writers -= 1
                self._changed.notify_all()


_FILES: weakref.WeakValueDictionary[str, OwnReads] = weakref.WeakValueDictionary()
_FILES_LOCK = threading.Lock()


def of_file(path: str | Path) -> OwnReads:
    """The reads of the file at `path` (by its real path), kept while a store holds them."""
    key = os.fsdecode(os.path.realpath(path))
    with _FILES_LOCK:
        reads = _FILES.get(key)
        if reads is None:
            reads = _FILES[key] = OwnReads()
        return reads


@contextmanager
def make_way(path: str | Path, wait: float) -> Iterator[bool]:
    """`OwnReads.make_way` for the file at `path`."""
    with of_file(path).make_way(wait) as stopped:
        yield stopped
