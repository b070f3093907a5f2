"""Time full-text search on a database or a dataset, as the viewer runs it: the first page (the
best 50 hits with snippets), then the marks (every hit's id), and both at once (what one search
call costs, as the viewer ran it before the halves).

    python bench/search_bench.py DB [--repeat 9] [--word WORD ...]

Prints one JSON object: per query the median milliseconds of each and the numbers found.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.opening import open_store  # noqa: E402

# Common words as typed (a prefix, two words), and a rare phrase.
WORDS = ("minister", "refug", "ceasefire talks", '"oil pipeline port"')
FIRST_PAGE, MARKS = 50, 50_000


def _median_ms(call, repeat: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = call()
        samples.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(samples), 1), result


def run(path: Path, words: tuple[str, ...], repeat: int) -> dict:
    store = open_store(path)
    out: dict = {"db": str(path), "repeat": repeat, "queries": {}}
    try:
        for word in words:
            store.search(word, FIRST_PAGE, 0)  # warm the page cache once
            first_ms, first = _median_ms(lambda w=word: store.search(w, FIRST_PAGE, 0), repeat)
            marks_ms, marks = _median_ms(lambda w=word: store.search(w, 0, MARKS), repeat)
            both_ms, both = _median_ms(lambda w=word: store.search(w), repeat)
            out["queries"][word] = {
                "first_page_ms": first_ms,
                "marks_ms": marks_ms,
                "one_call_ms": both_ms,
                "shown": len(first.hits),  # type: ignore[attr-defined]
                "marked": len(marks.marked),  # type: ignore[attr-defined]
                "one_call_hits": len(both.hits),  # type: ignore[attr-defined]
            }
    finally:
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--word", action="append", help="a query (repeatable)")
    args = parser.parse_args()
    print(json.dumps(run(args.db, tuple(args.word or WORDS), args.repeat)))


if __name__ == "__main__":
    main()
