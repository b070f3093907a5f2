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
from db.review.state import DateValue
from db.review.writer import ReviewWriter
from db.store import window_data, window_frames, window_sources
from db.store.frame import FrameQuery
from db.store.intervals import LONG
from db.store.memory_frame import MemoryFrame
from db.store.model import ACCEPTED, CORRECTED, NEGATED, PLANNED, REJECTED
from db.store.timeline import TimelineStore
from db.timekeys import iso_of
from db.windowed.frame import PyramidFrame
from tests.conftest import add_events
from tests.db.archive.test_store import _check_frame, _make_db, _places
from tests.stories import import_both


@pytest.fixture(autouse=True)
def _windowed_from_any_size(monkeypatch):
    """Pyramids are kept from 100,000 events and windows served from 200,000: not here."""
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
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


def _reviewed(tmp_path: Path, make=_with_statuses) -> Path:
    """`make`'s file reviewed through the review writer, as a careful reviewer does: events
    accepted, rejected (negated ones too), dates corrected (moved, a point made a month, a
    long event made a day), moved to another lane or a new one, merged, one accepted and
    corrected, one reviewed back to unreviewed."""
    path = make(tmp_path)
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT id, start_key, end_key, lane, status FROM events ORDER BY id"
        ).fetchall()
    conn.close()
    lanes = sorted({r[3] for r in rows})
    with ReviewWriter(path, "tester") as writer:
        for i, (event_id, start, end, lane, status) in enumerate(rows):
            if status == "negated" and i % 3 == 0:
                writer.reject(event_id)
            elif i % 41 == 0:
                writer.accept(event_id)
            elif i % 43 == 0:
                writer.reject(event_id)
            elif i % 47 == 0:  # a few weeks earlier
                writer.correct_date(event_id, DateValue(iso_of(start - 86_400 * 20)))
            elif i % 53 == 0:  # a month: long now
                writer.correct_date(event_id, DateValue(iso_of(start, "month"), precision="month"))
            elif end is not None and end - start > LONG and i % 5 == 0:  # a long one: a day
                writer.correct_date(event_id, DateValue(iso_of(end), around=True))
            elif i % 59 == 0:
                writer.move(event_id, "Reviewed" if i % 2 else lanes[(lanes.index(lane) + 1) % 3])
            elif i % 61 == 0:
                writer.merge(event_id, rows[i - 1][0])
        writer.accept(rows[10][0])
        writer.correct_date(rows[10][0], DateValue(iso_of(rows[10][1] + 86_400)))
        writer.accept(rows[12][0])
        writer.record(rows[12][0], "restore")  # Back to Unreviewed
    return path


def _reviewed_stories(tmp_path: Path) -> Path:
    """The file with stories, reviewed, a report split from its story and two stories joined."""
    path = _reviewed(tmp_path, _with_stories)
    with ReviewWriter(path, "tester") as writer:
        writer.split(16)  # 15's story: 16 drawn on its own
        writer.join(22, 29)
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


# The review filters windows answer (what flag bits tell apart, the unreviewed shown).
SHOWN = [
    frozenset({"unreviewed", "accepted", "corrected"}), frozenset({"unreviewed", "accepted"}),
    frozenset({"unreviewed"}),
]  # fmt: skip


