"""A dataset's first click and first search on a cold machine, step by step: what each reads
from disk and what it costs.

    PYTHONPATH=. .venv/bin/python bench/cold_bench.py DATASET [--runs 3] [--word minister]
        [--wait S] [--seed 1] [--warm] [--files]

Each run is a fresh process. Before it, the page cache is dropped: the whole machine's when run
as root (`sync; echo 3 > /proc/sys/vm/drop_caches`, as after a reboot), else the dataset's files'
(posix_fadvise DONTNEED: pages another process maps stay). `--warm` drops nothing. The process
opens the dataset as the viewer does (viewer.source.DataSource.open: the frame of every lane,
the read-ahead thread started), waits for that thread (at most `--wait` seconds: a user clicks a
moment after the first paint), then clicks a random event (its detail and its article's events,
as viewer.presenter.read_event reads them) and searches `--word` as the search box does (the
first page, every mark, the marks placed: viewer.search). For each step: wall and CPU ms (the
process's, every thread's) and the bytes the process read from disk (/proc/self/io read_bytes,
page faults on mapped files included); with `--files`, the dataset's files whose pages in the
page cache grew during the step (fincore), by how much.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_PAGE, MARKS = 50, 50_000  # as viewer.search


def read_bytes() -> int:
    """Bytes this process (every thread) has had read from storage."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("read_bytes:"):
            return int(line.split()[1])
    return 0


def resident(root: Path) -> dict[str, int]:
    """Bytes of each of the dataset's files in the page cache (fincore)."""
    files = sorted(str(p) for p in root.rglob("*") if p.is_file())
    out = subprocess.run(
        ["fincore", "--bytes", "--noheadings", "--raw", "-o", "RES,FILE", *files],
        capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    found = {}
    for line in out.splitlines():
        res, _, name = line.partition(" ")
        found[str(Path(name).relative_to(root))] = int(res)
    return found


def drop_cache(root: Path) -> str:
    """Drop the page cache: the machine's as root, else the dataset's files'."""
    if os.geteuid() == 0:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return "drop_caches"
    for path in root.rglob("*"):
        if path.is_file():
            drop_file_pages(path)
    return "fadvise"


def drop_file_pages(path: Path) -> None:
    """Drop one file's pages from the page cache (posix_fadvise DONTNEED: this file's only)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


class Steps:
    """Times steps: wall, CPU (the process's), bytes read, and optionally the files read."""

    def __init__(self, root: Path, files: bool) -> None:
        self.root, self.files, self.out = root, files, []

    def run(self, name: str, step: Callable[[], object]) -> object:
        before = resident(self.root) if self.files else {}
        io, t, c = read_bytes(), time.perf_counter(), time.process_time()
        value = step()
        row = {
            "step": name,
            "ms": round((time.perf_counter() - t) * 1000, 1),
            "cpu_ms": round((time.process_time() - c) * 1000, 1),
            "read_kb": (read_bytes() - io) // 1024,
        }
        if self.files:
            after = resident(self.root)
            grown = {f: (n - before.get(f, 0)) // 1024 for f, n in after.items()}
            row["files_kb"] = {f: kb for f, kb in grown.items() if kb > 0}
        self.out.append(row)
        return value


def one(root: Path, word: str, wait: float, seed: int, files: bool) -> list[dict]:
    """One cold run in this process (its imports done before the timed steps)."""
    import numpy as np

    from viewer.presenter import read_event
    from viewer.source import DataSource
    from viewer.timeline.marks import PlacedMarks

    steps = Steps(root, files)
    source = steps.run("open", lambda: DataSource.open(root))
    store = source._store  # noqa: SLF001 - a bench looks inside

    def warming() -> None:
        for thread in threading.enumerate():
            if thread.name == "warm-search":
                thread.join(wait)

    steps.run("read-ahead (its thread)", warming)
    rng = np.random.default_rng(seed)
    entry = store.manifest["id_index"]
    event_id = int(entry["first_id"] + rng.integers(0, entry["events"]))
    detail, others = steps.run("click", lambda: read_event(source, event_id))
    assert detail is not None, event_id
    # The click's parts again, the next event of the same year: what a second click costs.
    steps.run("click, another event", lambda: read_event(source, event_id + 7))
    whole = source.whole("lane")
    listed = steps.run("search: first page", lambda: source.search(word, FIRST_PAGE, 0))
    found = steps.run("search: every mark", lambda: source.search(word, 0, MARKS))
    marked = np.unique(np.concatenate([listed.marked, found.marked]).astype(np.int64))
    steps.run("search: marks placed", lambda: PlacedMarks.place(whole, marked))
    steps.out.append({"event": event_id, "article": bool(detail.article), "marks": len(marked)})
    source.close()
    return steps.out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("dataset", type=Path)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--word", default="minister")
    p.add_argument("--wait", type=float, default=30.0, help="the longest wait for the read-ahead")
    p.add_argument("--seed", type=int, default=1, help="the first run's; each next run's + 1")
    p.add_argument("--warm", action="store_true", help="drop nothing from the page cache")
    p.add_argument("--files", action="store_true", help="which files each step read (fincore)")
    p.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = p.parse_args()
    if args.one:
        print(json.dumps(one(args.dataset, args.word, args.wait, args.seed, args.files)))
        return
    for run in range(args.runs):
        dropped = "no" if args.warm else drop_cache(args.dataset)
        child = subprocess.run(
            [sys.executable, __file__, str(args.dataset), "--one", "--word", args.word,
             "--wait", str(args.wait), "--seed", str(args.seed + run)]
            + (["--files"] if args.files else []),
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        rows = json.loads(child.stdout.splitlines()[-1])
        print(json.dumps({"run": run, "dropped": dropped, "load": os.getloadavg()[0]}))
        for row in rows:
            print("  " + json.dumps(row))


if __name__ == "__main__":
    main()
