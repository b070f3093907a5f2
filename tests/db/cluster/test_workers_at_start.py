"""What `import --engine dask --scheduler` does with workers that fail while it has them import
the importers (its first step on a running cluster), on real `dask scheduler` and `dask worker`
processes on 127.0.0.1: a worker that dies then is lost, and the import goes on with the others
(it stopped with a CommClosedError traceback); a worker that cannot import timeline-viewer stops
the import with a message saying so. The failing worker's preload script does what a killed
worker or a worker without timeline-viewer does, at that moment: it dies, or its import of
`db.cluster.batch` fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.db.cluster.test_dask_import import PUBLISHED, _write_articles
from tests.db.cluster.test_real_cluster import (
    ROOT,
    STARTUP,
    _dask,
    _env,
    _start,
    _start_scheduler,
    _stop,
)

DIES = """import os, signal, sys

class _Dies:  # killed as it imports the importers (SIGKILL: no goodbye to the scheduler)
    def find_spec(self, name, path=None, target=None):
        if name == "db.cluster.batch":
            os.kill(os.getpid(), signal.SIGKILL)
        return None

sys.meta_path.insert(0, _Dies())
"""

CANNOT = """import sys

class _Missing:  # as where timeline-viewer is not installed
    def find_spec(self, name, path=None, target=None):
        if name == "db.cluster.batch":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _Missing())
"""


def _cluster(tmp_path: Path, preload: str, started: list[subprocess.Popen]) -> str:
    """A scheduler, a worker and a worker with `preload`, each without a nanny (a worker that
    dies stays dead); the scheduler's address once both workers are there."""
    from distributed import Client

    local = ["--no-dashboard"]
    address, _ = _start_scheduler(tmp_path / "scheduler.json", tmp_path / "scheduler.log", started)
    script = tmp_path / "preload_failing.py"
    script.write_text(preload, "utf-8")
    for n, extra in enumerate(([], ["--preload", str(script)])):
        _start(
            [*_dask("worker"), address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
             *local, "--name", f"worker-{n}", "--local-directory", str(tmp_path / f"w{n}"),
             *extra],
            tmp_path / f"worker-{n}.log", started,
        )  # fmt: skip
    with Client(address, timeout="60s") as client:
        client.wait_for_workers(2, timeout=STARTUP)
    return address


def _import(address: str, out: Path, articles: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "viewer", "import", "--engine", "dask", "--scheduler", address,
         "--batch-size", "5", "--published", PUBLISHED, str(out), str(articles)],
        capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=300,
    )  # fmt: skip


def test_a_worker_lost_as_the_import_starts_leaves_the_others_to_it(tmp_path):
    articles = tmp_path / "articles"
    _write_articles(articles, 20)  # and two copies of articles
    started: list[subprocess.Popen] = []
    try:
        address = _cluster(tmp_path, DIES, started)
        done = _import(address, tmp_path / "dataset", articles)
        dying = started[-1]
        assert dying.wait(timeout=30) < 0  # it did die, killed
    finally:
        _stop(started[::-1])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "imported 20, skipped 2 duplicates, 0 already in the dataset, failed 0" in done.stdout
    manifest = json.loads((tmp_path / "dataset" / "manifest.json").read_text("utf-8"))
    assert manifest["counts"]["articles"] == 20


def test_a_worker_that_cannot_import_timeline_viewer_stops_the_import_saying_so(tmp_path):
    articles = tmp_path / "articles"
    _write_articles(articles, 13)
    started: list[subprocess.Popen] = []
    try:
        address = _cluster(tmp_path, CANNOT, started)
        done = _import(address, tmp_path / "dataset", articles)
    finally:
        _stop(started[::-1])
    assert done.returncode != 0
    said = done.stdout + done.stderr
    assert "the Dask workers cannot import timeline-viewer" in said
    assert "Traceback" not in said
    assert not (tmp_path / "dataset" / "manifest.json").exists()


if sys.platform == "win32":  # SIGKILL
    pytestmark = pytest.mark.skip("POSIX signals")
