"""A `dask worker` running other code than the client (started before timeline-viewer was
changed: the same version number, other files) stops `import --engine dask --scheduler` at its
start with a one-line message naming it, not a traceback from a batch's result. On real
`dask scheduler` and `dask worker` processes on 127.0.0.1; the worker imports timeline-viewer
from a copy of this checkout's `db` package with one module edited."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from db.cluster import code_hash
from tests.db.cluster.test_dask_import import _write_articles
from tests.db.cluster.test_real_cluster import (
    ROOT,
    STARTUP,
    _dask,
    _env,
    _start_scheduler,
    _stop,
)
from tests.db.cluster.test_workers_at_start import _import


def _older_copy(tmp_path: Path) -> Path:
    """A copy of the data layer as it was before an edit: one module differs."""
    root = tmp_path / "older"
    shutil.copytree(ROOT / "db", root / "db", ignore=shutil.ignore_patterns("__pycache__"))
    batch = root / "db" / "cluster" / "batch.py"
    batch.write_text(batch.read_text("utf-8") + "\n# (an older line)\n", "utf-8")
    return root


def test_a_worker_running_other_code_stops_the_import_saying_so(tmp_path):
    articles = tmp_path / "articles"
    _write_articles(articles, 13)  # (it copies its 8th and 13th)
    older = _older_copy(tmp_path)
    started: list[subprocess.Popen] = []
    try:
        address, _ = _start_scheduler(
            tmp_path / "scheduler.json", tmp_path / "scheduler.log", started
        )
        env = _env()
        env["PYTHONPATH"] = str(older)  # before the editable install: the older files first
        with open(tmp_path / "worker.log", "wb") as log:
            started.append(
                subprocess.Popen(
                    [
                        *_dask("worker"),
                        address,
                        "--host",
                        "127.0.0.1",
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--local-directory",
                        str(tmp_path / "w"),
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=env,
                    cwd=older,
                )  # fmt: skip
            )
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(1, timeout=STARTUP)
            where = client.run(lambda: __import__("db").__file__)
        assert [str(Path(f).parent.parent) for f in where.values()] == [str(older)]
        done = _import(address, tmp_path / "dataset", articles)
    finally:
        _stop(started[::-1])
    assert code_hash.SOURCE_HASH  # the client's, of this checkout
    assert done.returncode != 0
    said = (done.stdout + done.stderr).strip()
    assert "1 of the 1 Dask workers run other code than this timeline-viewer" in said
    assert "restart them" in said and "Traceback" not in said
    assert not (tmp_path / "dataset" / "manifest.json").exists()
