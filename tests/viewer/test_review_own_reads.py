"""Starting review on a file in rollback-journal mode while the window itself reads it: review
puts the file in WAL mode, which needs the file to itself for a moment. The window's own reads
(an index build, a windowed fetch, a search) make way for it and run again after; only another
program's hold on the file is "another program", said with what to do. Real files, a real
window, the store's real read path; another program is another process."""

from __future__ import annotations

import datetime
import sqlite3
import subprocess
import sys
import types

import pytest
from PySide6.QtCore import QTimer

import viewer.source as source_module
from db.ingest.importers import import_articles
from tests.conftest import SAMPLE_ARTICLE
from tests.held_reads import HeldRead, journal_mode, tables
from tests.reviewing import menu_action, start_from_menu


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "sample.db"
    import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    return path


def test_starting_review_waits_for_the_windows_own_read(qtbot, make_window, sample_db):
    assert journal_mode(sample_db) == "delete"  # as imported: rollback journal
    window = make_window(sample_db)
    store = window.session.source._store
    events = store.count()
    read = HeldRead(store)
    read.start()
    try:
        assert start_from_menu(qtbot, window)
        assert window.last_error is None, window.last_error.text()
        assert journal_mode(sample_db) == "wal" and "reviews" in tables(sample_db)
    finally:
        read.release()
    assert read.error == [] and read.result == [(events, 1)]  # the read answered all the same
    assert read.runs == 2  # it made way for the switch and ran again
    assert window.review.accept(1)  # and reviewing goes on as ever
    qtbot.waitUntil(lambda: (window.session.source.event(1).review or _NONE).verdict == "accepted")


_NONE = types.SimpleNamespace(verdict=None)
OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM events").fetchone()
print("reading", flush=True)
sys.stdin.readline()
conn.rollback()
"""


def _ticking(window) -> list[int]:
    """Ticks of a timer on the UI thread: the window answering while review opens."""
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return ticks


def _other_program(path):
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROGRAM, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert other.stdout is not None and other.stdout.readline().strip() == "reading"
    return other


def test_another_programs_read_is_said_to_be_another_programs(
    qtbot, make_window, sample_db, monkeypatch
):
    monkeypatch.setattr(source_module, "REVIEW_OPEN_WAIT_S", 1.5)  # a user waits 5 s
    window = make_window(sample_db)
    other = _other_program(sample_db)
    try:
        ticks = _ticking(window)
        menu_action(window, "Start Reviewing").trigger()
        assert window.review.opening  # the window does not wait: a worker does
        assert window.statusBar().currentMessage() == "Opening sample.db for review…"
        qtbot.waitUntil(lambda: not window.review.opening, timeout=20000)
        assert len(ticks) >= 10  # the window answered all the while
        assert not window.review.reviewing
        assert not menu_action(window, "Start Reviewing").isChecked()
        said = window.last_error.text()
        assert "sample.db is in use by another program" in said
        assert "start reviewing again" in said  # what to do
        assert journal_mode(sample_db) == "delete" and "reviews" not in tables(sample_db)
        assert window.session.source.event(1) is not None  # the window reads on
    finally:
        other.communicate("\n", timeout=10)
    window.last_error.close()
    assert start_from_menu(qtbot, window) and journal_mode(sample_db) == "wal"


def test_a_hold_let_go_in_time_lets_review_start(qtbot, make_window, sample_db):
    window = make_window(sample_db)
    other = _other_program(sample_db)
    try:
        ticks = _ticking(window)
        menu_action(window, "Start Reviewing").trigger()
        assert window.review.opening and not window.review.reviewing
        qtbot.wait(300)  # the window goes on while the worker waits for the file
        assert window.review.opening and ticks
        other.communicate("\n", timeout=10)  # the other program lets go
        qtbot.waitUntil(lambda: not window.review.opening, timeout=20000)
    finally:
        if other.poll() is None:
            other.kill()
    assert window.review.reviewing and window.last_error is None
    assert journal_mode(sample_db) == "wal" and "reviews" in tables(sample_db)
    assert window.review.accept(1)


def test_unchecking_while_review_opens_gives_up(qtbot, make_window, sample_db):
    window = make_window(sample_db)
    start = menu_action(window, "Start Reviewing")
    other = _other_program(sample_db)
    try:
        start.trigger()
        assert window.review.opening
        start.trigger()  # unchecked: given up
        assert not window.review.opening and not start.isChecked()
        assert window.statusBar().currentMessage() == "Reviewing not started"
        other.communicate("\n", timeout=10)
        qtbot.waitUntil(lambda: not window.review._opener.busy, timeout=20000)
    finally:
        if other.poll() is None:
            other.kill()
    assert not window.review.reviewing and window.last_error is None
    assert not start.isChecked()
    # what the worker opened was closed: another connection can take the write lock at once
    conn = sqlite3.connect(sample_db, timeout=0)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.rollback()
    finally:
        conn.close()
