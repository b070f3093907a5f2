"""Precision and recall of story grouping (db/ingest/stories.py) at several thresholds.

    python bench/story_eval.py

The pairs are in bench/story_pairs.py: sentences of two articles dated to the same day, labelled
same happening or not (own pairs written for this, and real pairs of the demo's Global Voices
posts). Each scorer gives a pair 0..100; a pair is grouped when its score reaches the threshold.
Scorers compared:
- grouping: what the import uses (`db.ingest.stories.similarity`: rapidfuzz token_sort_ratio,
  word order ignored, every word counts; grouped from `stories.THRESHOLD`);
- token_set: rapidfuzz.fuzz.token_set_ratio (the words only one sentence has do not count: 100
  when one sentence's words are a subset of the other's);
- token_set_6: token_set_ratio, 0 unless the sentences share six distinct words (the subset
  guard: "Protesters, 25 January." is inside many a sentence of that day);
- mean: the mean of token_set_ratio and token_sort_ratio;
- jaccard: 100 x the Jaccard index of the word sets, which MinHash (datasketch) estimates; with
  the per-date blocking there are a few dozen candidates per event, so the exact value is cheap
  and MinHash's speed (and its LSH index) buys nothing here, only estimation noise.
The last line printed is the JSON of the figures.
"""

from __future__ import annotations

import datetime
import json
import random
import sqlite3
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402
from story_pairs import DEMO, OWN  # noqa: E402

from db.ingest import stories  # noqa: E402
from db.ingest.events import event_row  # noqa: E402
from db.ingest.importers import ArticleFile, import_articles  # noqa: E402
from db.ingest.writing import insert_row, insert_rows  # noqa: E402
from db.schema import open_for_writing  # noqa: E402

GV_TAR = ROOT / "resources/demo/globalvoices-arab-spring/globalvoices-arab-spring.tar.gz"
THRESHOLDS = (50, 55, 60, 65, 70, 75, 80, 85, 90, 95)

Pair = tuple[str, str, bool]


def _shared(a: str, b: str) -> int:
    return len(set(default_process(a).split()) & set(default_process(b).split()))


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(default_process(a).split()), set(default_process(b).split())
    return 100.0 * len(wa & wb) / max(len(wa | wb), 1)


SCORERS: dict[str, Callable[[str, str], float]] = {
    "grouping": lambda a, b: stories.similarity(stories.Sentence(a), stories.Sentence(b)),
    "token_set": lambda a, b: fuzz.token_set_ratio(a, b, processor=default_process),
    "token_set_6": lambda a, b: (
        fuzz.token_set_ratio(a, b, processor=default_process) if _shared(a, b) >= 6 else 0.0
    ),
    "mean": lambda a, b: (
        (
            fuzz.token_set_ratio(a, b, processor=default_process)
            + fuzz.token_sort_ratio(a, b, processor=default_process)
        )
        / 2
    ),
    "jaccard": _jaccard,
}


def demo_pairs() -> list[Pair]:
    """The DEMO pairs' sentences, as the importer stores them (events.text)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch, "gv")
        with tarfile.open(GV_TAR) as tar:
            tar.extractall(folder, filter="data")
        files = [  # language and publication date from the folders, as db/demo.py reads them
            ArticleFile(
                path,
                published=datetime.date.fromisoformat(path.parent.name),
                language=path.relative_to(folder).parts[0],
            )
            for path in sorted(folder.glob("*/*/*/*.txt"))
        ]
        import_articles(Path(scratch, "gv.db"), files)
        conn = sqlite3.connect(Path(scratch, "gv.db"))
        rows = conn.execute(
            "SELECT a.origin, e.text FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.kind = 'sentence' ORDER BY e.id"
        ).fetchall()
        conn.close()

    def find(origin: str, start: str) -> str:
        for path, text in rows:
            if origin in path and " ".join(text.split()).startswith(start):  # NBSP too
                return text
        raise LookupError(f"no sentence {start!r} in {origin}")

    return [(find(oa, sa), find(ob, sb), same) for oa, sa, ob, sb, same in DEMO]


def figures(pairs: list[Pair], score: Callable[[str, str], float]) -> dict[int, dict]:
    scored = [(score(a, b), same) for a, b, same in pairs]
    out = {}
    for t in THRESHOLDS:
        tp = sum(1 for s, same in scored if s >= t and same)
        fp = sum(1 for s, same in scored if s >= t and not same)
        fn = sum(1 for s, same in scored if s < t and same)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        out[t] = {"precision": round(precision, 3), "recall": round(recall, 3), "fp": fp}
    return out


BUSY_WORDS = (
    "the army rebels town province said on monday killed people attack forces government city "
    "protest minister talks aid border police strike bomb market officials report"
).split()


def busy_date(n: int) -> tuple[float, int]:
    """Seconds `group_stories` takes for `n` sentence events of `n` articles on one day (the
    worst case of the per-date blocking: every pair of that day is compared), and how many it
    grouped. Sentences of 12-30 words from a small vocabulary, so many pairs come near."""
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as scratch:
        db = open_for_writing(Path(scratch, "busy.db"))
        ids = []
        with db.atomic():
            for a in range(n):
                row = {"headline": f"h{a}", "body": "", "content_hash": f"c{a}"}
                ids.append(insert_row(db, "articles", row))
                text = " ".join(rng.choice(BUSY_WORDS) for _ in range(rng.randint(12, 30)))
                event = event_row(
                    title=text[:40], start="2019-12-22", end=None, precision="day",
                    lane="x", kind="sentence", text=text, article_id=ids[-1],
                )  # fmt: skip
                insert_rows(db, "events", [event])
            began = time.perf_counter()
            grouped = stories.group_stories(db, ids)
            seconds = time.perf_counter() - began
        db.close()
    return seconds, grouped


def main() -> None:
    own = [(a, b, same) for a, b, same in OWN]
    demo = demo_pairs()
    sets = {"own": own, "demo": demo, "all": own + demo}
    print(
        f"pairs: own {len(own)} ({sum(p[2] for p in own)} same), "
        f"demo {len(demo)} ({sum(p[2] for p in demo)} same)"
    )
    result: dict = {"pairs": {k: len(v) for k, v in sets.items()}, "scorers": {}}
    for name, score in SCORERS.items():
        result["scorers"][name] = {k: figures(v, score) for k, v in sets.items()}
        print(f"\n{name}: precision / recall (false positives) per threshold")
        print("| threshold | " + " | ".join(sets) + " |")
        print("|---|" + "---|" * len(sets))
        for t in THRESHOLDS:
            cells = []
            for k in sets:
                f = result["scorers"][name][k][t]
                cells.append(f"{f['precision']:.2f} / {f['recall']:.2f} ({f['fp']})")
            print(f"| {t} | " + " | ".join(cells) + " |")
    a, b = stories.Sentence(OWN[0][0]), stories.Sentence(OWN[0][1])
    n = 20000
    began = time.perf_counter()
    for _ in range(n):
        stories.similarity(a, b)
    per_s = n / (time.perf_counter() - began)
    result["grouping_pairs_per_s"] = round(per_s)
    print(f"\ngrouping similarity: {per_s:,.0f} pairs/s (prepared sentences, one by one)")
    for n in (300, 1000, 3000):
        seconds, grouped = busy_date(n)
        result[f"busy_date_{n}_s"] = round(seconds, 3)
        print(f"{n} events on one day: grouped in {seconds:.2f} s ({grouped} joined a story)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
