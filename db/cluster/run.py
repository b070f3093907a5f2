"""The client of an import on Dask: which inputs are new, their batches mapped over the cluster
(a `distributed.LocalCluster` on 127.0.0.1, or the scheduler given), each batch recorded as it
is done, then the dataset compacted from every batch done.

Re-running skips the inputs already in the dataset (their SHA-256 is in the parts manifest) and
inputs met twice; a batch that raises, or whose worker dies, is run again by Dask (`retries`);
a killed import keeps the batches it recorded and the next run does only the rest.

A LocalCluster starts in a thread (local.py) as soon as the client, hashing the inputs, finds a
new one, and while it hashes and plans the rest (planning.py): the workers get every batch at
once, as soon as they are up. An import with nothing new starts none (nor imports Dask).
"""

from __future__ import annotations

import datetime
import os
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.archive import dataset as ds
from db.formats.reading import shown

from .batch_spec import ARTICLES, INDEX_PART_ROWS, BatchSpec
from .local import Cluster, ClusterImportError
from .parts import PARTS, PartsManifest
from .pieces import Pieces, remove_unlisted
from .planning import Input, Planner, hashed

if TYPE_CHECKING:  # the batches' and compaction's modules are imported when there is work
    from db.ingest.mapping import EventMapping

    from .batch import BatchResult
    from .compact import Gathered, Submit

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

__all__ = ["ClusterImportError", "Options", "Report", "import_dataset"]


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
    index_part_rows: int = INDEX_PART_ROWS  # events a part of the search index at least
    year_pieces: Pieces = field(default_factory=Pieces)  # when a year is written in pieces


@dataclass
class Report:
    imported: int = 0
    skipped_duplicates: int = 0  # inputs met twice, articles already imported
    already: int = 0  # inputs already in the dataset
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    batches: int = 0  # batches run now
    # The articles imported now: where their publication dates came from, and what those
    # without one left undated (as db.ingest.report.ImportReport's).
    dates_from: dict[str, int] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)
    manifest: dict[str, Any] | None = None  # the dataset's, when it was written now
    # Wall seconds: start (until the workers got their first batch: what they wait for), cluster
    # (its start, overlapping the plan for a LocalCluster), plan (hashing and cutting batches),
    # map (from the first batch sent to the last one done), compact (and its steps, compact_*),
    # close.
    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)  # the client's CPU seconds (map, compact)
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
    articles: Sequence[Input],
    tables: Sequence[Input] = (),
    options: Options | None = None,
    progress: Progress | None = None,
) -> Report:
    """Import article files and events tables into the dataset folder `out` (new, or made by
    an earlier import) on Dask; see the module's docstring."""
    options = options or Options()
    out = Path(os.path.abspath(out))
    _check_folder(out)
    report = Report()
    with Cluster(options.scheduler, options.workers) as cluster:
        out.mkdir(parents=True, exist_ok=True)
        try:
            parts = PartsManifest(out)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ClusterImportError(
                f"cannot read the parts manifest of {shown(out)}: {exc}"
            ) from exc
        parts.remove_leftovers()
        results = _run(cluster, out, parts, articles, tables, options, report, progress)
        if _holding(parts) and not _is_current(out, parts):
            from .compact import compact

            started, cpu = time.perf_counter(), time.process_time()
            if progress:
                progress("compact", 0, len(parts.done), report.events)
            report.manifest, left_out = compact(
                out,
                parts,
                new={b: r.narrow for b, r in results.items()},
                submit=_submitter(cluster.client(), options),
                seconds=report.seconds,
                index_parts=cluster.workers,
                part_rows=options.index_part_rows,
                pieces=options.year_pieces,
            )
            # Already imported, found out only now that every batch's rows meet: duplicates.
            report.imported -= left_out.articles + left_out.records
            report.skipped_duplicates += left_out.articles + left_out.records
            report.events -= left_out.events
            ds.write_manifest(out, report.manifest)  # last: the dataset is complete
            remove_unlisted(out, report.manifest)  # a year's pieces written over by others
            report.seconds["compact"] = time.perf_counter() - started
            report.cpu["compact"] = time.process_time() - cpu
        report.tasks = cluster.tasks()
    report.seconds.update(cluster.seconds)
    return report


def _submitter(client: Any, options: Options) -> Submit:
    """compact's tasks as Dask futures (retried as the batches are)."""
    from .compact import Gathered

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


def _run(
    cluster: Cluster,
    out: Path,
    parts: PartsManifest,
    articles: Sequence[Input],
    tables: Sequence[Input],
    options: Options,
    report: Report,
    progress: Progress | None,
) -> dict[int, BatchResult]:
    """Hash the inputs, map the batches of the new ones over the cluster (as soon as it is up,
    those planned by then at once, the others as their hashes come in); each batch is
    recorded in the parts manifest as it is done (a killed import keeps it)."""
    token = uuid.uuid4().hex[:8]
    started, cpu = time.perf_counter(), time.process_time()
    planner = Planner(
        out, parts, batch_size=options.batch_size, workers=cluster.workers,
        published=options.published, source=options.source, lane=options.lane,
        language=options.language, mapping=options.mapping,
    )  # fmt: skip
    hash_on = None if cluster.local else cluster.client()
    specs: list[BatchSpec] = []
    futures: list[Any] = []
    waiting: list[BatchSpec] = []
    sent_at: float | None = None

    def send(client: Any) -> None:
        nonlocal waiting, sent_at
        from .batch import import_batch  # (the importers, imported only when there is work)

        futures.extend(
            client.map(import_batch, waiting,
                       key=[f"timeline-import-{token}-{s.batch}" for s in waiting],
                       retries=options.retries)
        )  # fmt: skip
        specs.extend(waiting)
        waiting = []
        if sent_at is None:
            sent_at = time.perf_counter()

    for kind, paths, hashes, last in hashed(
        articles, tables, hash_on, f"timeline-hash-{token}", options.retries
    ):
        if kind == ARTICLES:
            waiting += planner.articles(paths, hashes, last)
        else:
            waiting += planner.tables(paths, hashes)
        if planner.given:
            cluster.start()  # something is new: the workers start while the rest is hashed
        if waiting and (client := cluster.ready()) is not None:
            send(client)  # the workers start while the rest is still being hashed
    report.seconds["plan"] = time.perf_counter() - started  # (not waiting for the cluster)
    if waiting:
        send(cluster.client())
    report.already, report.given = planner.already, planner.given
    report.skipped_duplicates += planner.duplicates
    first = sent_at if sent_at is not None else time.perf_counter()
    report.seconds["start"] = first - cluster.began
    total = sum(len(s.files) for s in specs)
    done_files = 0
    results: dict[int, BatchResult] = {}
    spec_of = {f.key: s for f, s in zip(futures, specs, strict=True)}
    if progress and specs:
        progress("import", 0, total, 0)
    if futures:
        from distributed import as_completed  # (Dask imported only when there is work)
    for future in as_completed(futures) if futures else ():
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
            for how, n in result.done.dates_from.items():
                report.dates_from[how] = report.dates_from.get(how, 0) + n
            report.notes += [(report.given.get(w, w), note) for w, note in result.done.notes]
        report.batches += 1
        done_files += len(spec.files)
        if progress:
            progress("import", done_files, total, report.events)
    report.seconds["map"] = time.perf_counter() - first
    report.cpu["map"] = time.process_time() - cpu
    return results
