"""What a dataset's first search reads cold, read ahead when the dataset is opened for viewing,
on a thread of its own (never the UI thread's, never in a paint).

The first search after the files went cold read ~42 MB (100M events, "minister"): 23 MB of it
the records of the indexed events (db.archive.search_records), read whole by the first hits
filtered and placed, a page fault at a time on a memory map; its searcher threads opened their
connections then too. The records are handed to the kernel to read ahead (posix_fadvise: no CPU
here, big sequential reads) and the connections are opened (Sidecar.warm). The rest is the
word's own: its doclists and the events of its article hits, unknown before it is typed.
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
