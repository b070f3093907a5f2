"""The critical path of a dataset's search for every hit's mark, from CPU time alone: what two
free cores would take, on a machine whose wall clock counts the queue for a core.

    PYTHONPATH=. .venv/bin/python bench/marks_critical.py DATASET [--rounds 5] [WORD ...]

Each query's first page is searched first (as the viewer does), then its marks: every statement
the sidecar starts on its searcher connections is timed on its thread (`time.thread_time`), the
calling thread's CPU between them too, and the statements are laid on the sidecar's searcher
threads in the order they were started (first free thread first) to find when each one's rows
would be there; the calling thread waits for them where it did. Prints, per query, the median
critical path and the process's CPU (every thread's), in ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.archive import search as sidecar_module  # noqa: E402
from db.archive.store import DatasetStore  # noqa: E402

WORDS = ("minister", "ceasefire talks", "refug", "bridge OR port")
MARKS = 50_000  # as viewer.search.MARKS


class CriticalPath:
    """The calling thread's clock in CPU ms, pushed on by the waits for statements."""

    def __init__(self) -> None:
        self.active = False
        self.reset()

    def reset(self) -> None:
        self.t, self.last = 0.0, time.thread_time()
        self.started: list[dict[str, float]] = []  # each statement: when started, its CPU
        self.jobs: list[Any] = []

    def tick(self) -> None:
        now = time.thread_time()
        self.t, self.last = self.t + now - self.last, now

    def done_at(self, i: int) -> float:
        """When statement `i`'s rows are there, laid on the threads in the order started."""
        for job in self.jobs[: i + 1]:
            job.result()
        free = [0.0] * sidecar_module.SEARCH_THREADS
        end = 0.0
        for statement in self.started[: i + 1]:
            k = free.index(min(free))
            end = free[k] = max(statement["at"], free[k]) + statement["cpu"]
        return end


PATH = CriticalPath()


def _start_each(self, statements):  # the sidecar's, timed
    rows = sidecar_module.carried(self._searcher_rows)
    if not PATH.active:
        return [self._searchers.submit(rows, sql, p).result for sql, p in statements]
    PATH.tick()
    waits = []
    for sql, params in statements:
        timed = {"at": PATH.t, "cpu": 0.0}

        def job(sql=sql, params=params, timed=timed):
            c = time.thread_time()
            out = rows(sql, params)
            timed["cpu"] = time.thread_time() - c
            return out

        i = len(PATH.started)
        PATH.started.append(timed)
        PATH.jobs.append(self._searchers.submit(job))

        def wait(i=i):
            out = PATH.jobs[i].result()
            PATH.tick()
            PATH.t = max(PATH.t, PATH.done_at(i))
            PATH.last = time.thread_time()
            return out

        waits.append(wait)
    return waits


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("dataset", type=Path)
    p.add_argument("words", nargs="*", default=list(WORDS))
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_intermixed_args()
    sidecar_module.Sidecar._start_each = _start_each  # type: ignore[method-assign]
    store = DatasetStore(args.dataset)
    store._sidecar.warm()
    found: dict[str, list[tuple[float, float]]] = {w: [] for w in args.words}
    for _ in range(args.rounds):
        for word in args.words:
            store.search(word, 50, 0)
            cpu = time.process_time()
            PATH.reset()
            PATH.active = True
            store.search(word, 0, MARKS)
            PATH.tick()
            PATH.active = False
            found[word].append((PATH.t * 1000, (time.process_time() - cpu) * 1000))
    store.close()
    print(
        json.dumps(
            {
                word: {
                    "critical_path_cpu_ms": round(statistics.median(c for c, _ in runs), 1),
                    "cpu_ms": round(statistics.median(t for _, t in runs), 1),
                }
                for word, runs in found.items()
            }
        )
    )


if __name__ == "__main__":
    main()
