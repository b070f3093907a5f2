"""Scattered records of a memory-mapped file asked of the kernel before they are gathered.

A gather from a mapped file that is not in the page cache faults a page at a time, and each
fault reads around it as much as the disk's read-ahead (8 MB on this machine's disk): the ~54,000
events a common word's 500 article hits stand for lie on ~310 pages of the 1.5 GB records by id
(100M events), in ~70 runs, and their first gather read 220 MB (0.2 s). Asked for first
(posix_fadvise WILLNEED, each run of pages: the reads go out together, nothing more is read),
the gather's faults find them.
"""

from __future__ import annotations

import contextlib
import os

import numpy as np

PAGE = 4096
GAP_PAGES = 8  # runs of needed pages closer than this are asked for as one
MOST_RUNS = 4096  # more runs than this: a gather over most of the file, left to read-ahead


def page_runs(offset: int, itemsize: int, at: np.ndarray) -> np.ndarray:
    """The runs of pages (first, last; inclusive) holding the records `at` (sorted positions)
    of a file whose records start at byte `offset`."""
    if not len(at):
        return np.empty((0, 2), np.int64)
    start = offset + np.asarray(at, np.int64) * itemsize
    pages = np.empty(2 * len(start), np.int64)  # each record's first and last page, in order
    pages[0::2], pages[1::2] = start // PAGE, (start + itemsize - 1) // PAGE
    breaks = np.flatnonzero(np.diff(pages) > GAP_PAGES)
    firsts = np.concatenate([pages[:1], pages[breaks + 1]])
    lasts = np.concatenate([pages[breaks], pages[-1:]])
    return np.stack([firsts, lasts], axis=1)


def ask_for(records: np.ndarray, at: np.ndarray) -> None:
    """Ask the kernel to read the pages of `records` (a numpy memmap of a file) holding the
    records at positions `at` (sorted), without waiting; nothing where it cannot be asked."""
    advise = getattr(os, "posix_fadvise", None)
    path = getattr(records, "filename", None)
    if advise is None or path is None or not len(at):
        return
    runs = page_runs(int(getattr(records, "offset", 0)), records.itemsize, at)
    if len(runs) > MOST_RUNS:
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            for first, last in runs.tolist():
                advise(fd, first * PAGE, (last - first + 1) * PAGE, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(fd)
