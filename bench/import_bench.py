"""Articles per second for importing with date extraction, on one core.

    python bench/import_bench.py [--tbaq ../shared/data/tbaq] [--rounds 3]

Corpora:
- sample: resources/demo/sample/*.txt (the Press TV article, DCT 2019-12-23, English);
- globalvoices: the resources/demo/globalvoices-arab-spring posts (es/fr/it; date and language
  from their folders, as db/demo.py reads them);
- tbaq: the raw texts of the 256 TimeBank/AQUAINT documents (tags stripped, DCT from each file),
  written out as .txt files: "seed-sized" English news of about 2 kB.

(a) extract: read + parse each file (db.ingest.articles.read_article_file) and date its body and
    captions with db.dates.dated_sentences, whatever the language (the importer skips date finding
    for languages other than English; this times the extractor on every text);
(b) import: db.ingest.importers.import_articles into a fresh temporary database (language gating,
    events, captions, one transaction), as the application does it.

Best of --rounds, single process, in wall and CPU seconds (time.process_time: what to compare on
a shared machine). The last line printed is the JSON of the figures.

    python bench/import_bench.py --engine dask --workers 1,2 [--articles 2000] [--batch-size 50]

(c) on Dask: --articles files (the TBAQ texts over and over, each copy told apart by a line of
    its own, so each is a new article; the sample article's variations when TBAQ is missing) are
    imported into a fresh dataset folder by db.cluster.run.import_dataset on a LocalCluster of
    each --workers count, each import in a fresh process of its own (as the command runs: no
    cluster starts warm from another's), and into a database by import_articles (one process)
    for comparison. End to end is the call of import_dataset: the cluster's start and stop, the
    hashing, the map and the compaction included (the Python process's own start and imports
    not). Printed: articles a second end to end and over the map alone (from the first batch
    sent to the last one done: a LocalCluster's inputs are hashed by the client while the
    cluster starts); the seconds of each phase, the serial ones (only the client works in them:
    a second worker cannot shorten them) marked and summed; the workers' compute
    seconds by task kind (tasks, summed, the longest: the compaction's critical path); the
    client's own CPU seconds (a LocalCluster's scheduler runs in the client's process); the
    1-minute load average at each import's start and end. On a shared machine the phases and
    the serial sum say more than the speed-up: the load stretches every phase's wall time.

    python bench/import_bench.py --engine dask --scheduler tcp://HOST:8786 [--articles 1000]

(d) the same on a running cluster (`dask scheduler`, `dask worker`s; the scratch folder must be
    on a filesystem the workers share): one run, named by the workers the scheduler has.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from db.dates import dated_sentences  # noqa: E402
from db.ingest.articles import read_article_file  # noqa: E402
from db.ingest.importers import ArticleFile, import_articles  # noqa: E402

DEMO = ROOT / "resources" / "demo"


def sample_files() -> list[ArticleFile]:
    return [
        ArticleFile(p, published=dt.date(2019, 12, 23), language="en")
        for p in sorted((DEMO / "sample").glob("*.txt"))
    ]


def globalvoices_files(scratch: Path) -> list[ArticleFile]:
    with tarfile.open(DEMO / "globalvoices-arab-spring" / "globalvoices-arab-spring.tar.gz") as t:
        t.extractall(scratch, filter="data")
    items = []
    for path in sorted(scratch.glob("*/*/*/*.txt")):
        language, _topic, day = path.relative_to(scratch).parts[:3]
        items.append(ArticleFile(path, published=dt.date.fromisoformat(day), language=language))
    return items


def tbaq_files(tbaq: Path, scratch: Path) -> list[ArticleFile]:
    from timex_eval import load_tml

    items = []
    for tml in sorted(tbaq.rglob("*.tml")):
        doc = load_tml(tml)
        path = scratch / (tml.stem + ".txt")
        path.write_text(doc.text.strip() + "\n", encoding="utf-8")
        items.append(ArticleFile(path, published=doc.dct, language="en"))
    return items


def extract(items: list[ArticleFile]) -> tuple[int, int, int]:
    """Read, parse and date every file: (articles, dated sentences, characters)."""
    n = dated = chars = 0
    for item in items:
        article = read_article_file(item.path, published=item.published, language=item.language)
        n += 1
        chars += len(article.body)
        dated += len(dated_sentences(article.body, article.published))
        for caption in article.captions:
            dated += len(dated_sentences(caption.text, article.published))
    return n, dated, chars


def best_of(rounds: int, fn) -> tuple[float, float, object]:
    """Best wall and best CPU seconds (this process) of `rounds` calls, and the last result.

    CPU time (time.process_time) is what to compare on a shared machine: other jobs on the
    same cores stretch the wall time but not this process's own CPU time."""
    best = best_cpu = float("inf")
    out = None
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        best_cpu = min(best_cpu, time.process_time() - c)
        best = min(best, time.perf_counter() - t)
    return best, best_cpu, out


