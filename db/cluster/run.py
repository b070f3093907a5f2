"""The client of an import on Dask: which inputs are new, their batches mapped over the cluster
(a `distributed.LocalCluster` on 127.0.0.1, or the scheduler given), each batch recorded as it
is done, then the dataset compacted from every batch done.

Re-running skips the inputs already in the dataset (their SHA-256 is in the parts manifest) and
inputs met twice; a batch that raises, or whose worker dies, is run again by Dask (`retries`);
a killed import keeps the batches it recorded and the next run does only the rest.
"""

from __future__ import annotations

import datetime
import importlib
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.archive import dataset as ds
from db.errors import TimelineError
from db.formats.reading import replace_surrogates, shown
from db.ingest.mapping import EventMapping

from .batch import ARTICLES, TABLE, BatchResult, BatchSpec, import_batch
from .compact import Gathered, Submit, compact
from .parts import PARTS, PartsManifest, file_hashes

BATCH_SIZE = 50  # articles a task: Dask's few milliseconds a task are lost in a batch's work
RETRIES = 2
# What a dataset folder made by an import may hold (anything else: not ours to write into).
OURS = {
    ds.MANIFEST, ds.SEARCH, ds.CATALOG, ds.ARTICLES, ds.CAPTIONS, ds.PYRAMID, "events", "long",
    PARTS,
}  # fmt: skip

# progress(stage, done, to do, events so far): stage "import" counts files, "compact" batches
# (0 of N when it starts).
Progress = Callable[[str, int, int, int], None]


class ClusterImportError(TimelineError):
    """The dataset folder or the cluster cannot take this import."""


@dataclass
class Options:
    published: datetime.date | None = None
    source: str | None = None
    lane: str | None = None
    language: str | None = None
    mapping: EventMapping | None = None
    batch_size: int = BATCH_SIZE
    workers: int | None = None  # of the LocalCluster (default: one a core)
    scheduler: str | None = None  # a running scheduler's address instead
    retries: int = RETRIES


@dataclass
class Report:
    imported: int = 0
    skipped_duplicates: int = 0  # inputs met twice, articles already imported
    already: int = 0  # inputs already in the dataset
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    batches: int = 0  # batches run now
    manifest: dict[str, Any] | None = None  # the dataset's, when it was written now
    seconds: dict[str, float] = field(default_factory=dict)  # plan, cluster, map, compact
    cpu: dict[str, float] = field(default_factory=dict)  # the client's CPU seconds in each
    # The workers' seconds computing, by task kind (hash, import, search-events, year, ...):
    # (tasks, their seconds summed, the longest); what a benchmark reads the serial part from.
    tasks: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    # The paths as given, by the absolute paths the workers read (failures are told by these).
    given: dict[str, str] = field(default_factory=dict, repr=False)

    def summary(self) -> str:
        return (
            f"imported {self.imported}, skipped {self.skipped_duplicates} duplicates, "
            f"{self.already} already in the dataset, failed {len(self.failed)}, "
            f"events {self.events}"
        )


