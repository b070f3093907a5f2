"""`timeline-viewer import --engine dask --scheduler ADDRESS` on a cluster started the way one is
started by hand: `dask scheduler` and two `dask worker` processes on 127.0.0.1, as subprocesses.
One worker is killed (SIGKILL) while it holds a batch, mid-import: its batch is run again on the
other and the dataset holds every article and event once, as a plain SQLite import of the same
files converted does. Also: the LocalCluster of a plain import binds nothing but 127.0.0.1 and
shows no dashboard (parallel imports cannot clash on :8787)."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from db.archive import upgrade
from db.archive.convert import convert
from db.cluster.local import dask_client
from db.cluster.parts import PARTS, PARTS_MANIFEST, PartsManifest, file_hash
from db.cluster.planning import batch_sizes
from db.ingest.importers import import_articles
from tests.db.cluster.test_dask_import import PUBLISHED, _same_dataset, _write_articles

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = 150
BATCH = 5  # 32 batches: the kill lands while most are still to do
STARTUP = 90  # seconds a process may take to come up on a loaded machine


def _dask(command: str) -> list[str]:
    """The `dask` command of this interpreter's environment (a fresh CI venv's too), else the
    module behind it."""
    script = Path(sys.executable).parent / "dask"
    if script.is_file():
        return [str(script), command]
    return [sys.executable, "-m", f"distributed.cli.dask_{command}"]


def _env() -> dict[str, str]:
    """The workers import timeline-viewer from this checkout, as the client does."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


@dataclass
class Cluster:
    address: str
    scheduler: subprocess.Popen
    workers: list[subprocess.Popen] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)

    def log_tails(self) -> str:
        tails = (f"--- {p.name}\n{p.read_text('utf-8', 'replace')[-1500:]}" for p in self.logs)
        return "\n".join(tails)


