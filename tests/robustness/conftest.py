"""Shared helpers for the robustness suite: real files the world sends, checksums that prove the
viewer never changed them, the real command line in a subprocess, and another user's rights.

Everything here builds real SQLite files through the real schema and importer.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlite_utils

from db import schema
from db.ingest.importers import import_articles
from db.timekeys import period
from tests.conftest import REPO, SAMPLE_ARTICLE

PUBLISHED = datetime.date(2019, 12, 23)
GV_TAR = (
    REPO / "resources" / "demo" / "globalvoices-arab-spring" / "globalvoices-arab-spring.tar.gz"
)
NOBODY = 65534  # the unprivileged user the root-only checks switch to


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def unchanged(*paths: Path) -> Iterator[None]:
    """Assert that the files' bytes are the same afterwards (or that they are still missing)."""
    before = {p: sha256(p) if p.is_file() else None for p in paths}
    yield
    after = {p: sha256(p) if p.is_file() else None for p in paths}
    assert after == before, "a file the viewer only reads was modified"


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real timeline database: the sample article imported (10 events, 1 caption)."""
    path = tmp_path_factory.mktemp("template") / "sample.db"
    report = import_articles(path, [SAMPLE_ARTICLE], published=PUBLISHED)
    assert report.imported == 1 and not report.failed
    return path


@pytest.fixture
def sample_db(sample_db_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample database, free to damage."""
    path = tmp_path / "sample.db"
    shutil.copyfile(sample_db_template, path)
    return path


@pytest.fixture(scope="session")
def gv_posts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A dozen Global Voices posts (Spanish, French, Italian), unpacked from the demo archive."""
    folder = tmp_path_factory.mktemp("gv")
    with tarfile.open(GV_TAR) as tar:
        members = sorted((m for m in tar.getmembers() if m.isfile()), key=lambda m: m.name)[:12]
        tar.extractall(folder, members=members, filter="data")
    return [folder / m.name for m in members]


def run_viewer(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m viewer ARGS` as a user would run it (offscreen, the test's own data dirs)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
    )


def hold_write_lock(path: Path) -> subprocess.Popen:
    """Another process that holds an exclusive write transaction on `path` until its stdin
    closes. Returns once the lock is held."""
    code = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN EXCLUSIVE')\n"
        "conn.execute(\"UPDATE meta SET value = value WHERE key = 'application'\")\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
        "conn.execute('ROLLBACK')\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def release(proc: subprocess.Popen) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=10)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can reach (pytest's own tmp folders are private to their owner);
    everything in it is made writable again before it is removed."""
    folder = Path(tempfile.mkdtemp(prefix="tv-robust-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for root, dirs, files in os.walk(folder):
            os.chmod(root, 0o755)
            for name in dirs + files:
                os.chmod(os.path.join(root, name), 0o755)
        shutil.rmtree(folder)


def read_as_unprivileged(path: Path) -> subprocess.CompletedProcess:
    """Open `path` with TimelineStore in another process that cannot write anywhere near it:
    as root (CI), the process drops to user `nobody` once its modules are loaded (root ignores
    file modes, so chmod alone proves nothing there); otherwise the chmod already binds us.
    Prints the event count and a search hit count, or the TimelineError's message."""
    code = (
        "import os, sys\n"
        "from db.errors import TimelineError\n"
        "from db.store.timeline import TimelineStore\n"
        f"if os.geteuid() == 0:\n    os.setgid({NOBODY}); os.setuid({NOBODY})\n"
        "try:\n"
        "    store = TimelineStore.open(sys.argv[1])\n"
        "    index = store.load_index()\n"
        "    print('events', len(index), 'hits', len(store.search('Turkey').hits))\n"
        "except TimelineError as exc:\n"
        "    print('error', exc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )


def build_one_lane(path: Path, n: int) -> Path:
    """A real-schema timeline database with `n` events in one lane, five minutes apart from
    2010, built with executemany (a million in about 4 s)."""
    db = sqlite_utils.Database(path)
    schema.create(db)
    db.close()
    conn = sqlite3.connect(path)
    # The full-text triggers would triple the build time and are not what is tested here.
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
    for (name,) in conn.execute(triggers).fetchall():
        conn.execute(f"DROP TRIGGER [{name}]")
    conn.execute("PRAGMA journal_mode = OFF")
    base = period("2010-01-01").start
    with conn:
        conn.executemany(
            "INSERT INTO events (id, title, start, precision, lane, kind, start_key, end_key)"
            " VALUES (?, ?, '2010', 'minute', 'One', 'record', ?, ?)",
            ((i, f"event {i}", base + i * 300, base + i * 300 + 60) for i in range(1, n + 1)),
        )
    conn.close()
    return path


MILLION = 1_000_000


@pytest.fixture(scope="session")
def million_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A million events in one lane, built once for the store and the window tests (read-only:
    both check that it is unchanged)."""
    return build_one_lane(tmp_path_factory.mktemp("million") / "million.db", MILLION)


def timeline_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "captions")
        }