def import_dataset(
    out: str | Path,
    articles: Sequence[Path],
    tables: Sequence[Path] = (),
    options: Options | None = None,
    progress: Progress | None = None,
) -> Report:
    """Import article files and events tables into the dataset folder `out` (new, or made by
    an earlier import) on Dask; see the module's docstring."""
    options = options or Options()
    out = Path(os.path.abspath(out))
    _check_folder(out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        parts = PartsManifest(out)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ClusterImportError(f"cannot read the parts manifest of {shown(out)}: {exc}") from exc
    parts.remove_leftovers()
    report = Report()
    with _cluster(options, report) as client:
        results = _run(client, out, parts, articles, tables, options, report, progress)
        if _holding(parts) and not _is_current(out, parts):
            started, cpu = time.perf_counter(), time.process_time()
            if progress:
                progress("compact", 0, len(parts.done), report.events)
            report.manifest, left_out = compact(
                out,
                parts,
                new={b: r.narrow for b, r in results.items()},
                submit=_submitter(client, options),
                seconds=report.seconds,
            )
            # Already imported, found out only now that every batch's rows meet: duplicates.
            report.imported -= left_out.articles + left_out.records
            report.skipped_duplicates += left_out.articles + left_out.records
            report.events -= left_out.events
            ds.write_manifest(out, report.manifest)  # last: the dataset is complete
            report.seconds["compact"] = time.perf_counter() - started
            report.cpu["compact"] = time.process_time() - cpu
    return report


@contextmanager
def _cluster(options: Options, report: Report) -> Iterator[Any]:
    """The client of the import's cluster, its workers ready to import."""
    started, cpu = time.perf_counter(), time.process_time()
    with dask_client(options.scheduler, options.workers) as client:
        # Each worker imports the importers (the date finder's rules, Babel's names) once, here,
        # so that the progress bar's rate and ETA are those of the work.
        try:
            client.run(importlib.import_module, "db.cluster.batch")
        except ImportError as exc:
            raise ClusterImportError(
                f"the Dask workers cannot import timeline-viewer ({exc}): install it where they run"
            ) from exc
        report.seconds["cluster"] = time.perf_counter() - started
        report.cpu["cluster"] = time.process_time() - cpu
        client.get_task_stream(count=0)  # the scheduler records its tasks from now on
        recorded = time.time()  # (the scheduler's clock: the same machine's, or close to it)
        yield client
        report.tasks = _task_kinds(client.get_task_stream(start=recorded))
        closing = time.perf_counter()
    report.seconds["close"] = time.perf_counter() - closing


def _task_kinds(stream: list[dict[str, Any]]) -> dict[str, tuple[int, float, float]]:
    """The task stream's compute seconds by kind: keys are timeline-KIND-TOKEN-..., compaction's
    timeline-compact-TOKEN-NAME-... (named by what they write)."""
    kinds: dict[str, list[float]] = {}
    for task in stream:
        words = str(task.get("key", "")).split("-")
        if len(words) < 3 or words[0] != "timeline":
            continue
        kind = (
            words[1]
            if words[1] != "compact"
            else "compact-" + "-".join(w for w in words[3:5] if not w.lstrip("-").isdigit())
        )
        seconds = sum(
            s["stop"] - s["start"] for s in task.get("startstops", ()) if s["action"] == "compute"
        )
        kinds.setdefault(kind, []).append(seconds)
    return {k: (len(v), sum(v), max(v)) for k, v in kinds.items()}


def _submitter(client: Any, options: Options) -> Submit:
    """compact's tasks as Dask futures (retried as the batches are)."""
    token = uuid.uuid4().hex[:8]

    def submit(tasks: list[tuple[Callable[[Any], Any], Any, str]]) -> Gathered:
        futures = [
            client.submit(fn, job, key=f"timeline-compact-{token}-{name}", retries=options.retries)
            for fn, job, name in tasks
        ]

        def wait() -> list[Any]:
            try:
                return client.gather(futures)
            except Exception as exc:  # noqa: BLE001 - after its retries: say which and why
                raise ClusterImportError(
                    f"compacting failed: {type(exc).__name__}: {exc} (the parts are kept: run "
                    "the import again)"
                ) from exc

        return Gathered(wait)

    return submit


def _check_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ClusterImportError(f"{shown(out)} is a file, not a folder.")
    if ds.is_dataset(out):
        made = ds.read_manifest(out).get("source", {})
        if made.get("engine") != "dask":
            raise ClusterImportError(
                f"{shown(out)} holds a dataset converted from a database "
                f"({made.get('name')}); import into an empty folder, or one an import made."
            )
    elif out.exists() and [p for p in out.iterdir() if p.name not in OURS]:
        raise ClusterImportError(
            f"{shown(out)} is a folder with other files in it and no dataset manifest; import "
            "into an empty folder."
        )


def _holding(parts: PartsManifest) -> list[int]:
    """The batches done that hold rows (a batch whose files all failed holds none)."""
    return sorted(b for b, done in parts.done.items() if any(done.rows.values()))


def _is_current(out: Path, parts: PartsManifest) -> bool:
    """The dataset holds every batch done that holds rows (else it is compacted now: new
    batches, or a killed import's)."""
    if not ds.is_dataset(out):
        return False
    return ds.read_manifest(out).get("source", {}).get("batches") == _holding(parts)


HASH_CHUNK = 500  # files a hashing task


class _Planner:
    """The batches of the inputs not yet in the dataset, as their hashes come back from the
    workers (in the inputs' order: the first of two copies is the one imported)."""

    def __init__(self, out: Path, parts: PartsManifest, options: Options, report: Report) -> None:
        self.out, self.options, self.report = out, options, report
        self.known = parts.known_hashes()
        self.seen: set[str] = set()
        self.number = parts.next_batch()
        self.pending: list[tuple[str, str | None]] = []
        self.source, self.lane, self.language = (
            replace_surrogates(v) if v else v
            for v in (options.source, options.lane, options.language)
        )

    def new(
        self, paths: Sequence[Path], hashes: Sequence[str | None]
    ) -> list[tuple[str, str | None]]:
        found = []
        for path, digest in zip(paths, hashes, strict=True):
            if digest in self.known:
                self.report.already += 1
                continue
            if digest is not None:
                if digest in self.seen:
                    self.report.skipped_duplicates += 1
                    continue
                self.seen.add(digest)
            absolute = os.path.abspath(path)
            self.report.given[shown(absolute)] = shown(path)
            found.append((absolute, digest))
        return found

    def articles(
        self, paths: Sequence[Path], hashes: Sequence[str | None], last: bool
    ) -> list[BatchSpec]:
        """Full batches of the new articles so far (and the rest, when `last`)."""
        self.pending += self.new(paths, hashes)
        size = max(1, self.options.batch_size)
        specs = []
        while len(self.pending) >= size or (last and self.pending):
            files, self.pending = self.pending[:size], self.pending[size:]
            specs.append(
                BatchSpec(self.number, str(self.out), ARTICLES, tuple(files),
                          published=self.options.published, source=self.source, lane=self.lane,
                          language=self.language)
            )  # fmt: skip
            self.number += 1
        return specs

    def tables(self, paths: Sequence[Path], hashes: Sequence[str | None]) -> list[BatchSpec]:
        specs = []
        for item in self.new(paths, hashes):
            specs.append(
                BatchSpec(self.number, str(self.out), TABLE, (item,), mapping=self.options.mapping)
            )
            self.number += 1
        return specs


@contextmanager
def dask_client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """A Client of the scheduler at `scheduler`, else of a LocalCluster of `workers` worker
    processes (one thread each: the work is Python, held by the GIL) on 127.0.0.1."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise ClusterImportError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}"
            ) from exc
        with client:
            yield client
        return
    with (
        _forked_workers(),
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # No dashboard, and the scheduler's HTTP routes on a free port of 127.0.0.1:
            # `dashboard_address=None` alone still binds :8787, which parallel imports share.
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


# Imported in the fork server: each worker starts with them.
PRELOADED = ["distributed", "db.cluster.batch", "db.cluster.partition", "db.cluster.sidecar"]


@contextmanager
def _forked_workers() -> Iterator[None]:
    """A LocalCluster's worker processes forked from a fork server that has imported Dask and
    the importers once (the date finder's rules, Babel's names, DuckDB, Arrow), rather than each
    spawned as a new interpreter importing them all again: the cluster starts and stops in a
    fraction of the time, on one core as on many (the serial part of an import). A single-
    threaded server is forked, never the client (whose threads run Dask's event loop)."""
    import multiprocessing

    import dask
    from distributed.utils import get_mp_context

    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        get_mp_context()  # Dask's own preload list, set once; ours replaces it
        multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOADED)
        yield


def _run(
    client: Any,
    out: Path,
    parts: PartsManifest,
    articles: Sequence[Path],
    tables: Sequence[Path],
    options: Options,
    report: Report,
    progress: Progress | None,
) -> dict[int, BatchResult]:
    """Hash the inputs on the cluster, map the batches of the new ones over it as their hashes
    come back; each batch is recorded in the parts manifest as it is done (a killed import
    keeps it)."""
    from distributed import as_completed

    token = uuid.uuid4().hex[:8]
    started, cpu = time.perf_counter(), time.process_time()
    planner = _Planner(out, parts, options, report)
    chunks = [
        ("articles", articles[i : i + HASH_CHUNK]) for i in range(0, len(articles), HASH_CHUNK)
    ]
    chunks += [("tables", tables[i : i + HASH_CHUNK]) for i in range(0, len(tables), HASH_CHUNK)]
    hashing = [
        client.submit(file_hashes, [os.path.abspath(p) for p in paths],
                      key=f"timeline-hash-{token}-{n}", retries=options.retries)
        for n, (_kind, paths) in enumerate(chunks)
    ]  # fmt: skip
    specs: list[BatchSpec] = []
    futures = []
    last_articles = max(
        (n for n, (kind, _p) in enumerate(chunks) if kind == "articles"), default=-1
    )
    for n, ((kind, paths), hashed) in enumerate(zip(chunks, hashing, strict=True)):
        hashes = hashed.result()
        if kind == "articles":
            made = planner.articles(paths, hashes, last=n == last_articles)
        else:
            made = planner.tables(paths, hashes)
        # Sent as soon as planned: the workers start while the rest is still being hashed.
        futures += client.map(
            import_batch, made, key=[f"timeline-import-{token}-{s.batch}" for s in made],
            retries=options.retries,
        )  # fmt: skip
        specs += made
    report.seconds["plan"] = time.perf_counter() - started
    report.cpu["plan"] = time.process_time() - cpu
    total = sum(len(s.files) for s in specs)
    done_files = 0
    results: dict[int, BatchResult] = {}
    spec_of = {f.key: s for f, s in zip(futures, specs, strict=True)}
    if progress and specs:
        progress("import", 0, total, 0)
    for future in as_completed(futures):
        spec = spec_of[future.key]
        try:
            result: BatchResult = future.result()
        except Exception as exc:  # noqa: BLE001 - after its retries: the batch's files fail
            reason = f"its batch failed: {type(exc).__name__}: {exc}"
            report.failed += [
                (report.given.get(shown(path), shown(path)), reason) for path, _h in spec.files
            ]
        else:
            parts.record(result.done)
            results[spec.batch] = result
            report.imported += result.done.imported
            report.skipped_duplicates += result.done.skipped_duplicates
            report.failed += [(report.given.get(w, w), why) for w, why in result.done.failed]
            report.events += result.done.events
        report.batches += 1
        done_files += len(spec.files)
        if progress:
            progress("import", done_files, total, report.events)
    report.seconds["map"] = time.perf_counter() - started
    report.cpu["map"] = time.process_time() - cpu
    return results
