"""Issue 14 item 11: a click while another program writes to the file shows no error box; the
event is shown as soon as the writer lets go, with a quiet status line meanwhile."""

import datetime
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import DatabaseLockedError
from db.ingest.importers import import_articles
from db.store import sqlite_ro as ro
from db.store.timeline import TimelineStore
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "sample.db"
    report = import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    assert report.imported == 1 and not report.failed
    return path


def sunday_event(path) -> int:
    conn = sqlite3.connect(path)
    (event_id,) = conn.execute(
        "SELECT id FROM events WHERE start = '2019-12-22' AND text LIKE '%said on Sunday%'"
    ).fetchone()
    conn.close()
    return event_id


def hold_write_lock(path) -> sqlite3.Connection:
    """A second connection in the middle of a write: readers wait for it (rollback journal)."""
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE meta SET value = value")
    return writer


def no_message_box() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_click_on_a_locked_file_waits_quietly_and_shows_the_event_after(
    qtbot, make_window, sample_db
):
    event_id = sunday_event(sample_db)
    window = make_window(sample_db, size=(1024, 680))
    timeline = window.timeline
    timeline.set_range(period("2019-12-15").start, period("2019-12-27").end)
    pos = timeline.marker_position(event_id)
    assert pos is not None

    writer = hold_write_lock(sample_db)
    try:
        started = time.monotonic()
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
        assert time.monotonic() - started < 5
        assert no_message_box() and window.last_error is None
        waiting = "Waiting for sample.db: another program is writing to it…"
        assert window.panel.current is None  # not the event shown before, not an error
        assert window.panel.placeholder.text() == waiting
        # The status line says so too (unless the labels' reader has just said the same).
        status = window.statusBar().currentMessage()
        assert status == waiting or "sample.db is locked by another program" in status
        qtbot.wait(300)  # the background read keeps trying, still without a box
        assert no_message_box() and window.panel.current is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    qtbot.waitUntil(lambda: window.panel.current is not None, timeout=5000)
    assert window.panel.current.id == event_id
    assert window.panel.highlighted_text().startswith("Erdogan also said on Sunday")
    assert timeline.selected == event_id and window.history[-1] == event_id
    assert "Waiting for" not in window.statusBar().currentMessage()
    assert no_message_box()


def test_another_click_while_waiting_replaces_the_first(qtbot, make_window, sample_db):
    event_id = sunday_event(sample_db)
    window = make_window(sample_db, size=(1024, 680))
    writer = hold_write_lock(sample_db)
    try:
        window.open_event(event_id)
        assert window.panel.current is None
        window.presenter.clear_selection()  # Escape: the wait is given up
        assert "Waiting for" not in window.statusBar().currentMessage()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    qtbot.wait(500)
    assert window.panel.current is None and no_message_box()
    window.open_event(event_id)  # free again: shown at once
    assert window.panel.current.id == event_id


def test_the_click_itself_does_not_wait_for_the_lock(qtbot, make_window, sample_db, monkeypatch):
    """The UI thread's read gives up at once (the retries wait in the background): a click that
    waited for the lock, however briefly, would see it released (below) and show the event
    straight away instead of the waiting message."""
    monkeypatch.setattr(ro, "BUSY_TIMEOUT", 60)  # a read that waits: long enough to tell
    event_id = sunday_event(sample_db)
    window = make_window(sample_db, size=(1024, 680))
    timeline = window.timeline
    timeline.set_range(period("2019-12-15").start, period("2019-12-27").end)
    pos = timeline.marker_position(event_id)
    assert pos is not None

    writer = hold_write_lock(sample_db)
    release = threading.Timer(3.0, lambda: (writer.execute("ROLLBACK"), writer.close()))
    release.start()
    try:
        assert window.presenter.describe_event(event_id) == ""  # a hover: no tooltip, no wait
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
        waiting = "Waiting for sample.db: another program is writing to it…"
        assert window.panel.current is None
        assert window.panel.placeholder.text() == waiting
    finally:
        release.join()
    qtbot.waitUntil(lambda: window.panel.current is not None, timeout=10_000)
    assert window.panel.current.id == event_id and timeline.selected == event_id
    assert "Erdogan also said that Turkey" in window.presenter.describe_event(event_id)
    assert no_message_box()


def test_a_waitless_read_is_not_held_up_by_a_worker_waiting_for_the_lock(sample_db, monkeypatch):
    """A worker's read waits for the write lock on the store's connection; the UI thread's
    waitless read runs on a connection of its own and says "locked" at once meanwhile."""
    monkeypatch.setattr(ro, "BUSY_TIMEOUT", 60)
    event_id = sunday_event(sample_db)
    store = TimelineStore.open(sample_db)
    writer = hold_write_lock(sample_db)
    waited: list = []
    worker = threading.Thread(target=lambda: waited.append(store.event(event_id)))
    try:
        worker.start()
        with pytest.raises(DatabaseLockedError):
            store.event(event_id, wait=False)
        with pytest.raises(DatabaseLockedError):
            store.brief(event_id, wait=False)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    worker.join()
    assert waited[0].id == event_id  # the waiting read got it once the lock was released
    now = store.event(event_id, wait=False)
    assert now is not None and now.id == event_id
    assert [e.id for e in store.article_events(now.article.id, wait=False)] == [
        e.id for e in store.article_events(now.article.id)
    ]
    store.close()
