"""Every hit of a search marked, cold or warm: the store's search for every hit's id, then the
hits placed as the viewer's mark placer places them (viewer.timeline.marks.PlacedMarks), each
query in a fresh process, wall and CPU ms of each step.

    PYTHONPATH=. .venv/bin/python bench/marks_bench.py DB_OR_DATASET [--cold] [WORD ...]

`--cold` drops the page cache of the files a search and its marks read (the database, or the
dataset's sidecar and records by id) before each query, with posix_fadvise(POSIX_FADV_DONTNEED):
as after a reboot, but for pages another process has mapped (those stay). On a shared machine
the wall time counts waiting for a core; the CPU time does not (it counts the page faults' kernel
work, not the wait for the disk).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ("minister", "ceasefire talks", "refug", "bridge OR port")
MARKS = 50_000  # as viewer.search.MARKS
# What a dataset's search and marks read (db.archive): the sidecar and the records by id.
DATASET_FILES = ("search.sqlite", "events_by_id.npy", "search_by_id.npy", "search_ids.npy")


def evict(path: Path) -> None:
    """Drop the page cache of the files a search of `path` reads."""
    files = [path / n for n in DATASET_FILES] if path.is_dir() else [path]
    for file in files:
        if file.exists():
            fd = os.open(file.resolve(), os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def one(path: Path, word: str) -> dict:
    """One query in this process: the store opened, its frame of every lane, then the timed
    steps."""
    import numpy as np

    from db.opening import open_store
    from db.store.frame import FrameQuery
    from viewer.timeline.marks import PlacedMarks

    store = open_store(path)
    frame = store.frame(FrameQuery())
    out: dict = {"query": word}
    t, c = time.perf_counter(), time.process_time()
    found = store.search(word, 0, MARKS)
    t1, c1 = time.perf_counter(), time.process_time()
    placed = PlacedMarks.place(frame, np.asarray(found.marked, np.int64))
    t2, c2 = time.perf_counter(), time.process_time()
    out.update(
        hits=len(found.marked),
        sampled_of=found.sampled_of,  # about how many matches the marks sample (0: all marked)
        placed=len(placed),
        search_ms=round((t1 - t) * 1000, 1),
        search_cpu_ms=round((c1 - c) * 1000, 1),
        place_ms=round((t2 - t1) * 1000, 1),
        place_cpu_ms=round((c2 - c1) * 1000, 1),
        total_ms=round((t2 - t) * 1000, 1),
        total_cpu_ms=round((c2 - c) * 1000, 1),
    )
    store.close()
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("path", type=Path, help="a timeline database or a dataset folder")
    p.add_argument("words", nargs="*", default=list(WORDS))
    p.add_argument("--cold", action="store_true", help="drop the files' page cache first")
    p.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = p.parse_intermixed_args()
    if args.one:
        print(json.dumps(one(args.path, args.words[0])))
        return
    for word in args.words:
        if args.cold:
            evict(args.path)
        child = subprocess.run(
            [sys.executable, __file__, str(args.path), word, "--one"],
            check=True,
            capture_output=True,
            text=True,
        )
        print(json.dumps({"cold": args.cold, **json.loads(child.stdout)}), flush=True)


if __name__ == "__main__":
    main()
