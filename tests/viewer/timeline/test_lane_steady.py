"""Hysteresis on lane heights: a small pan that moves a cluster out of view at an edge does not
make the lanes jump; a lane gives its rows back once the view is well away (or zoomed)."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.timekeys import DAY, key_of
from tests.conftest import add_events
from viewer.timeline.lane_heights import steady_rows


def test_steady_rows_grow_at_once_and_shrink_late():
    t0, t1 = 0.0, 100.0
    given = steady_rows(6, None, t0, t1)
    assert given[0] == 6
    assert steady_rows(8, given, t0 + 5, t1 + 5)[0] == 8  # more: at once
    assert steady_rows(2, given, t0 + 10, t1 + 10) == given  # a small pan: kept
    assert steady_rows(2, given, t0 + 60, t1 + 60)[0] == 2  # well away: given back
    assert steady_rows(2, given, t0, t1 + 100)[0] == 2  # zoomed out twice: given back


def test_a_small_pan_does_not_make_the_lanes_jump(make_window, tmp_path):
    path = tmp_path / "steady.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    stack = [{"title": f"Summit talk {i}", "start": "2019-12-02", "lane": "A"} for i in range(7)]
    singles = [
        {"title": f"Day {d}", "start": f"2019-12-{d:02d}", "lane": lane}
        for d in range(5, 31, 3)
        for lane in ("A", "B")
    ]
    add_events(db, stack + singles)
    db.close()
    window = make_window(path, size=(1200, 700))
    timeline = window.timeline
    start, end = key_of(2019, 12, 1), key_of(2020, 1, 1)
    timeline.set_range(start, end)
    before = [round(b.height) for b in timeline.lane_boxes()]
    assert before[0] > before[1]  # the stack of seven wants rows in A

    timeline.set_range(start + 2 * DAY, end + 2 * DAY)  # the stack just left the view
    assert timeline.events.count(0, timeline.scale.t0, timeline.scale.t1) == 9
    assert [round(b.height) for b in timeline.lane_boxes()] == before
    timeline.set_range(start, end)  # and back
    assert [round(b.height) for b in timeline.lane_boxes()] == before

    timeline.set_range(start + 20 * DAY, end + 20 * DAY)  # well away: A gives its rows back
    after = [round(b.height) for b in timeline.lane_boxes()]
    assert after[0] < before[0]
