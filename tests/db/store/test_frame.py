"""The frame interface as the stores answer it (MemoryFrame), on real SQLite files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import sqlite_utils

from db import schema
from db.opening import open_store
from db.store.frame import EventPlace, FrameQuery
from db.store.memory_frame import FEW_IDS
from db.store.model import IMPRECISE, RANGE, TableMapping
from db.store.plain import PlainTableStore
from db.store.timeline import TimelineStore
from db.timekeys import DAY, span_keys

EVENTS = [  # id, title, start, end, precision, lane
    (1, "First point", "2019-12-02", None, "day", "A"),
    (2, "A range", "2019-12-05", "2019-12-09", "day", "A"),
    (3, "A month", "2019-11", None, "month", "B"),
    (4, "Late point", "2019-12-20", None, "day", "B"),
    (5, "Middle point", "2019-12-10", None, "day", "C"),
]
START_ORDER = [3, 1, 2, 5, 4]


@pytest.fixture
def store(tmp_path) -> TimelineStore:
    path = tmp_path / "frame.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = []
    for eid, title, start, end, precision, lane in EVENTS:
        start_key, end_key = span_keys(start, end)
        row = {"id": eid, "title": title, "start": start, "end": end, "precision": precision}
        rows.append(row | {"lane": lane, "start_key": start_key, "end_key": end_key})
    db["events"].insert_all(rows)
    db.close()
    opened = TimelineStore.open(path)
    yield opened
    opened.close()


def k(day: str) -> int:
    return span_keys(day)[0]


def test_a_frame_holds_the_lanes_asked_for_in_their_order(store):
    whole = store.frame(FrameQuery())
    assert whole.lanes == ("A", "B", "C") and len(whole) == 5
    assert whole.ids().tolist() == START_ORDER
    shown = store.frame(FrameQuery(lanes=("C", "A", "nowhere")))
    assert shown.lanes == ("C", "A") and len(shown) == 3
    assert shown.ids().tolist() == [1, 2, 5]
    assert shown.locate(5).lane == 0 and shown.locate(1).lane == 1
    assert store.frame(FrameQuery()) is whole  # built once, kept


def test_a_date_range_keeps_the_events_overlapping_it(store):
    frame = store.frame(FrameQuery(start=k("2019-12-06"), end=k("2019-12-15")))
    assert frame.ids().tolist() == [2, 5]  # the range overlaps; the points outside are left out


def test_span_count_histogram_coverage(store):
    frame = store.frame(FrameQuery())
    assert frame.span() == (k("2019-11-01"), k("2019-12-21"))
    assert frame.count(None, k("2019-11-01"), k("2020-01-01")) == 5
    assert frame.count(0, k("2019-12-01"), k("2019-12-03")) == 1  # the point, by its midpoint
    assert frame.count(1, k("2019-11-10"), k("2019-11-11")) == 1  # the month, by overlap
    edges = np.array([k("2019-12-01"), k("2019-12-15"), k("2020-01-01")], np.float64)
    assert frame.histogram(1, edges).tolist() == [0, 1]  # the month is long: not a spike
    assert frame.coverage(1, edges).tolist() == [0, 0]
    assert frame.coverage(1, edges - 20 * DAY).tolist() == [1, 1]  # Nov 11 to Dec 12
    assert frame.coverage(1, edges - 10 * DAY).tolist() == [1, 0]
    assert frame.histogram(None, edges).tolist() == [2, 1]  # the range (5 days) is long


def test_window_slices_a_lane_in_start_order(store):
    frame = store.frame(FrameQuery())
    part = frame.window(0, k("2019-12-01"), k("2019-12-31"))
    assert part.ids.tolist() == [1, 2] and len(part) == 2
    assert part.start.tolist() == [k("2019-12-02"), k("2019-12-05")]
    assert part.end.tolist() == [k("2019-12-03"), k("2019-12-10")]
    assert part.flags.tolist() == [0, RANGE]
    long_ago = frame.window(1, k("2019-11-30"), k("2019-12-01"))
    assert long_ago.ids.tolist() == [3] and long_ago.flags.tolist() == [IMPRECISE]
    assert len(frame.window(2, k("2020-01-01"), k("2020-02-01"))) == 0


def test_locate_and_neighbour_across_lanes(store):
    frame = store.frame(FrameQuery())
    assert frame.locate(2) == EventPlace(2, 0, k("2019-12-05"), k("2019-12-10"), RANGE)
    assert frame.locate(999) is None
    assert frame.neighbour(1, +1).id == 2
    assert frame.neighbour(2, +1).id == 5  # the next in time is in another lane
    assert frame.neighbour(1, -1).id == 3
    assert frame.neighbour(3, -1) is None and frame.neighbour(4, +1) is None
    assert frame.neighbour(999, +1) is None
    assert frame.neighbour(None, +1).id == 3 and frame.neighbour(None, -1).id == 4
    assert frame.neighbour(None, +1, at=k("2019-12-04")).id == 2
    assert frame.neighbour(None, -1, at=k("2019-12-04")).id == 1
    assert frame.neighbour(None, +1, at=k("2030-01-01")).id == 4  # nearest: the last


def test_contains_and_select(store):
    frame = store.frame(FrameQuery(lanes=("A", "B")))
    hits = np.array([5, 4, 1, 999], np.int64)
    # A few ids before the frame's table of positions is made (a search's first page) are found
    # in a pass over the ids; the same answers after the table is made (many ids asked).
    for made in (False, True):
        assert frame.contains(hits).tolist() == [False, True, True, False]
        assert (frame._by_id is not None) == made
        lanes, found = frame.select(hits, k("2019-12-01"), k("2019-12-31"))
        assert found.ids.tolist() == [1, 4] and lanes.tolist() == [0, 1]  # in start order
        lanes, found = frame.select(hits, k("2019-12-03"), k("2019-12-15"))
        assert len(found) == 0 and len(lanes) == 0
        many = np.concatenate([hits, np.arange(10_000, 10_000 + FEW_IDS)])
        assert frame.contains(many).tolist()[:4] == [False, True, True, False]
        hits = hits.copy()  # asked anew: not the positions kept for the array asked before


def test_an_empty_frame_answers_everything(store):
    for frame in (
        store.frame(FrameQuery(lanes=())),
        store.frame(FrameQuery(start=k("2030-01-01"))),
    ):
        assert len(frame) == 0 and frame.span() is None
        assert frame.ids().tolist() == []
        assert frame.count(None, 0, 1e12) == 0
        assert frame.histogram(None, np.array([0.0, 1.0, 2.0])).tolist() == [0, 0]
        assert frame.coverage(None, np.array([0.0, 1.0, 2.0])).tolist() == [0, 0]
        assert frame.locate(1) is None
        assert frame.neighbour(None, 1) is None and frame.neighbour(1, 1) is None
        assert frame.contains(np.array([1, 2], np.int64)).tolist() == [False, False]
        lanes, found = frame.select(np.array([1], np.int64), 0, 1e12)
        assert len(found) == 0 and len(lanes) == 0


def test_grouping_by_source(store):
    frame = store.frame(FrameQuery(group="source"))
    assert frame.lanes == ("",) and len(frame) == 5  # no articles: one lane without a source


def test_a_plain_table_answers_the_same(tmp_path: Path):
    path = tmp_path / "plain.db"
    db = sqlite_utils.Database(path)
    db["things"].insert_all(
        [{"name": t, "day": s, "kind": lane} for _, t, s, _, _, lane in EVENTS if len(s) == 10]
    )
    db.close()
    mapping = TableMapping("things", "name", "day", lane="kind")
    store = open_store(path, mapping)
    try:
        assert isinstance(store, PlainTableStore)
        frame = store.frame(FrameQuery(lanes=("B", "A")))
        assert frame.lanes == ("B", "A") and len(frame) == 3
        titles = store.titles(frame.ids().tolist())
        assert [titles[i] for i in frame.ids().tolist()] == ["First point", "A range", "Late point"]
        place = frame.neighbour(None, +1, at=k("2019-12-15"))
        assert place is not None and titles[place.id] == "Late point" and place.lane == 0
        assert frame.contains(frame.ids()).all()
    finally:
        store.close()


def test_locate_answers_the_same_before_and_after_the_ids_are_sorted(store):
    frame = store.frame(FrameQuery(lanes=("B", "A")))
    asked = (1, 2, 3, 4, 5, 999)
    before = [frame.locate(i) for i in asked]
    steps = [frame.neighbour(i, +1) for i in asked]
    frame.contains(np.array([1], np.int64))  # many ids at once sort them
    assert [frame.locate(i) for i in asked] == before
    assert [frame.neighbour(i, +1) for i in asked] == steps
    assert before[0] == EventPlace(1, 1, k("2019-12-02"), k("2019-12-03"), 0)
    assert before[4] is None and before[5] is None  # lane C is not shown
