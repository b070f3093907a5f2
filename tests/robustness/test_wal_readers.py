"""WAL-mode databases: viewing leaves the folder as it was (the -wal and -shm files a read-only
open creates are removed when the viewer is done, never one another program uses), and live
reload follows a busy writer to its last committed row."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from db.opening import open_store
from db.store.frame import FrameQuery
from tests.conftest import REPO
from tests.robustness.conftest import build_one_lane, read_as_unprivileged, unchanged


def wal_db(path: Path, n: int = 20) -> Path:
    build_one_lane(path, n)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()  # the last connection: SQLite removes its -wal and -shm
    assert not side_files(path)
    return path


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(f"{path.name}-"))


def test_the_side_files_a_read_only_open_made_are_removed_when_it_closes(tmp_path):
    path = wal_db(tmp_path / "wal.db")
    with unchanged(path):
        store = open_store(path)
        assert len(store.frame(FrameQuery())) == 20
        assert side_files(path) == ["wal.db-shm", "wal.db-wal"]  # SQLite needs them meanwhile
        store.close()
    assert side_files(path) == []


def test_the_window_leaves_the_folder_as_it_was(make_window, tmp_path, sample_db):
    path = wal_db(tmp_path / "wal.db")
    window = make_window(path)
    assert len(window.timeline.events) == 20
    window.check_for_changes()
    assert window.try_open(sample_db)  # another file: the first one is closed
    assert side_files(path) == []


def test_side_files_another_program_uses_are_kept(tmp_path):
    path = wal_db(tmp_path / "wal.db")
    code = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('SELECT count(*) FROM events').fetchone()\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        store = open_store(path)
        store.frame(FrameQuery())
        store.close()
        # The other program opened them first, and still reads through them.
        assert side_files(path) == ["wal.db-shm", "wal.db-wal"]
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=10)
    assert side_files(path) == []  # it was the last connection: SQLite removed them


def test_side_files_made_while_another_program_opened_the_file_too_are_kept(tmp_path):
    path = wal_db(tmp_path / "wal.db")
    store = open_store(path)
    store.frame(FrameQuery())
    writer = sqlite3.connect(path)  # another connection, then writes: its commits are in -wal
    with writer:
        writer.execute("UPDATE events SET title = 'changed' WHERE id = 1")
    store.close()
    assert "wal.db-wal" in side_files(path) and os.path.getsize(f"{path}-wal") > 0
    writer.close()


def test_an_immutable_open_creates_no_side_files(shared_tmp):
    folder = shared_tmp / "ro"
    folder.mkdir()
    path = wal_db(folder / "wal.db", 10)
    folder.chmod(0o555)
    result = read_as_unprivileged(path)
    assert result.stdout.split()[:2] == ["events", "10"], result.stdout + result.stderr
    assert side_files(path) == []


WRITER = """
import sqlite3, sys, time
first, rows = int(sys.argv[2]), int(sys.argv[3])
for i in range(first, first + rows):
    # A connection per commit, as an importer run in a loop makes: when it closes believing it
    # is the last one, SQLite checkpoints and deletes the -wal (under any reader it cannot see).
    conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO events (id, title, start, precision, lane, kind, start_key, end_key)"
        " VALUES (?, 'new', '2011', 'minute', 'One', 'record', ?, ?)",
        (i, 1293840000 + i * 60, 1293840000 + i * 60 + 60),
    )
    conn.execute("COMMIT")
    conn.close()
    time.sleep(0.002)
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM events").fetchone()[0], flush=True)
conn.close()
"""


def test_live_reload_follows_a_busy_writer_to_its_last_row(qtbot, make_window, tmp_path):
    path = wal_db(tmp_path / "live.db", 100)
    window = make_window(path)
    window.session.reload_timer.setInterval(20)  # reload as often as the writer commits
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "101", "600"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    qtbot.waitUntil(lambda: writer.poll() is not None, timeout=60_000)
    assert writer.returncode == 0 and writer.stdout is not None
    total = int(writer.stdout.read())
    assert total == 700
    qtbot.waitUntil(lambda: len(window.source.whole()) == total, timeout=10_000)
    assert len(window.timeline.events) == total
    assert not [m for m in messages if m.startswith("Could not reload")]
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


def test_the_screenshot_command_leaves_the_folder_as_it_was(tmp_path):
    from tests.robustness.conftest import run_viewer

    path = wal_db(tmp_path / "wal.db")
    out = tmp_path / "shots" / "wal.png"
    with unchanged(path):
        result = run_viewer(str(path), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert side_files(path) == []


def test_quitting_closes_the_file_and_its_side_files_go(make_window, tmp_path):
    path = wal_db(tmp_path / "wal.db")
    window = make_window(path)
    assert side_files(path) == ["wal.db-shm", "wal.db-wal"]
    window.session.close()  # what the application's aboutToQuit does
    assert window.source is None and side_files(path) == []


def test_side_files_are_found_beside_the_file_a_link_points_to(tmp_path):
    path = wal_db(tmp_path / "wal.db")
    link = tmp_path / "link.db"
    link.symlink_to(path)
    store = open_store(link)
    store.frame(FrameQuery())
    store.close()
    assert side_files(path) == [] and side_files(link) == []