@pytest.mark.parametrize(
    "make",
    [_synthetic, _with_statuses, _with_stories, _imported_stories, _reviewed, _reviewed_stories],
)
def test_a_windowed_frame_answers_as_the_in_memory_one(make, tmp_path):
    path = make(tmp_path)
    memory_store = TimelineStore.open(path)
    memory_store.frame(FrameQuery())
    _kept(path)
    store = TimelineStore.open(path)
    try:
        lanes = tuple(reversed(store.frame(FrameQuery()).lanes))[:-1]
        low, high = memory_store.frame(FrameQuery()).span()
        day = (low + high) // 2 // 86_400 * 86_400
        queries = [
            FrameQuery(), FrameQuery(hide=NEGATED), FrameQuery(lanes=lanes),
            FrameQuery(lanes=lanes, hide=NEGATED),
            FrameQuery(review=frozenset({"unreviewed", "accepted", "corrected", "rejected"})),
            *(FrameQuery(review=shown) for shown in SHOWN),
            FrameQuery(review=SHOWN[1], hide=NEGATED, lanes=lanes),
            FrameQuery(as_of=day), FrameQuery(as_of=day, hide=NEGATED, lanes=lanes),
            FrameQuery(as_of=day, review=SHOWN[0], hide=NEGATED),
        ]  # fmt: skip
        sources = tuple(reversed(memory_store.frame(FrameQuery(group="source")).lanes))[:-1]
        queries += [  # lanes by source
            FrameQuery(group="source"), FrameQuery(group="source", hide=NEGATED),
            FrameQuery(group="source", lanes=sources, hide=NEGATED, review=SHOWN[0]),
            FrameQuery(group="source", as_of=day, lanes=sources),
        ]  # fmt: skip
        for query in queries:
            frame, memory = store.frame(query), memory_store.frame(query)
            assert isinstance(memory, MemoryFrame), query
            assert isinstance(frame, PyramidFrame), (query, _why_not(path))
            _check_frame(frame, memory)
            assert _reporting(frame) == _reporting(memory)
            assert _reports(frame) == _reports(memory)
        if make in (_with_stories, _imported_stories, _reviewed_stories):  # folded
            assert _reports(store.frame(FrameQuery())) != [(i, 1) for i, _n in _reports(
                store.frame(FrameQuery()))]  # fmt: skip
        if make in (_reviewed, _reviewed_stories):  # the reviews are drawn where they put them
            flags = {f for _s, _i, _l, _e, f in _places(store.frame(FrameQuery()))}
            bits = (REJECTED, ACCEPTED, CORRECTED)
            assert set(bits) <= {f & b for f in flags for b in bits}
            assert "Reviewed" in store.frame(FrameQuery()).lanes
        span = memory_store.frame(FrameQuery()).span()
        assert span is not None
        for start, end in ((span[0] + (span[1] - span[0]) // 3, span[1]), (None, span[1] // 2)):
            for group, shown, hide, review, as_of in (
                ("lane", None, 0, None, None), ("lane", None, NEGATED, None, None),
                ("lane", lanes, NEGATED, SHOWN[0], None), ("lane", None, 0, SHOWN[2], day),
                ("lane", None, NEGATED, None, day), ("source", None, NEGATED, None, None),
                ("source", sources, NEGATED, SHOWN[1], None), ("source", sources, 0, None, day),
            ):  # fmt: skip
                inner = FrameQuery(group, shown, start, end, as_of, review, hide)
                limited, expected = store.frame(inner), memory_store.frame(inner)
                assert isinstance(limited, PyramidFrame)
                assert len(limited) == len(expected) and limited.span() == expected.span()
                assert _places(limited) == _places(expected)
                assert sorted(limited.ids().tolist()) == sorted(expected.ids().tolist())
                assert _reporting(limited) == _reporting(expected)
                assert _reports(limited) == _reports(expected)
                order = [p[1] for p in _places(expected)]
                if order:  # the first and last events (Home, End): the long ones among them
                    assert limited.neighbour(None, 1).id == order[0]
                    assert limited.neighbour(None, -1).id == order[-1]
                    if len(order) > 3:
                        assert limited.neighbour(order[-1], -3).id == order[-4]
                for at in (0, len(order) // 2) if order else ():
                    got = limited.neighbour(order[at], 1)
                    assert (got.id if got else None) == (order[at + 1] if at + 1 < len(order)
                                                         else None)  # fmt: skip
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
            FrameQuery(review=frozenset({"accepted"})), FrameQuery(hide=NEGATED | PLANNED),
            FrameQuery(review=frozenset({"unreviewed", "corrected"})),
        ):  # fmt: skip
            assert isinstance(store.frame(query), MemoryFrame), query
    finally:
        store.close()


def test_lanes_by_source_are_held_in_memory_past_the_lanes_a_window_draws(tmp_path, monkeypatch):
    monkeypatch.setattr(window_sources, "MAX_LANES", 3)  # the synthetic file has more sources
    path = _synthetic(tmp_path)
    _kept(path)
    store = TimelineStore.open(path)
    assert isinstance(store.frame(FrameQuery()), PyramidFrame)
    assert isinstance(store.frame(FrameQuery(group="source")), MemoryFrame)
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


def test_a_review_written_after_the_window_data_waits_for_an_open_to_keep_them(tmp_path):
    path = _synthetic(tmp_path)
    _kept(path)
    with ReviewWriter(path, "tester") as writer:
        writer.correct_date(7, DateValue("1990-05-04"))
    store = TimelineStore.open(path)  # the file changed with its review: the in-memory frame
    assert isinstance(store.frame(FrameQuery()), MemoryFrame)
    store.close()
    _kept(path)
    store = TimelineStore.open(path)
    frame = store.frame(FrameQuery())
    assert isinstance(frame, PyramidFrame)
    place = frame.locate(7)
    assert place is not None and place.flags & CORRECTED
    assert iso_of(place.start) == "1990-05-04" and frame.neighbour(None, 1).id == 7
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


def test_a_review_filter_hiding_only_long_events_hides_them(tmp_path):
    path = _synthetic(tmp_path)  # no negated event: nothing else is hidden
    with sqlite3.connect(path) as conn:
        (long_id,) = conn.execute(
            f"SELECT id FROM events WHERE end_key - start_key > {LONG} ORDER BY id LIMIT 1"
        ).fetchone()
    conn.close()
    with ReviewWriter(path, "tester") as writer:
        writer.reject(long_id)
    memory_store = TimelineStore.open(path)
    memory_store.frame(FrameQuery())  # looked for its window data before they were kept
    _kept(path)
    store = TimelineStore.open(path)
    try:
        for query in (FrameQuery(review=SHOWN[0]), FrameQuery(review=SHOWN[0], hide=NEGATED)):
            frame, memory = store.frame(query), memory_store.frame(query)
            assert isinstance(frame, PyramidFrame) and isinstance(memory, MemoryFrame)
            assert frame.locate(long_id) is None and len(frame) == len(memory)
            _check_frame(frame, memory)
    finally:
        store.close()
        memory_store.close()
