"""A review change in the window shown at once, without reading the file again
(db.store.review_patch, on a worker): after Accept, Reject or Correct Date (and Ctrl+Z,
Ctrl+Shift+Z) no reload is asked for, the timeline's frame and the panel show the change, and
they show what a reload of the file shows; a windowed file's index is loaded when reviewing
starts, and its next open is windowed still."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from db import pyramid_cache
from db.review.state import DateValue
from db.store import window_data, window_frames
from db.store.frame import FrameQuery
from db.store.memory_frame import MemoryFrame
from db.store.model import ACCEPTED, CORRECTED
from db.store.timeline import TimelineStore
from db.timekeys import DAY, iso_of
from db.windowed.frame import PyramidFrame
from tests.db.store.test_window_frames import _kept, _synthetic

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _shown(window) -> tuple:
    """What the window shows of the file: every event's place on the timeline, and the panel."""
    frame = window.timeline.events
    ids = frame.ids()
    places = [frame.locate(int(i)) for i in ids[:: max(len(ids) // 400, 1)]]
    panel = window.panel
    return (ids.tolist(), places, frame.lanes, len(frame), frame.span(),
            panel.review.text(), panel.event_date.text())  # fmt: skip


def _as_reloaded(qtbot, window, shown: tuple) -> None:
    """A reload of the file (Session.reload: a new store, the index loaded again) shows the
    same."""
    before = window.session.source
    window.session.reload()
    qtbot.waitUntil(lambda: window.session.source is not before, timeout=20_000)
    again = _shown(window)
    assert again[2:] == shown[2:]
    assert again[0] == shown[0] and again[1] == shown[1]


def _event(window) -> int:
    frame = window.timeline.events
    return int(frame.ids()[len(frame) // 2])


def _open(qtbot, window, event_id: int) -> None:
    place = window.timeline.events.locate(event_id)
    window.timeline.set_range(place.start - 20 * DAY, place.start + 20 * DAY)
    window.open_event(event_id)
    qtbot.waitUntil(lambda: window.panel.current is not None)


def test_changes_undo_and_redo_show_at_once_as_a_reload_would(qtbot, make_window, tmp_path):
    path = _synthetic(tmp_path)
    window = make_window(path, size=(1300, 760))
    assert window.review.start() and window.review.ready()
    event_id = _event(window)
    _open(qtbot, window, event_id)
    start = window.timeline.events.locate(event_id).start
    reloads = []
    window.session._reloader.submit = lambda fn: reloads.append(fn)  # none may be asked for

    def place():
        return window.timeline.events.locate(event_id)

    assert window.review.accept()  # laid over on a worker: no reload asked for, nor waited
    qtbot.waitUntil(lambda: bool(place() and place().flags & ACCEPTED))
    assert window.panel.review.text().startswith("Accepted")
    accepted = _shown(window)
    assert window.review.correct_date(DateValue(iso_of(start - 3 * DAY)[:10]))
    qtbot.waitUntil(lambda: bool(place() and place().flags & CORRECTED))
    assert place().start == start - 3 * DAY
    corrected = _shown(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # undo: the imported date back
    qtbot.waitUntil(lambda: _shown(window) == accepted)
    assert place().start == start and not place().flags & CORRECTED
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    qtbot.waitUntil(lambda: _shown(window) == corrected)
    assert window.review.reject()  # hidden by default, as a reload hides it
    qtbot.waitUntil(lambda: place() is None)
    assert window.panel.review.text().startswith("Rejected")
    rejected = _shown(window)
    assert reloads == [] and isinstance(window.timeline.events, MemoryFrame)
    del window.session._reloader.submit
    _as_reloaded(qtbot, window, rejected)
    window.review.undo_stack.undo()  # the reject undone on the reloaded source
    _as_reloaded(qtbot, window, corrected)


def test_a_windowed_file_is_laid_over_once_its_index_is_held(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)
    path = _synthetic(tmp_path)
    _kept(path)
    window = make_window(size=(1300, 760))
    window.open_later(path)
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    assert isinstance(window.timeline.events, PyramidFrame)
    assert window.review.start()
    qtbot.waitUntil(window.review.ready, timeout=20_000)  # the index, loaded on a worker
    event_id = _event(window)
    _open(qtbot, window, event_id)
    assert window.review.accept()
    qtbot.waitUntil(lambda: isinstance(window.timeline.events, MemoryFrame))
    frame = window.timeline.events
    assert frame.locate(event_id).flags & ACCEPTED
    shown = _shown(window)
    _as_reloaded(qtbot, window, shown)
    qtbot.waitUntil(lambda: window_data.kept(path), timeout=30_000)
    window.review.stop()
    store = TimelineStore.open(path)  # the next open, as the window's next launch
    try:
        again = store.frame(FrameQuery())
        assert isinstance(again, PyramidFrame) and again.locate(event_id).flags & ACCEPTED
        np.testing.assert_array_equal(np.sort(again.ids()), np.sort(frame.ids()))
    finally:
        store.close()
