"""Time a dataset's look-ups by id (what a click and the search marks cost), outside the viewer.

    python bench/dataset_lookups.py DATASET [--ids 100] [--seed 1]

Prints milliseconds for: opening the store, the first frame's coverage (the long events' keys),
locating an event in no fetched window, its detail (the panel), and the rows of `--ids` random ids.
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np

from db.archive.store import DatasetStore
from db.store.frame import FrameQuery


def _ms(since: float) -> str:
    return f"{(time.perf_counter() - since) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset")
    parser.add_argument("--ids", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    t = time.perf_counter()
    store = DatasetStore(args.dataset)
    print("open", _ms(t))
    frame = store.frame(FrameQuery(group="lane"))
    span = frame.span()
    assert span is not None
    t = time.perf_counter()
    frame.coverage(None, np.linspace(span[0], span[1], 1601))
    print("first coverage", _ms(t))
    rng = np.random.default_rng(args.seed)
    total = int(store.manifest["counts"]["events"])
    picks = [int(i) for i in rng.integers(1, total + 1, 3)]
    for event_id in picks:
        t = time.perf_counter()
        place = frame.locate(event_id)
        located = _ms(t)
        t = time.perf_counter()
        detail = store.event(event_id)
        print(
            f"id {event_id}: locate {located}, event {_ms(t)}",
            place is not None,
            detail is not None,
        )
    ids = rng.integers(1, total + 1, args.ids)
    t = time.perf_counter()
    frame.contains(ids)
    print(f"rows of {args.ids} ids", _ms(t))
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    store.close()


if __name__ == "__main__":
    main()
