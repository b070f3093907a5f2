"""A large timeline database is served by windows (db.store.window_frames): the windowed frame
over SQL and the kept pyramid answers as the in-memory frame does on the same file (the checks
the dataset's frame passes, tests.db.archive.test_store), and every query windows cannot answer
exactly, or a file whose pyramid is missing or stale, gets the in-memory frame."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
import sqlite_utils

from db import pyramid_cache
from db.store import timeline, window_data, window_frames
from db.store.frame import FrameQuery
from db.store.memory_frame import MemoryFrame
from db.store.model import NEGATED, PLANNED
from db.store.timeline import TimelineStore
from db.windowed.frame import PyramidFrame
from tests.conftest import add_events
from tests.db.archive.test_store import _check_frame, _make_db, _places
from tests.stories import import_both


@pytest.fixture(autouse=True)
def _windowed_from_any_size(monkeypatch):
    """Pyramids are kept from 100,000 events and windows served from 200,000: not here."""
    monkeypatch.setattr(timeline, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)


def _synthetic(tmp_path: Path) -> Path:
    path = tmp_path / "synthetic.db"
    _make_db()(path, 3000, 6, seed=5, years=8, finish=False)  # as a first open finds it
    return path


def _with_statuses(tmp_path: Path) -> Path:
    """The synthetic file with planned and negated events (as an article import marks them),
    and report days for two events in three."""
    path = _synthetic(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE events SET status = 'negated' WHERE id % 23 = 0")
        conn.execute("UPDATE events SET status = 'planned' WHERE id % 31 = 0 AND id % 23 != 0")
        conn.execute("UPDATE events SET reported_key = start_key + 86400 * (id % 5) WHERE id % 3")
    conn.close()
    return path


def _with_stories(tmp_path: Path) -> Path:
    """The synthetic file with stories: three reports in every seven events tell one happening
    (story_id: the first report's id), as the importers link reports of different articles."""
    path = _with_statuses(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE events SET story_id = id - id % 7 + 1 WHERE id % 7 IN (1, 2, 3)")
    conn.close()
    return path


def _imported_stories(tmp_path: Path) -> Path:
    """Two real articles reporting one happening (tests.stories), imported."""
    path = tmp_path / "stories.db"
    import_both(path)
    return path


def _reports(frame) -> list:
    """Every drawn event's id and how many reports it stands for (None: one each)."""
    out = []
    for lane in range(len(frame.lanes)):
        part = frame.window(lane, -(2**60), 2**60)
        counts = part.reports.tolist() if part.reports is not None else [None] * len(part)
        out += zip(part.ids.tolist(), counts, strict=True)
    return sorted(out)


def _why_not(path: Path) -> dict:
    """What a store that did not window `path` found (a test's failure message)."""
    return {
        "pyramid current": pyramid_cache.current(path, exact=True),
        "window data kept": window_data.kept(path),
        "identity now": pyramid_cache.identity(path),
        "cache": sorted(p.name for p in pyramid_cache.folder_for(path).glob("*")),
    }


def _kept(path: Path) -> None:
    """Open `path` and wait until the open has kept its pyramid and window data (an earlier
    open's may have kept them already, and then this open's frame is windowed)."""
    store = TimelineStore.open(path)
    try:
        store.frame(FrameQuery())
        deadline = time.monotonic() + 20
        while not window_data.kept(path):
            assert time.monotonic() < deadline, "the window data was never written"
            time.sleep(0.02)
    finally:
        store.close()


def _reporting(frame) -> list:
    """A frame's reporting rows as sorted tuples (events starting together come in the file's
    index order in memory, by id in windows)."""
    r = frame.reporting()
    columns = (r.start, r.end, r.lane, r.flags, r.reported)
    return sorted(zip(*(c.tolist() for c in columns), strict=True))


@pytest.mark.parametrize("make", [_synthetic, _with_statuses, _with_stories, _imported_stories])
def test_a_windowed_frame_answers_as_the_in_memory_one(make, tmp_path):
    path = make(tmp_path)
    memory_store = TimelineStore.open(path)
    memory_store.frame(FrameQuery())
    _kept(path)
    store = TimelineStore.open(path)
    try:
        lanes = tuple(reversed(store.frame(FrameQuery()).lanes))[:-1]
        queries = [
            FrameQuery(), FrameQuery(hide=NEGATED), FrameQuery(lanes=lanes),
            FrameQuery(lanes=lanes, hide=NEGATED),
            FrameQuery(review=frozenset({"unreviewed", "accepted"})),
        ]  # fmt: skip
        if make in (_synthetic, _with_statuses):  # "as known on" (no story folded)
            low, high = memory_store.frame(FrameQuery()).span()
            day = (low + high) // 2 // 86_400 * 86_400
            queries += [FrameQuery(as_of=day), FrameQuery(as_of=day, hide=NEGATED, lanes=lanes)]
        for query in queries:
            frame, memory = store.frame(query), memory_store.frame(query)
            assert isinstance(memory, MemoryFrame), query
            assert isinstance(frame, PyramidFrame), (query, _why_not(path))
            _check_frame(frame, memory)
            assert _reporting(frame) == _reporting(memory)
            assert _reports(frame) == _reports(memory)
        if make in (_with_stories, _imported_stories):  # folded: a range is held in memory
            assert _reports(store.frame(FrameQuery())) != [(i, 1) for i, _n in _reports(
                store.frame(FrameQuery()))]  # fmt: skip
            assert isinstance(store.frame(FrameQuery(start=0)), MemoryFrame)
            assert isinstance(store.frame(FrameQuery(as_of=2_000_000_000)), MemoryFrame)
            return
        span = memory_store.frame(FrameQuery()).span()
        assert span is not None
        for start, end in ((span[0] + (span[1] - span[0]) // 3, span[1]), (None, span[1] // 2)):
            for hide in (0, NEGATED):
                inner = FrameQuery(start=start, end=end, hide=hide)
                limited, expected = store.frame(inner), memory_store.frame(inner)
                assert isinstance(limited, PyramidFrame)
                assert len(limited) == len(expected) and limited.span() == expected.span()
                assert _places(limited) == _places(expected)
        if make is _with_statuses:  # the statuses' flags drawn as the index draws them
            flags = {f for _s, _i, _l, _e, f in _places(store.frame(FrameQuery()))}
            assert any(f & NEGATED for f in flags) and any(f & PLANNED for f in flags)
            assert not any(f & NEGATED for _s, _i, _l, _e, f in _places(
                store.frame(FrameQuery(hide=NEGATED))))  # fmt: skip
    finally:
        store.close()
        memory_store.close()


def test_what_windows_cannot_answer_exactly_is_held_in_memory(tmp_path):
    path = _with_statuses(tmp_path)
    _kept(path)
    store = TimelineStore.open(path)
    try:
        assert isinstance(store.frame(FrameQuery()), PyramidFrame)
        for query in (
            FrameQuery(group="source"),
            FrameQuery(review=frozenset({"accepted"})), FrameQuery(hide=NEGATED | PLANNED),
        ):  # fmt: skip
            assert isinstance(store.frame(query), MemoryFrame), query
    finally:
        store.close()


def test_a_small_file_stays_in_memory(tmp_path, monkeypatch):
    path = _synthetic(tmp_path)
    _kept(path)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 3001)
    store = TimelineStore.open(path)
    assert isinstance(store.frame(FrameQuery()), MemoryFrame)
    store.close()


def test_a_stale_or_missing_pyramid_is_never_windowed(tmp_path):
    path = _synthetic(tmp_path)
    _kept(path)
    db = sqlite_utils.Database(path)
    add_events(db, [{"title": "Later", "start": "2030-01-01"}])
    db.close()
    store = TimelineStore.open(path)  # changed since: the in-memory frame, which keeps anew
    assert isinstance(store.frame(FrameQuery()), MemoryFrame)
    store.close()
    _kept(path)
    shutil.rmtree(pyramid_cache.folder_for(path))
    store = TimelineStore.open(path)
    assert isinstance(store.frame(FrameQuery()), MemoryFrame)
    store.close()


def test_a_reviewed_file_keeps_no_window_data(tmp_path):
    from db.review.writer import ReviewWriter

    path = _synthetic(tmp_path)
    with ReviewWriter(path) as writer:
        writer.accept(7)
    store = TimelineStore.open(path)
    store.frame(FrameQuery())
    deadline = time.monotonic() + 20
    while not pyramid_cache.current(path, exact=True):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    store.close()
    assert not window_data.kept(path)  # its reviews move events: the index alone shows them
    store = TimelineStore.open(path)
    assert isinstance(store.frame(FrameQuery()), MemoryFrame)
    store.close()


def test_a_file_without_the_start_keys_indexes_is_never_windowed(tmp_path):
    path = _synthetic(tmp_path)
    with sqlite3.connect(path) as conn:  # as another tool may write a timeline database
        conn.execute("DROP INDEX idx_events_timeline")
    conn.close()
    _kept(path)
    store = TimelineStore.open(path)
    assert isinstance(store.frame(FrameQuery()), MemoryFrame)  # a window would scan the table
    store.close()
