"""Starting review on a file in rollback-journal mode while the window itself reads it: review
puts the file in WAL mode, which needs the file to itself for a moment. The window's own reads
(an index build, a windowed fetch, a search) make way for it and run again after; only another
program's hold on the file is "another program", said with what to do. Real files, a real
window, the store's real read path; another program is another process."""

from __future__ import annotations

import datetime
import subprocess
import sys
import types

import pytest

from db.ingest.importers import import_articles
from tests.conftest import SAMPLE_ARTICLE
from tests.held_reads import HeldRead, journal_mode, tables
from tests.reviewing import menu_action


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
        menu_action(window, "Start Reviewing").trigger()
        assert window.last_error is None, window.last_error.text()
        assert window.review.reviewing
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


def test_another_programs_read_is_said_to_be_another_programs(qtbot, make_window, sample_db):
    window = make_window(sample_db)
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROGRAM, str(sample_db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "reading"
        menu_action(window, "Start Reviewing").trigger()
        assert not window.review.reviewing
        said = window.last_error.text()
        assert "sample.db is in use by another program" in said
        assert "start reviewing again" in said  # what to do
        assert journal_mode(sample_db) == "delete" and "reviews" not in tables(sample_db)
        assert window.session.source.event(1) is not None  # the window reads on
    finally:
        other.communicate("\n", timeout=10)
    window.last_error.close()
    menu_action(window, "Start Reviewing").trigger()
    assert window.review.reviewing and journal_mode(sample_db) == "wal"
