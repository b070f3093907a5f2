"""The import's Dask client: of a `LocalCluster` on 127.0.0.1, started in a thread as soon as
the client, hashing the inputs, finds one that is new (`start`), while it hashes and plans the
rest (the start, mostly the fork server importing the importers, is then no longer something
the workers wait for after the planning; an import with nothing new starts no cluster), or of a
running scheduler, connected at once (its workers hash the inputs: the client may not be near
them).

The workers' compute seconds by task kind are read from the scheduler's task stream when the
import is done (what a benchmark reads the serial part from).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from db.errors import TimelineError

from .code_hash import SOURCE_HASH, loaded_importers

# Imported in the fork server: each worker starts with them.
PRELOADED = ["distributed", "db.cluster.batch", "db.cluster.partition", "db.cluster.sidecar"]


class ClusterImportError(TimelineError):
    """The dataset folder or the cluster cannot take this import."""


class Cluster:
    """A context: the cluster of one import, its client once started (`ready`, `client`).

    The cluster is entered and left by a thread of its own (Dask's client keeps itself as the
    current one in a context variable of the thread that enters it), which holds it until
    the import is done."""

    def __init__(self, scheduler: str | None, workers: int | None) -> None:
        self.scheduler, self.local = scheduler, not scheduler
        self.began = time.perf_counter()
        self.seconds: dict[str, float] = {}  # cluster (its start), close
        self.workers = workers or os.cpu_count() or 1  # a running scheduler's: once connected
        self._recorded = 0.0
        self._started: Future[Any] = Future()
        self._done = threading.Event()
        self._closing_error: BaseException | None = None  # raised when stopping it
        self._thread = threading.Thread(target=self._hold, name="timeline-cluster", daemon=True)

    def __enter__(self) -> Cluster:
        if not self.local:  # its workers hash the inputs: wait for it now
            self.workers = max(1, sum(self.client().nthreads().values()))
        return self

    def start(self) -> None:
        """Start the cluster (in its thread) unless it is started."""
        if not self._thread.is_alive() and not self._started.done():
            self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread.is_alive() or self._started.done()

    def _hold(self) -> None:
        try:
            with dask_client(self.scheduler, self.workers) as client:
                self._started.set_result(self._prepare(client))
                self._done.wait()
                closing = time.perf_counter()
            self.seconds["close"] = time.perf_counter() - closing
        except BaseException as exc:  # noqa: BLE001 - told to the import's thread
            if not self._started.done():
                self._started.set_exception(exc)
            else:
                self._closing_error = exc

    def _prepare(self, client: Any) -> Any:
        if not self.local:
            # Each worker imports the importers (the date finder's rules, Babel's names) once,
            # here, so that the progress bar's rate and ETA are those of the work; a
            # LocalCluster's workers have them from the fork server.
            # A worker lost meanwhile (killed, its machine gone) answers with the error of its
            # connection: the import goes on with the others, as it does when one is lost later.
            answers = client.run(loaded_importers, on_error="return")
            for answer in answers.values():
                if isinstance(answer, ImportError):
                    raise ClusterImportError(
                        f"the Dask workers cannot import timeline-viewer ({answer}): install "
                        "it where they run"
                    ) from answer
            _same_code(answers)
        client.get_task_stream(count=0)  # the scheduler records its tasks from now on
        self._recorded = time.time()  # (the scheduler's clock: the same machine's, or close)
        self.seconds["cluster"] = time.perf_counter() - self.began
        return client

    def ready(self) -> Any | None:
        """The client if the cluster has started, else None (without waiting)."""
        return self._started.result() if self._started.done() else None

    def client(self) -> Any:
        """The client, once the cluster has started (started now if it was not)."""
        self.start()
        return self._started.result()

    def tasks(self) -> dict[str, tuple[int, float, float]]:
        """The workers' compute seconds by task kind since the cluster started (none if it
        never did)."""
        if not self.started:
            return {}
        return task_kinds(self.client().get_task_stream(start=self._recorded))

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if not self.started:
            return
        self._done.set()  # a start still going on finishes, then all of it is stopped
        self._thread.join()
        if error is None and self._closing_error is not None:
            raise self._closing_error
        if error is None and self._started.exception() is not None:
            raise self._started.exception()  # type: ignore[misc]


def _same_code(answers: dict[str, Any]) -> None:
    """Stop the import when a worker runs other code than the client: a `dask worker` started
    before timeline-viewer was changed keeps what it imported then (the same version number)
    and would fail its batches with a traceback, or write other rows."""
    stale = sorted(w for w, a in answers.items() if isinstance(a, str) and a != SOURCE_HASH)
    if stale:
        raise ClusterImportError(
            f"{len(stale)} of the {len(answers)} Dask workers run other code than this "
            f"timeline-viewer ({', '.join(stale)}: started before it was changed or upgraded): "
            "restart them (dask worker SCHEDULER) and import again"
        )


def task_kinds(stream: list[dict[str, Any]]) -> dict[str, tuple[int, float, float]]:
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


@contextmanager
def _forked_workers() -> Iterator[None]:
    """A LocalCluster's worker processes forked from a fork server that has imported Dask and
    the importers once (the date finder's rules, Babel's names, DuckDB, Arrow), rather than each
    spawned as a new interpreter importing them all again: the cluster starts and stops in a
    fraction of the time, on one core as on many. A single-threaded server is forked, never the
    client (whose threads run Dask's event loop).

    The fork server is started first, before this process imports Dask and starts the
    scheduler: its imports (most of the start) run on another core meanwhile."""
    import multiprocessing
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOADED)
    forkserver.ensure_running()  # (returns once it is spawned: it imports on its own)

    import dask
    from distributed.utils import get_mp_context

    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        get_mp_context()  # Dask's own preload list, set once; ours replaces it
        multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOADED)
        yield
