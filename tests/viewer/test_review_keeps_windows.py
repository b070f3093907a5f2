"""Reviewing a large file in the window keeps what its next open needs: each change reopens the
file (the review's state, loaded whole), and that open keeps the pyramid and window data for
it off the UI thread (db.store.keep_pyramid), the last change's state last; the window never
writes to the file, only to its cache folder. Small files: the thresholds are lowered as the
window tests lower them."""

from __future__ import annotations

import sqlite3

from db import pyramid_cache
from db.store import window_data, window_frames
from db.store.frame import FrameQuery
from db.store.model import ACCEPTED, REJECTED
from db.store.timeline import TimelineStore
from db.windowed.frame import PyramidFrame
from tests.db.store.test_window_frames import _kept, _synthetic
from tests.reviewing import review_rows


def test_changes_made_in_the_window_leave_the_file_windowed(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)
    path = _synthetic(tmp_path)
    _kept(path)
    conn = sqlite3.connect(path)
    first, second = (r[0] for r in conn.execute(
        "SELECT id FROM events WHERE end_key - start_key <= 86400 ORDER BY start_key "
        "LIMIT 2 OFFSET 900"
    ))  # fmt: skip
    conn.close()
    window = make_window(size=(1300, 760))
    window.open_later(path)
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    assert isinstance(window.timeline.events, PyramidFrame)
    assert window.review.start()
    assert window.review.accept(first)  # two changes in a row: each reopens the file
    assert window.review.reject(second)
    qtbot.waitUntil(lambda: window_data.kept(path), timeout=30_000)
    assert [r[:2] for r in review_rows(path)] == [(first, "accept"), (second, "reject")]
    window.review.stop()
    store = TimelineStore.open(path)  # the next open, as the window's next launch
    try:
        frame = store.frame(FrameQuery())
        assert isinstance(frame, PyramidFrame) and len(frame) == 3000
        assert frame.locate(first).flags & ACCEPTED and frame.locate(second).flags & REJECTED
    finally:
        store.close()