def bench(name: str, items: list[ArticleFile], rounds: int, scratch: Path) -> dict:
    secs, cpu, (n, dated, chars) = best_of(rounds, lambda: extract(items))  # type: ignore[misc]

    def full() -> object:
        db = scratch / f"{name}-{time.perf_counter_ns()}.db"
        report = import_articles(db, items)
        db.unlink()
        return report

    import_secs, import_cpu, report = best_of(rounds, full)
    return {
        "articles": n,
        "avg_chars": round(chars / max(n, 1)),
        "dated_sentences": dated,
        "extract_s": round(secs, 4),
        "extract_articles_per_s": round(n / secs, 1),
        "extract_ms_per_2kB": round(secs * 1000 / max(chars / 2000, 1e-9), 3),
        "extract_cpu_s": round(cpu, 4),
        "extract_cpu_articles_per_s": round(n / cpu, 1),
        "import_s": round(import_secs, 4),
        "import_articles_per_s": round(report.imported / import_secs, 1),  # type: ignore[union-attr]
        "import_cpu_s": round(import_cpu, 4),
        "import_cpu_articles_per_s": round(report.imported / import_cpu, 1),  # type: ignore[union-attr]
        "import_events": report.events,  # type: ignore[union-attr]
        "import_failed": len(report.failed),  # type: ignore[union-attr]
    }


DASK_DCT = dt.date(1998, 3, 1)  # one publication date for every copy (TBAQ's are 1989-1998)


def many_articles(tbaq: Path, scratch: Path, n: int) -> list[Path]:
    """n distinct article files of TBAQ's texts (or the sample's)."""
    if tbaq.exists():
        texts = [f.path.read_text("utf-8") for f in tbaq_files(tbaq, scratch / "tbaq")]
    else:
        texts = [p.path.read_text("utf-8") for p in sample_files()]
    out = scratch / "many"
    out.mkdir()
    paths = []
    for i in range(n):
        path = out / f"article-{i:06d}.txt"
        path.write_text(f"{texts[i % len(texts)]}\nCopy {i}.\n", "utf-8")
        paths.append(path)
    return paths


def cluster_workers(address: str) -> int:
    """The workers the scheduler at `address` has now."""
    from distributed import Client

    with Client(address, timeout="10s") as client:
        return len(client.scheduler_info()["workers"])


# The phases of an import, in order (db.cluster.run.Report.seconds): the start (until the
# workers got their first batch: a LocalCluster starts while the client hashes the inputs and
# plans the batches), the map (from the first batch sent to the last one done), the compaction
# (the client's plan with DuckDB, the tasks sent, the wait for the partitions, the catalog, the
# pyramid by source and the records by id while the sidecar's tasks still run, the wait for
# them, their pieces joined), the manifest, and the cluster's stop. "cluster" (its start) and
# "plan" (the hashing and planning) overlap the start: shown, not summed.
PHASES = ["start", "map", "compact_stage", "compact_jobs", "compact_wait", "compact_catalog",
          "compact_by_source", "compact_id_index", "compact_sidecar_wait",
          "compact_sidecar_join", "compact_search_records", "manifest", "close"]  # fmt: skip
