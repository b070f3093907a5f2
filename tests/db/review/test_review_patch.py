"""A review change laid over the index held (db.store.review_patch), on real files: after each
change, its undo and its redo, the index equals what a store opened afresh loads, row for row,
in each grouping held, with the report days loaded; a change that regroups stories is refused."""

from __future__ import annotations

import numpy as np
import pytest
import sqlite_utils

from db import schema
from db.review.state import DateValue
from db.review.writer import ReviewWriter
from db.store import review_patch
from db.store.frame import FrameQuery
from db.store.model import EventIndex
from db.store.timeline import TimelineStore
from db.timekeys import DAY, period
from tests.conftest import add_events
from tests.stories import import_both

DAYS = ("2021-03-01", "2021-03-02", "2021-03-03", "2021-03-05")
period_start = period(DAYS[0]).start


@pytest.fixture
def ties_db(tmp_path):
    """Events of three lanes on four days, many sharing their start (a day's first second)
    with ids out of order, a few ranges, articles of two sources."""
    path = tmp_path / "ties.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["articles"].insert_all(
        [{"id": 1, "source": "Daily", "published": "2021-03-06", "content_hash": "1",
          "headline": "H", "body": "B."},
         {"id": 2, "source": "Weekly", "published": "2021-03-08", "content_hash": "2",
          "headline": "H", "body": "B."}]
    )  # fmt: skip
    rows = []
    for n in range(120):
        event_id = (n * 37) % 120 + 1
        start = DAYS[n % len(DAYS)]
        row = {"id": event_id, "title": f"Event {event_id}", "start": start,
               "lane": "ABC"[n % 3], "article_id": 1 + n % 2}  # fmt: skip
        if n % 10 == 0:
            row["end"] = "2021-03-09"
        rows.append(row)
    add_events(db, rows)
    db.close()
    return path


def _fresh(path, group: str) -> EventIndex:
    store = TimelineStore.open(path)
    try:
        index = store.load_index(group)
        if group == "lane":
            index = _with_reported(index, store.load_reported(index))
        return index
    finally:
        store.close()


def _with_reported(index: EventIndex, days) -> EventIndex:
    from dataclasses import replace

    return replace(index, reported=days)


def _same(held: EventIndex, fresh: EventIndex) -> None:
    assert held.lanes == fresh.lanes
    for name in ("ids", "start", "end", "lane", "flags", "reported", "reports"):
        a, b = getattr(held, name), getattr(fresh, name)
        assert (a is None) == (b is None), name
        if a is not None:
            np.testing.assert_array_equal(a, b, err_msg=name)


SHOWN = FrameQuery(review=frozenset({"unreviewed", "accepted", "corrected"}))  # the default


def _made(frame) -> None:
    """Make the frame's counts and per-lane windows (the timeline's first paint does)."""
    frame.count(None, 0, 2**40)
    frame.count(0, 0, 2**40)


def _same_frame(carried, fresh, before) -> None:
    """The frame made after a change, its structures carried over (db.store.frame_patch; made
    again when the lanes changed), answers as one made afresh from a fresh load."""
    np.testing.assert_array_equal(carried.ids(), fresh.ids())
    if carried.lanes == before.lanes:  # carried, not made
        assert carried._all is not None and carried._lane_index is not None
    edges = np.linspace(period_start - DAY, period_start + 12 * DAY, 40)
    for lane in (None, *range(len(fresh.lanes))):
        np.testing.assert_array_equal(carried.histogram(lane, edges), fresh.histogram(lane, edges))
        np.testing.assert_array_equal(carried.coverage(lane, edges), fresh.coverage(lane, edges))
        assert carried.count(lane, edges[3], edges[20]) == fresh.count(lane, edges[3], edges[20])
        if lane is not None:
            got, want = (f.window(lane, edges[5], edges[25]) for f in (carried, fresh))
            np.testing.assert_array_equal(got.ids, want.ids)
            np.testing.assert_array_equal(got.start, want.start)


def _check(store: TimelineStore, path) -> None:
    before = store.frame(SHOWN)
    _made(before)
    assert review_patch.apply(store)
    held = store.held_indexes()
    for group in ("lane", "source"):
        _same(held[group][0], _fresh(path, group))
    fresh = TimelineStore.open(path)
    try:
        _same_frame(store.frame(SHOWN), fresh.frame(SHOWN), before)
    finally:
        fresh.close()


def test_each_change_its_undo_and_redo_equal_a_fresh_load(ties_db):
    store = TimelineStore.open(ties_db)
    store.frame(FrameQuery(as_of=10**12))  # the report days loaded into the index
    store.frame(FrameQuery("source"))
    assert review_patch.holds_index(store, ("lane", "source"))
    done = []
    with ReviewWriter(ties_db, "ana") as writer:
        changes = [
            lambda: writer.accept(5),
            lambda: writer.reject(17),
            lambda: writer.correct_date(9, DateValue("2021-03-02")),  # onto a busy day
            lambda: writer.correct_date(33, DateValue("2021-03-02", "2021-03-04", "day", True)),
            lambda: writer.correct_date(5, DateValue("2021-03")),  # reviewed, moved as well
            lambda: writer.retitle(40, "Renamed"),
            lambda: writer.move(41, "B"),
            lambda: writer.move(42, "A new lane"),  # a lane only the review names
            lambda: writer.merge(50, 51),
            lambda: writer.unmerge(50),
        ]
        for change in changes:
            done.append(change())
            _check(store, ties_db)
        for entry in reversed(done):  # undo all: the new lane goes with its move
            writer.remove(entry)
            _check(store, ties_db)
        assert store.held_indexes()["lane"][0].lanes == ("A", "B", "C")
        for entry in done:  # redo all
            writer.put_back(entry)
            _check(store, ties_db)
    frame = store.frame(FrameQuery())
    fresh = TimelineStore.open(ties_db)
    try:
        again = fresh.frame(FrameQuery())
        np.testing.assert_array_equal(frame.ids(), again.ids())
        assert frame.locate(33) == again.locate(33) and frame.lanes == again.lanes
        assert store.event(40).title == "Renamed" == fresh.event(40).title
    finally:
        fresh.close()
        store.close()


def test_a_store_without_its_index_held_or_with_stories_regrouped_refuses(tmp_path, ties_db):
    store = TimelineStore.open(ties_db)
    try:
        assert not review_patch.holds_index(store, ("lane",))
        assert not review_patch.apply(store)  # nothing held: the caller reads the file again
    finally:
        store.close()
    path = tmp_path / "stories.db"
    import_both(path)
    store = TimelineStore.open(path)
    try:
        store.frame(FrameQuery())
        stories = store.stories()
        assert stories is not None
        report = next(int(i) for i in stories.ids if len(stories.reports_of(int(i))) > 1)
        with ReviewWriter(path, "ana") as writer:
            entry = writer.reject(report)  # a report of a story: the story is drawn again
            assert not review_patch.apply(store)
            writer.remove(entry)
            writer.split(report)
            assert not review_patch.apply(store)
    finally:
        store.close()
