"""Long bars (periods over most of the view) have the lane's bottom rows; when there are more of
them than those rows and the other events leave rows empty, the bars take the empty rows rather
than being left out as ticks ("5 as ticks only" under three empty rows: the demo's Global
Voices lane in January 2013 at 2560x1440)."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.timekeys import period
from tests.conftest import add_events


def lane_db(tmp_path):
    path = tmp_path / "long-bars.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"Siege {i}", "start": "2012-06-01", "end": "2013-06-30", "lane": "GV"}
        for i in range(25)
    ]
    rows += [
        {"title": f"Day {d}", "start": f"2013-01-{d:02d}", "lane": "GV"} for d in range(2, 28, 3)
    ]
    add_events(db, rows)
    db.close()
    return path


def test_long_bars_take_the_rows_the_others_leave_empty(qtbot, make_window, tmp_path):
    window = make_window(lane_db(tmp_path), size=(1200, 700))
    timeline = window.timeline
    timeline.set_range(period("2013-01-01").start, period("2013-01-31").end)
    timeline.grab()
    frame = timeline.frame()
    (box,) = timeline.lane_boxes()
    assert frame.modes[box.lane] == "detail"
    drawn = {b.id: b.y for b in frame.bars} | {m.id: m.y for m in frame.markers}
    days = {eid: y for eid, y in drawn.items() if eid > 25}  # a day each: short bars here
    sieges = {eid: y for eid, y in drawn.items() if eid <= 25}
    assert len(days) == 9
    used = set(days.values())
    assert len(used) + 25 <= box.rows  # the days leave room for every long bar
    # Every long bar is drawn, each on a row of its own, none on a day's row; no ticks.
    assert len(sieges) == 25
    assert len(set(sieges.values())) == 25 and not used & set(sieges.values())
    assert frame.hidden.get(box.lane, 0) == 0
    assert timeline.painter.gutter_texts[box.lane] == "34 in view"