# Of these, the phases only the client works in: what a second worker cannot shorten.
SERIAL = ["start", "compact_stage", "compact_jobs", "compact_catalog", "compact_by_source",
          "compact_id_index", "compact_sidecar_join", "compact_search_records", "manifest",
          "close"]  # fmt: skip
# The client's steps done while the sidecar's tasks still run: not serial when the client then
# still waited for those tasks (compact_sidecar_wait), counted otherwise.
OVERLAPPED = ["compact_catalog", "compact_by_source", "compact_id_index"]


def serial_seconds(phases: dict[str, float]) -> float:
    hidden = phases.get("compact_sidecar_wait", 0.0) > 0.01
    return sum(phases.get(k, 0.0) for k in SERIAL if not (hidden and k in OVERLAPPED))


def dask_run(paths: list[Path], out: Path, workers: int | None, args: argparse.Namespace) -> dict:
    """One import into the fresh dataset `out`: end to end is the call of import_dataset, the
    cluster's start and stop included (this process's start and its own imports are not)."""
    from db.cluster.run import Options, import_dataset

    options = Options(
        published=DASK_DCT, workers=workers, batch_size=args.batch_size, scheduler=args.scheduler
    )
    load = os.getloadavg()[0]
    started, cpu = time.perf_counter(), time.process_time()
    report = import_dataset(out, paths, options=options)
    secs = time.perf_counter() - started
    phases = dict(report.seconds)
    phases["manifest"] = phases.pop("compact") - sum(
        v for k, v in phases.items() if k.startswith("compact_")
    )
    return {
        "load": [round(load, 2), round(os.getloadavg()[0], 2)],  # 1-minute, at start and end
        # the client's own CPU seconds (scheduler thread included for a LocalCluster)
        "client_cpu_s": round(time.process_time() - cpu, 2),
        "articles": report.imported, "events": report.events, "seconds": round(secs, 2),
        "articles_per_s": round(report.imported / secs, 1),
        "map_articles_per_s": round(report.imported / report.seconds["map"], 1),
        "phases_s": {k: round(phases.get(k, 0.0), 3) for k in ["cluster", "plan", *PHASES]},
        "serial_s": round(serial_seconds(phases), 2),
        # the workers' compute seconds by task kind: tasks, summed, longest
        "tasks": {k: [n, round(a, 2), round(b, 2)] for k, (n, a, b) in report.tasks.items()},
        **{f"{k}_cpu_s": round(v, 2) for k, v in report.cpu.items()},
    }  # fmt: skip


