"""Archive benchmark: a synthetic timeline database converted into a dataset, and what the
dataset's frames cost.

    python bench/archive_bench.py --events 1000000 --seed 1 [--work DIR] [--keep]

Builds the database with bench/make_db.py (reused when it is already in --work), converts it
(`db.archive.convert`), opens it with `open_store` and prints one JSON object: convert time,
dataset size on disk (and the database's), open time, the overview histogram of all lanes and of
every lane for 1600 px (pyramid), day windows (DuckDB: every lane's events overlapping one
day, on a fresh frame so nothing is cached; median and p95 over random days), an event with its
article and the article's events by id (a click), and a search for a common word.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_db import make  # noqa: E402

from db.archive.convert import convert  # noqa: E402
from db.opening import open_store  # noqa: E402
from db.store.frame import FrameQuery  # noqa: E402
from db.timekeys import DAY  # noqa: E402


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def run(events: int, seed: int, lanes: int, work: Path, days: int) -> dict:
    db = work / f"events-{events}-{seed}.db"
    if not db.exists():
        make(db, events, lanes, seed)
    out = work / f"dataset-{events}-{seed}"
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    manifest = convert(db, out)
    convert_s = time.perf_counter() - t
    t = time.perf_counter()
    store = open_store(out)
    frame = store.frame(FrameQuery())
    span = frame.span()
    open_s = time.perf_counter() - t
    assert span is not None
    edges = np.linspace(span[0], span[1], 1601)
    overview = []
    per_lane = []
    for _ in range(20):
        t = time.perf_counter()
        frame.histogram(None, edges)
        frame.coverage(None, edges)
        overview.append(time.perf_counter() - t)
        t = time.perf_counter()
        for lane in range(len(frame.lanes)):
            frame.histogram(lane, edges)
            frame.coverage(lane, edges)
        per_lane.append(time.perf_counter() - t)
    rng = np.random.default_rng(seed)
    windows, found = [], []
    for day in rng.integers(span[0] // DAY, span[1] // DAY, days).tolist():
        fresh = store.frame(FrameQuery(lanes=frame.lanes, start=span[0] - day, end=None))
        t0, t1 = day * DAY, (day + 1) * DAY
        t = time.perf_counter()
        n = sum(len(fresh.window(lane, t0, t1)) for lane in range(len(fresh.lanes)))
        windows.append(time.perf_counter() - t)
        found.append(n)
    one_lane = []
    for day in rng.integers(span[0] // DAY, span[1] // DAY, days).tolist():
        fresh = store.frame(FrameQuery(lanes=frame.lanes, start=span[0] - day - 1, end=None))
        t = time.perf_counter()
        fresh.window(0, day * DAY, (day + 1) * DAY)
        one_lane.append(time.perf_counter() - t)
    clicks = []  # an event and its article's events by id, as a click on the timeline asks
    for day in rng.integers(span[0] // DAY, span[1] // DAY, 10).tolist():
        part = frame.window(0, day * DAY, (day + 30) * DAY)
        if len(part):
            t = time.perf_counter()
            detail = store.event(int(part.ids[len(part) // 2]))
            if detail is not None and detail.article is not None:
                store.article_events(detail.article.id)
            clicks.append(time.perf_counter() - t)
    t = time.perf_counter()
    store.search("ceasefire")
    search_s = time.perf_counter() - t
    store.close()
    return {
        "events": events,
        "lanes": len(manifest["lanes"]),
        "long_events": manifest["counts"]["long"],
        "convert_s": round(convert_s, 2),
        "database_mb": round(size_of(db) / 1e6, 1),
        "dataset_mb": round(size_of(out) / 1e6, 1),
        "dataset_parts_mb": {
            name: round(size_of(out / name) / 1e6, 1)
            for name in ("events", "long", "pyramid", "search.sqlite", "articles.parquet")
        },
        "open_ms": ms(open_s),
        "overview_1600px_all_lanes_ms": ms(statistics.median(overview)),
        "overview_1600px_every_lane_ms": ms(statistics.median(per_lane)),
        "day_window_one_lane_ms_median": ms(statistics.median(one_lane)),
        "day_window_all_lanes_ms_median": ms(statistics.median(windows)),
        "day_window_all_lanes_ms_p95": ms(float(np.percentile(windows, 95))),
        "day_window_events_median": int(statistics.median(found)),
        "event_with_article_ms_median": ms(statistics.median(clicks)) if clicks else None,
        "search_common_word_ms": ms(search_s),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lanes", type=int, default=16)
    parser.add_argument("--days", type=int, default=30, help="day windows timed")
    parser.add_argument("--work", type=Path, help="where the database and dataset go")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(json.dumps(run(args.events, args.seed, args.lanes, work, args.days), indent=1))


if __name__ == "__main__":
    main()
