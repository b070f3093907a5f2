"""A lane too crowded for its rows becomes a histogram only while zooming in can still pull its
events apart: the events of one busy day, zoomed into that day, stay clickable."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.timekeys import period
from tests.conftest import add_events


def test_a_busy_day_zoomed_in_keeps_its_events_clickable(qtbot, make_window, tmp_path):
    path = tmp_path / "busy.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    busy = [{"title": f"Report {i}", "start": "2019-12-23", "lane": "Busy"} for i in range(40)]
    quiet = [
        {"title": f"Note {i}", "start": f"2019-12-{i + 1:02d}", "lane": f"L{i}"} for i in range(9)
    ]
    add_events(db, busy + quiet)
    db.close()
    window = make_window(path, size=(1000, 620))
    timeline = window.timeline
    day = period("2019-12-23")
    busy_lane = timeline.events.lanes.index("Busy")
    timeline.set_range(day.start + 10 * 3600, day.start + 11 * 3600)  # an hour of that day
    timeline.grab()
    frame = timeline.frame()
    assert frame.modes[busy_lane] == "detail"
    shown = [b.id for b in frame.bars if b.lane == busy_lane]
    assert shown, "no event of the busy day is drawn"
    where = timeline.marker_position(shown[0])
    assert timeline.event_at(where) == shown[0]


def test_a_busy_month_seen_within_it_keeps_its_events_clickable(qtbot, make_window, tmp_path):
    path = tmp_path / "busy-month.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    busy = [
        {"title": f"Monthly report {i}", "start": "2019-12", "precision": "month", "lane": "Busy"}
        for i in range(40)
    ]
    quiet = [
        {"title": f"Note {i}", "start": f"2019-12-{i + 1:02d}", "lane": f"L{i}"} for i in range(9)
    ]
    add_events(db, busy + quiet)
    db.close()
    window = make_window(path, size=(1000, 620))
    timeline = window.timeline
    busy_lane = timeline.events.lanes.index("Busy")
    timeline.set_range(period("2019-12-09").start, period("2019-12-15").end)  # a week of it
    timeline.grab()
    frame = timeline.frame()
    assert frame.modes[busy_lane] == "detail"
    shown = [b.id for b in frame.bars if b.lane == busy_lane]
    assert shown and timeline.event_at(timeline.marker_position(shown[0])) == shown[0]