def dask_bench(args: argparse.Namespace) -> int:
    if args.one_run:  # a child of the run below: one import, its figures as JSON
        paths = sorted((args.one_run / "many").glob("*.txt"))
        workers = int(args.workers) if not args.scheduler else None
        print(json.dumps(dask_run(paths, args.one_run / f"dataset-{args.workers}", workers, args)))
        return 0
    results: dict[str, dict] = {}
    print(f"load average at the start {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        (scratch / "tbaq").mkdir()
        paths = many_articles(args.tbaq, scratch, args.articles)
        if not args.no_database:
            started = time.perf_counter()
            report = import_articles(scratch / "one.db", paths, published=DASK_DCT)
            secs = time.perf_counter() - started
            results["sqlite"] = {
                "articles": report.imported, "events": report.events, "seconds": round(secs, 2),
                "articles_per_s": round(report.imported / secs, 1),
            }  # fmt: skip
        runs = [(f"dask-{w}", w) for w in args.workers.split(",")]
        if args.scheduler:
            runs = [(f"dask-scheduler-{cluster_workers(args.scheduler)}", "0")]
        for name, workers in runs:
            # Each import in a process of its own, as the command runs: none starts its
            # cluster warm from another's (the fork server, imports, caches).
            child = [sys.executable, __file__, "--engine", "dask", "--one-run", str(scratch),
                     "--workers", workers, "--batch-size", str(args.batch_size)]  # fmt: skip
            if args.scheduler:
                child += ["--scheduler", args.scheduler]
            done = subprocess.run(child, capture_output=True, text=True)
            if done.returncode:
                sys.stderr.write(done.stderr[-5000:])
                raise SystemExit(f"the {name} import failed")
            results[name] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    _dask_tables(results)
    print(json.dumps(results))
    return 0


def _dask_tables(results: dict[str, dict]) -> None:
    """Articles a second end to end and over the map; each phase's seconds, the serial ones
    (the client's alone) summed; the workers' compute seconds by task kind."""
    runs = {n: r for n, r in results.items() if n != "sqlite"}
    if "sqlite" in results:
        r = results["sqlite"]
        print(f"database, one process: {r['articles_per_s']} articles/s ({r['seconds']} s)")
    print("| engine (load start-end) | articles | events | end to end s | articles/s end to end "
          "| map articles/s | serial s (client only) | client CPU s |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for name, r in runs.items():
        print(
            f"| {name} ({r['load'][0]}-{r['load'][1]}) | {r['articles']} | {r['events']} | "
            f"{r['seconds']} | {r['articles_per_s']} | {r['map_articles_per_s']} | "
            f"{r['serial_s']} | {r['client_cpu_s']} |"
        )
    names = list(runs)
    if len(names) >= 2:
        one, two = runs[names[0]], runs[names[-1]]
        print(
            f"{names[-1]} / {names[0]}: end to end {one['seconds'] / two['seconds']:.2f}x, "
            f"map {one['phases_s']['map'] / two['phases_s']['map']:.2f}x"
        )
    print("| phase s | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for phase in ["cluster", "plan", *PHASES]:
        mark = " (serial)" if phase in SERIAL else ""
        mark = " (serial unless overlapped)" if phase in OVERLAPPED else mark
        print(f"| {phase}{mark} | " + " | ".join(str(runs[n]["phases_s"][phase]) for n in names)
              + " |")  # fmt: skip
    kinds = sorted({k for r in runs.values() for k in r["tasks"]})
    print("| worker task: n, s summed, longest | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for kind in kinds:
        cells = [runs[n]["tasks"].get(kind, "-") for n in names]
        print(f"| {kind} | " + " | ".join(
            "-" if c == "-" else f"{c[0]}, {c[1]}, {c[2]}" for c in cells) + " |")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tbaq", type=Path, default=ROOT.parent / "shared" / "data" / "tbaq")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--engine", choices=["dask"], help="time the import on Dask instead")
    ap.add_argument("--workers", default="1,2", help="worker counts to time (--engine dask)")
    ap.add_argument("--articles", type=int, default=2000, help="articles (--engine dask)")
    ap.add_argument("--batch-size", type=int, default=50, help="articles a task (--engine dask)")
    ap.add_argument(
        "--no-database", action="store_true",
        help="skip the one-process database import (--engine dask)",
    )  # fmt: skip
    ap.add_argument("--one-run", type=Path, help=argparse.SUPPRESS)  # dask_bench's child
    ap.add_argument(
        "--scheduler", metavar="tcp://HOST:8786",
        help="time one run on this running cluster instead of LocalClusters (--engine dask)",
    )  # fmt: skip
    args = ap.parse_args(argv)
    if args.engine == "dask":
        return dask_bench(args)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        corpora = {"sample": sample_files()}
        (scratch / "gv").mkdir()
        corpora["globalvoices"] = globalvoices_files(scratch / "gv")
        if args.tbaq.exists():
            (scratch / "tbaq").mkdir()
            corpora["tbaq"] = tbaq_files(args.tbaq, scratch / "tbaq")
        for name, items in corpora.items():
            results[name] = bench(name, items, args.rounds, scratch)
    print(
        "| corpus | articles | avg chars | extract art/s (CPU) | ms per 2 kB | import art/s (CPU) |"
    )
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['articles']} | {r['avg_chars']} | {r['extract_articles_per_s']} "
            f"({r['extract_cpu_articles_per_s']}) | {r['extract_ms_per_2kB']} | "
            f"{r['import_articles_per_s']} ({r['import_cpu_articles_per_s']}) |"
        )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
