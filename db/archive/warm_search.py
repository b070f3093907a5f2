"""What a dataset's first search reads cold, read ahead when the dataset is opened for viewing,
on a thread of its own (never the UI thread's, never in a paint).

The first search after the files went cold read ~42 MB (100M events, "minister"): 23 MB of it
the records of the indexed events (db.archive.search_records), read whole by the first hits
filtered and placed, a page fault at a time on a memory map; its searcher threads opened their
connections then too. The records are handed to the kernel to read ahead (posix_fadvise: no CPU
here, big sequential reads) and the connections are opened (Sidecar.warm). The rest is the
word's own: its doclists and the events of its article hits, unknown before it is typed (those
events' records are asked for together before they are gathered: db.archive.page_hints).

Then what a first click reads cold besides its own rows (db.archive.store.DatasetStore.
warm_footers): its year file's footer (0.8 MB, 359 row groups, at 100M), the articles' and the
captions'. The small files' footers are parsed into DuckDB's metadata cache; the year files'
(36 at 100M) only read into the page cache, as parsing them all kept ~95 MB of ordinary memory
and cost ~0.3 s of CPU beside the first paint.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

AHEAD_PIECE = 2 << 20  # bytes a read-ahead is asked for at once


def read_ahead(paths: Iterable[Path]) -> None:
    """Ask the kernel to read `paths` into its page cache (asynchronously), where it can."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:  # not on every platform: the first search reads them as before
        return
    for path in paths:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY)
            try:
                # A piece at a time: asked at once, Linux reads ahead the first 8 MB only.
                for at in range(0, os.fstat(fd).st_size, AHEAD_PIECE):
                    advise(fd, at, AHEAD_PIECE, os.POSIX_FADV_WILLNEED)
            finally:
                os.close(fd)


def read_footers(paths: Iterable[Path]) -> None:
    """Ask the kernel to read each Parquet file's footer (its metadata, at its end: the last 8
    bytes give its length and the magic), where it can; the reads go out together."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    for path in paths:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY)
            try:
                size = os.fstat(fd).st_size
                tail = os.pread(fd, 8, size - 8) if size >= 12 else b""
                if tail[4:] == b"PAR1":
                    length = int.from_bytes(tail[:4], "little") + 8
                    advise(fd, max(size - length, 0), length, os.POSIX_FADV_WILLNEED)
            finally:
                os.close(fd)


def start(*steps: Callable[[], object]) -> threading.Thread:
    """Run `steps` in order on a daemon thread (a step that fails is skipped: the search reads
    what it needs when it runs)."""

    def run() -> None:
        for step in steps:
            with contextlib.suppress(Exception):
                step()

    thread = threading.Thread(target=run, name="warm-search", daemon=True)
    thread.start()
    return thread
