"""A large timeline database opens windowed (db.store.window_frames): the window's frame is the
windowed one, its events in view are fetched on a worker, and a click shows the event."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from db import pyramid_cache
from db.review.state import DateValue
from db.review.writer import ReviewWriter
from db.store import window_frames
from db.timekeys import DAY, iso_of
from db.windowed.frame import PyramidFrame
from tests.db.store.test_window_frames import _kept, _synthetic


def test_a_large_file_opens_windowed_and_a_click_shows_its_event(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)
    path = _synthetic(tmp_path)
    _kept(path)  # an earlier open kept the pyramid and the window data
    conn = sqlite3.connect(path)
    event_id, start_key = conn.execute(
        "SELECT id, start_key FROM events WHERE end_key - start_key <= 86400 "
        "ORDER BY start_key LIMIT 1 OFFSET 1500"
    ).fetchone()
    conn.close()
    window = make_window(size=(1300, 760))
    window.open_later(path)
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    timeline = window.timeline
    assert isinstance(timeline.events, PyramidFrame)
    timeline.set_range(start_key - DAY // 4, start_key + DAY + DAY // 4)
    timeline.grab()
    qtbot.waitUntil(lambda: not timeline.windows_pending(), timeout=20_000)
    timeline.grab()
    pos = timeline.marker_position(event_id)
    assert pos is not None, "the event is not drawn"
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    clicked = timeline.event_at(pos)  # the event drawn there (on a crowded day, maybe another)
    assert clicked is not None and timeline.selected == clicked
    conn = sqlite3.connect(path)
    (clicked_title,) = conn.execute("SELECT title FROM events WHERE id = ?", (clicked,)).fetchone()
    conn.close()
    qtbot.waitUntil(lambda: window.panel.event_title.text() == clicked_title, timeout=20_000)


def test_a_reviewed_large_file_opens_windowed_with_its_reviews(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)
    path = _synthetic(tmp_path)
    conn = sqlite3.connect(path)
    (moved,), (rejected,) = conn.execute(
        "SELECT id FROM events WHERE end_key - start_key <= 86400 "
        "ORDER BY start_key LIMIT 2 OFFSET 1500"
    ).fetchall()
    (first,) = conn.execute("SELECT min(start_key) FROM events").fetchone()
    conn.close()
    day = first // DAY * DAY - 400 * DAY  # before every other event: alone on its new day
    with ReviewWriter(path, "tester") as writer:
        writer.correct_date(moved, DateValue(iso_of(day)))
        writer.retitle(moved, "Talks moved to the earlier date")
        writer.reject(rejected)
    _kept(path)  # an earlier open kept the pyramid and the window data, reviews and all
    window = make_window(size=(1300, 760))
    window.open_later(path)
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    timeline = window.timeline
    assert isinstance(timeline.events, PyramidFrame)
    assert timeline.events.locate(rejected) is None  # the rejected hidden, as by default
    place = timeline.events.locate(moved)
    assert place is not None and place.start == day  # where the review put it
    timeline.set_range(day - DAY // 4, day + DAY + DAY // 4)
    timeline.grab()
    qtbot.waitUntil(lambda: not timeline.windows_pending(), timeout=20_000)
    timeline.grab()
    pos = timeline.marker_position(moved)
    assert pos is not None, "the moved event is not drawn at its reviewed date"
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    clicked = timeline.event_at(pos)
    assert clicked == moved and timeline.selected == moved
    qtbot.waitUntil(
        lambda: window.panel.event_title.text() == "Talks moved to the earlier date",
        timeout=20_000,
    )
