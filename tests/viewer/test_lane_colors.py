"""Lane colours are stable: a lane keeps its colour (read from the rendered gutter) when lanes
are hidden, reordered, or added by another program while the window shows the file."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtGui import QColor

from db import schema
from tests.conftest import add_events


def gutter_colors(timeline) -> dict[str, str]:
    """Each shown lane's colour, as painted in the gutter's colour strip."""
    image = timeline.grab().toImage()
    lanes = timeline.events.lanes
    return {
        lanes[box.lane]: QColor(image.pixel(1, round(box.top + box.height / 2))).name()
        for box in timeline.lane_boxes()
    }


def test_a_lane_keeps_its_colour(qtbot, make_window, tmp_path):
    path = tmp_path / "lanes.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    names = ("Diplomacy", "Politics", "Syria", "Economy")
    add_events(db, [{"title": f"{n} event", "start": "2019-12-10", "lane": n} for n in names])
    db.close()
    window = make_window(path)
    timeline = window.timeline
    first = gutter_colors(timeline)
    assert set(first) == set(names) and len(set(first.values())) == len(names)  # distinct

    window.filter_panel.set_hidden("Politics", True)
    assert gutter_colors(timeline) == {n: c for n, c in first.items() if n != "Politics"}
    window.filter_panel.all.click()
    window.filter_panel.lanes.setCurrentRow(3)
    window.filter_panel.up.click()
    assert timeline.events.lanes != tuple(sorted(first))  # reordered ...
    assert gutter_colors(timeline) == first  # ... same colours

    # Another program adds a lane (one whose colour is free: when two names hash to one colour,
    # one of them takes the next, see theme.palette_slots): the others keep theirs.
    db = sqlite_utils.Database(path)
    add_events(db, [{"title": "New", "start": "2019-12-11", "lane": "Culture"}])
    db.close()
    qtbot.waitUntil(lambda: "Culture" in timeline.events.lanes, timeout=10_000)
    after = gutter_colors(timeline)
    assert {n: after[n] for n in first} == first
    assert len(set(after.values())) == len(after)
