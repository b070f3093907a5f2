"""A review written by the command keeps what the viewer's next open of a large file needs
(db.review_finish): the count pyramid and window data for the file as the review left it, so
the reviewed file still opens windowed, and shows what the in-memory frame shows. Small files
here: the thresholds are lowered as the window tests lower them."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from db import pyramid_cache
from db.review_finish import main as review_main
from db.store import keep_pyramid, window_data, window_frames
from db.store.frame import FrameQuery
from db.store.memory_frame import MemoryFrame
from db.store.model import REJECTED
from db.store.timeline import TimelineStore
from db.timekeys import DAY
from db.windowed.frame import PyramidFrame
from tests.db.store.test_window_frames import _kept, _synthetic


@pytest.fixture(autouse=True)
def _windowed_from_any_size(monkeypatch):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)


def _short_events(path: Path, n: int) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT id FROM events WHERE end_key - start_key <= 86400 ORDER BY start_key "
            "LIMIT ? OFFSET 700",
            (n,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _frames(path: Path, monkeypatch) -> tuple:
    """The frame a fresh open gets, then the in-memory one of the same file."""
    store = TimelineStore.open(path)
    windowed = store.frame(FrameQuery())
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 10**9)
    memory_store = TimelineStore.open(path)
    memory = memory_store.frame(FrameQuery())
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)
    return windowed, memory, (store, memory_store)


def test_a_review_by_the_command_keeps_the_next_open_windowed(tmp_path, monkeypatch, capsys):
    path = _synthetic(tmp_path)
    _kept(path)  # windowed before the review, as an import leaves it
    moved, rejected = _short_events(path, 2)
    assert review_main([str(path), str(moved), "--date", "2001-03-04", "--note", "wrong year"]) == 0
    assert review_main([str(path), str(rejected), "--reject"]) == 0
    assert "event" in capsys.readouterr().out
    assert window_data.kept(path) and pyramid_cache.current(path, exact=True)
    windowed, memory, stores = _frames(path, monkeypatch)
    try:
        assert isinstance(windowed, PyramidFrame) and isinstance(memory, MemoryFrame)
        assert len(windowed) == len(memory) == 3000
        assert windowed.locate(rejected).flags == memory.locate(rejected).flags
        assert windowed.locate(rejected).flags & REJECTED
        place = windowed.locate(moved)
        assert place is not None and place.start == memory.locate(moved).start
        t0, t1 = memory.span()
        assert windowed.span() == (t0, t1)
        for lane in range(len(memory.lanes)):
            a, b = windowed.window(lane, t0, t1 + 1), memory.window(lane, t0, t1 + 1)
            assert sorted(a.ids.tolist()) == sorted(b.ids.tolist())
            assert windowed.count(lane, t0, t1 + 1) == memory.count(lane, t0, t1 + 1)
        around = place.start
        for lane in range(len(memory.lanes)):
            got = windowed.count(lane, around - DAY, around + DAY)
            assert got == memory.count(lane, around - DAY, around + DAY)
    finally:
        for store in stores:
            store.close()


def test_no_keep_leaves_the_cache_alone(tmp_path):
    path = _synthetic(tmp_path)
    _kept(path)
    (event,) = _short_events(path, 1)
    assert review_main([str(path), str(event), "--accept", "--no-keep"]) == 0
    assert not window_data.kept(path)  # a change of the file, kept by its next open
    assert review_main([str(path), str(event), "--title", "Talks resumed"]) == 0
    assert window_data.kept(path)


def test_a_merge_of_another_reviewer_s_file_keeps_it_too(tmp_path, monkeypatch):
    path = _synthetic(tmp_path)
    theirs = tmp_path / "theirs.db"
    theirs.write_bytes(path.read_bytes())
    (accepted,) = _short_events(path, 1)
    assert review_main([str(theirs), str(accepted), "--accept", "--reviewer", "ana"]) == 0
    assert review_main([str(path), "--merge-from", str(theirs)]) == 0
    assert window_data.kept(path)
    windowed, memory, stores = _frames(path, monkeypatch)
    try:
        assert isinstance(windowed, PyramidFrame) and len(windowed) == len(memory) == 3000
        assert windowed.locate(accepted).flags == memory.locate(accepted).flags
    finally:
        for store in stores:
            store.close()


def test_a_state_asked_for_while_another_is_written_is_written_after_it(tmp_path):
    """Reviews in the window reopen the file after each change: the state the last change left
    is kept, even when asked for while the state before it is still being written."""
    path = _synthetic(tmp_path)
    folder = pyramid_cache.folder_for(path)
    with keep_pyramid._LOCK:
        keep_pyramid._WRITING.add(folder)  # as if an earlier state's write were going on
    store = TimelineStore.open(path)
    try:
        store.frame(FrameQuery())  # its index loaded: its keep waits for the one going on
        time.sleep(0.3)
        assert not window_data.kept(path)
        with keep_pyramid._LOCK:
            waiting = keep_pyramid._NEXT.pop(folder)
        keep_pyramid._write_all(folder, waiting)  # the write going on ends: the next one runs
    finally:
        store.close()
    assert window_data.kept(path) and folder not in keep_pyramid._WRITING