def _start(args: list[str], log: Path, started: list[subprocess.Popen]) -> subprocess.Popen:
    with open(log, "wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=_env(), cwd=ROOT)
    started.append(process)
    return process


def _start_scheduler(
    address_file: Path, log: Path, started: list[subprocess.Popen]
) -> tuple[str, subprocess.Popen]:
    """`dask scheduler` on a free port of 127.0.0.1, no dashboard: its address, once it has
    written it whole into `address_file`, and its process."""
    scheduler = _start(
        [*_dask("scheduler"), "--host", "127.0.0.1", "--port", "0", "--dashboard-address",
         "127.0.0.1:0", "--no-dashboard", "--scheduler-file", str(address_file)],
        log, started,
    )  # fmt: skip
    deadline = time.monotonic() + STARTUP
    while True:
        assert scheduler.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "the scheduler did not start"
        time.sleep(0.1)
        try:
            return json.loads(address_file.read_text())["address"], scheduler
        except (OSError, ValueError):  # not written yet, or half written
            pass


def _stop(processes: list[subprocess.Popen]) -> None:
    """Each process this test started, by its own handle, one after the other (a worker asked
    to stop while its scheduler closes waits out its timeouts): asked, then killed."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def cluster(tmp_path) -> Iterator[Cluster]:
    """`dask scheduler` on a free port of 127.0.0.1 and two one-thread workers without a nanny
    (killing one kills the worker itself), none with a dashboard."""
    started: list[subprocess.Popen] = []
    logs = tmp_path / "logs"
    logs.mkdir()
    local = ["--dashboard-address", "127.0.0.1:0", "--no-dashboard"]
    try:
        address, scheduler = _start_scheduler(
            tmp_path / "scheduler.json", logs / "scheduler.log", started
        )
        made = Cluster(address, scheduler, logs=[logs / "scheduler.log"])
        for n in range(2):
            worker = [
                *_dask("worker"), address, "--host", "127.0.0.1", "--nthreads", "1",
                "--nworkers", "1", "--no-nanny", *local, "--name", f"worker-{n}",
                "--local-directory", str(tmp_path / f"worker-{n}"),
            ]  # fmt: skip
            made.logs.append(logs / f"worker-{n}.log")
            made.workers.append(_start(worker, made.logs[-1], started))
        yield made
    finally:
        _stop(started[::-1])  # the workers, then the scheduler


def _batch_lines(out: Path) -> list[int]:
    """The batches recorded in the parts manifest so far, in order, repeats kept."""
    path = out / PARTS / PARTS_MANIFEST
    if not path.is_file():
        return []
    lines = path.read_bytes().split(b"\n")[1:-1]  # the header; the (cut) tail
    found = []
    for line in lines:
        try:
            found.append(json.loads(line)["batch"])
        except ValueError:
            break
    return found


def test_a_worker_killed_mid_import_loses_nothing_and_doubles_nothing(cluster, tmp_path):
    from distributed import Client

    articles = tmp_path / "articles"
    _write_articles(articles, ARTICLES)  # and two copies: 152 files, 32 batches of 2-5
    files = sorted(articles.iterdir())
    # (the copy is not imported; the last files in two batches a worker)
    batches = len(batch_sizes(len(files) - 1, BATCH, 2))
    out = tmp_path / "dataset"
    with Client(cluster.address, timeout="60s") as observer:
        try:
            observer.wait_for_workers(2, timeout=STARTUP)
        except TimeoutError:
            pytest.fail(f"the workers did not start\n{cluster.log_tails()}")
        pids = observer.run(os.getpid)  # {worker address: its process id}
        assert sorted(pids.values()) == sorted(w.pid for w in cluster.workers)

        importer = subprocess.Popen(
            [sys.executable, "-m", "viewer", "import", "--engine", "dask",
             "--scheduler", cluster.address, "--batch-size", str(BATCH),
             "--published", PUBLISHED, str(out), str(articles)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=_env(), cwd=ROOT, text=True,
        )  # fmt: skip
        try:
            # The plain import to compare with, while the cluster works.
            reference = tmp_path / "reference.db"
            published = dt.date.fromisoformat(PUBLISHED)
            report = import_articles(reference, files, published=published)
            assert (report.imported, report.skipped_duplicates) == (ARTICLES, 2)
            convert(reference, tmp_path / "reference")

            # Once the first batch is recorded, kill a worker that holds a batch.
            deadline = time.monotonic() + STARTUP
            victim = None
            while victim is None:
                assert importer.poll() is None, importer.communicate()[0]
                assert time.monotonic() < deadline, "no batch was recorded"
                if _batch_lines(out):
                    busy = [a for a, keys in observer.processing().items() if keys]
                    if busy:
                        victim = busy[0]
                        os.kill(pids[victim], signal.SIGKILL)
                        recorded_at_kill = len(_batch_lines(out))
                time.sleep(0.02)
            said, _ = importer.communicate(timeout=120)
        finally:
            if importer.poll() is None:
                importer.kill()
                importer.wait()
        killed = next(w for w in cluster.workers if w.pid == pids[victim])
        assert killed.wait(timeout=10) == -signal.SIGKILL
        assert 0 < recorded_at_kill < batches, "the worker was killed mid-import"
        assert list(observer.scheduler_info()["workers"]) == [a for a in pids if a != victim]

    assert importer.returncode == 0, f"{said}\n{cluster.log_tails()}"
    assert f"imported {ARTICLES}, skipped 2 duplicates, 0 already in the dataset, failed 0" in said
    # Each batch recorded once, each file's bytes in one batch (the copy's are its original's).
    assert sorted(_batch_lines(out)) == list(range(1, batches + 1))
    done = PartsManifest(out).done
    recorded = Counter(digest for b in done.values() for _path, digest in b.files)
    assert recorded == Counter({file_hash(p): 1 for p in files})
    # Every article and event once: what the plain import holds.
    _same_dataset(out, tmp_path / "reference")
    assert upgrade.upgrade(out) == []  # complete as written: nothing for an upgrade to add


def test_the_local_cluster_listens_on_127_0_0_1_only_and_shows_no_dashboard():
    with dask_client(None, 1) as client:
        info = client.scheduler_info()
        workers = list(info["workers"].values())
        http = info["services"]["dashboard"]  # the scheduler's HTTP routes (health, metrics)
        assert http != 8787
        assert info["address"].startswith("tcp://127.0.0.1:")
        assert [w["host"] for w in workers] == ["127.0.0.1"]
        assert urllib.request.urlopen(f"http://127.0.0.1:{http}/health").read() == b"ok"
        with pytest.raises(urllib.error.HTTPError) as no_dashboard:
            urllib.request.urlopen(f"http://127.0.0.1:{http}/status")
        assert no_dashboard.value.code == 404
