"""CPU time of an article import's write path, on one core: everything `import_articles` does
but reading, parsing and dating the files (event rows and their JSON, captions, articles, the
full-text index, story grouping, the new file's schema, the transaction).

    python bench/write_bench.py [--tbaq ../shared/data/tbaq] [--rounds 7] [--profile OUT.prof]

Each corpus (as bench/import_bench.py reads it: the Global Voices posts, TBAQ's texts) is read
and dated once; then `import_articles` runs --rounds times into a fresh database with those
results served from memory. Prints milliseconds an article, median and best of the rounds (CPU
time, time.process_time), and the JSON of the figures on the last line. --profile writes a
cProfile (CPU time) of the last round of the last corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench import globalvoices_files, tbaq_files  # noqa: E402

import db.ingest.article_import as article_import  # noqa: E402


def bench(items: list, rounds: int, scratch: Path, profile: Path | None) -> dict:
    read, dated_sentences = article_import.read_article, article_import._dated_sentences
    articles = {item.path: read(item) for item in items}
    dated = {
        (text, a.published, a.language): dated_sentences(text, a.published, a.language)
        for a in articles.values()
        for text in (a.body, *(c.text for c in a.captions))
    }
    article_import.read_article = lambda item, **_: articles[item.path]  # type: ignore[assignment]
    article_import._dated_sentences = lambda *key: dated[key]  # type: ignore[assignment]
    try:
        seconds = []
        for at in range(rounds):
            path = scratch / f"write-{time.perf_counter_ns()}.db"
            profiler = cProfile.Profile(time.process_time) if profile and at == rounds - 1 else None
            if profiler:
                profiler.enable()
            started = time.process_time()
            report = article_import.import_articles(path, items)
            seconds.append(time.process_time() - started)
            if profiler:
                profiler.disable()
                profiler.dump_stats(profile)
            path.unlink()
    finally:
        article_import.read_article, article_import._dated_sentences = read, dated_sentences
    if profile:  # the profiled round is slower: leave it out of the figures
        seconds = seconds[:-1] or seconds
    n = report.imported
    return {
        "articles": n,
        "events": report.events,
        "write_ms_per_article_median": round(statistics.median(seconds) * 1000 / n, 3),
        "write_ms_per_article_best": round(min(seconds) * 1000 / n, 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tbaq", type=Path, default=ROOT.parent / "shared" / "data" / "tbaq")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--profile", type=Path, help="write a CPU-time cProfile of the last round")
    args = ap.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        (scratch / "gv").mkdir()
        corpora = {"globalvoices": globalvoices_files(scratch / "gv")}
        if args.tbaq.exists():
            (scratch / "tbaq").mkdir()
            corpora["tbaq"] = tbaq_files(args.tbaq, scratch / "tbaq")
        for name, items in corpora.items():
            last = name == list(corpora)[-1]
            results[name] = bench(items, args.rounds, scratch, args.profile if last else None)
    print("| corpus | articles | events | write path ms an article (CPU), median (best) |")
    print("|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['articles']} | {r['events']} | "
            f"{r['write_ms_per_article_median']} ({r['write_ms_per_article_best']}) |"
        )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
