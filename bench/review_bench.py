"""What reviews cost on read: loading the index of a timeline database with and without a
reviews table, and one review change written and read back (reopen, as the viewer does).

    python bench/review_bench.py DB [--reviews 10000] [--write-only]

DB is copied first (bench/make_db.py makes one); the copy gets `--reviews` review rows on
random events (a third date corrections, a third accepted, a third rejected). Prints the figures
as JSON on the last line. `--write-only` writes them into DB itself (a copy of one) and stops:
a reviewed file for bench/viewer_bench.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.review.state import DateValue  # noqa: E402
from db.review.writer import ReviewWriter, now  # noqa: E402
from db.store.frame import FrameQuery  # noqa: E402
from db.store.timeline import TimelineStore  # noqa: E402
from db.timekeys import iso_of  # noqa: E402

SHOWN = frozenset({"unreviewed", "accepted", "corrected"})


def load(path: Path) -> tuple[float, float, int]:
    """Seconds to open and load the index, seconds for the default-filtered frame, its size."""
    t = time.perf_counter()
    store = TimelineStore.open(path)
    store.frame(FrameQuery())
    loaded = time.perf_counter() - t
    t = time.perf_counter()
    shown = store.frame(FrameQuery(review=SHOWN))
    filtered = time.perf_counter() - t
    store.close()
    return loaded, filtered, len(shown)


def write_reviews(path: Path, ids: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    """Write `n` review rows on random events of `ids` (starting at `starts`) through the review
    writer, in one transaction: a third dates corrected three days earlier, a third accepted,
    a third rejected. Returns the positions picked."""
    rng = np.random.default_rng(1)
    picked = rng.choice(len(ids), size=min(n, len(ids)), replace=False)
    with ReviewWriter(path, "bench") as writer:

        def write_all() -> None:
            for i, pos in enumerate(picked.tolist()):
                event_id = int(ids[pos])
                if i % 3 == 0:
                    new = DateValue(iso_of(int(starts[pos]) - 86_400 * 3)).to_json()
                    writer.insert_row(None, event_id, "date", None, new, "bench", now(), None)
                else:
                    verdict = "accepted" if i % 3 == 1 else "rejected"
                    action = "accept" if verdict == "accepted" else "reject"
                    writer.insert_row(None, event_id, action, None, verdict, "bench", now(), None)

        writer.transaction(write_all)
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--reviews", type=int, default=10_000)
    parser.add_argument(
        "--write-only", action="store_true",
        help="write the reviews into DB itself (a copy: bench/viewer_bench.py times it) and stop",
    )  # fmt: skip
    args = parser.parse_args()
    if args.write_only:
        store = TimelineStore.open(args.db)
        index = store.load_index()
        store.close()
        print(json.dumps({"reviews": len(write_reviews(args.db, index.ids, index.start,
                                                       args.reviews))}))  # fmt: skip
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        shutil.copy(args.db, path)
        before = load(path)
        store = TimelineStore.open(path)
        index = store.load_index()
        store.close()
        picked = write_reviews(path, index.ids, index.start, args.reviews)
        with ReviewWriter(path, "bench") as writer:
            t = time.perf_counter()
            writer.accept(int(index.ids[0]))
            one_change = time.perf_counter() - t
        after = load(path)
    print(json.dumps({
        "events": len(index), "reviews": len(picked),
        "load_s_without": round(before[0], 3), "load_s_with": round(after[0], 3),
        "frame_s_without": round(before[1], 4), "frame_s_with": round(after[1], 4),
        "shown_with": after[2], "one_change_write_s": round(one_change, 4),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
