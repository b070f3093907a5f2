"""The selected event is drawn whatever its lane's mode: in a lane drawn as a histogram, a line
with a cap at its middle, its stretch of time as a bar through the cap, its title in bold beside
them; in `--screenshot`'s picture too (before: the first paint, which the screenshot grabs, had
not found the selection yet and left it out). On rows, a selected event drawn without its label
(no room) gets its title beside it."""

from __future__ import annotations

import argparse
import math

import sqlite_utils
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage

from db import schema
from db.timekeys import period
from tests.conftest import add_events
from viewer.app import _screenshot
from viewer.timeline.layout import MARKER_R
from viewer.timeline.theme import GUTTER_W, SELECT

WEEK = 9999  # the selected event's id: a range of days among a month's hundreds of events


def busy_month(tmp_path):
    path = tmp_path / "busy.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"Report {i}", "start": f"2011-03-{1 + i % 31:02d}", "lane": "Wire"}
        for i in range(1500)
    ]
    rows.append(
        {"id": WEEK, "title": "The week of talks", "start": "2011-03-07", "end": "2011-03-11",
         "lane": "Wire"}
    )  # fmt: skip
    rows.append({"title": "A quiet day", "start": "2011-03-20", "lane": "Notes"})
    add_events(db, rows)
    db.close()
    return path


def test_a_screenshot_draws_the_selection_of_a_histogram_lane(make_window, tmp_path):
    path = busy_month(tmp_path)
    window = make_window(show=False, size=None)
    out = tmp_path / "shot.png"
    args = argparse.Namespace(
        db=str(path), size=(1200, 700), mapping=None, screenshot=str(out), review=False,
        range=(period("2011-03").start, period("2011-03").end), select=WEEK,
    )  # fmt: skip
    assert _screenshot(window, args) == 0
    image = QImage(str(out))
    timeline = window.timeline
    wire = timeline.events.lanes.index("Wire")
    assert timeline.frame().modes[wire] == "density"
    box = next(b for b in timeline.lane_boxes() if b.lane == wire)
    origin = timeline.mapTo(window, QPoint(0, 0))
    scale = timeline.scale
    x0, x1 = scale.x_of(period("2011-03-07").start), scale.x_of(period("2011-03-11").end)

    def at(x: float, y: float) -> QColor:
        return image.pixelColor(round(origin.x() + GUTTER_W + x), round(origin.y() + y))

    cap_y = box.top + 6
    assert at((x0 + x1) / 2, cap_y) == SELECT  # the cap
    # the line down the lane (2 px wide at its middle: the pixel it covers whole)
    assert at(math.floor((x0 + x1) / 2), box.top + box.height - 8) == SELECT
    assert at(x0 + 2, cap_y) == SELECT and at(x1 - 2, cap_y) == SELECT  # its five days
    assert at(x1 + 30, cap_y) != SELECT or at(x0 - 30, cap_y) != SELECT
    # Its title in bold beside it, clear of the bar and of the lane's scale.
    title = timeline.painter.density_selection_title
    assert title is not None and (title.left() > x1 or title.right() < x0)
    assert not title.intersects(timeline.painter.density_scale_boxes[wire])
    ink = [
        at(x, y).lightness() < 100
        for x in range(round(title.left()), round(title.right()))
        for y in range(round(title.top()), round(title.bottom()))
    ]
    assert sum(ink) > 40  # "The week of talks" written there


def test_the_first_paint_after_a_selection_draws_it(make_window, tmp_path):
    """Selected and grabbed at once, no event handled in between (as `--screenshot` may)."""
    window = make_window(busy_month(tmp_path), size=(1200, 700))
    timeline = window.timeline
    timeline.set_range(period("2011-03").start, period("2011-03").end)
    timeline.grab()
    wire = timeline.events.lanes.index("Wire")
    assert timeline.frame().modes[wire] == "density"
    timeline.select(WEEK)
    image = timeline.grab().toImage()
    box = next(b for b in timeline.lane_boxes() if b.lane == wire)
    place = timeline.events.locate(WEEK)
    x = timeline.scale.x_of((float(place.start) + float(place.end)) / 2)
    assert image.pixelColor(round(GUTTER_W + x), round(box.top + 6)) == SELECT


def test_a_selected_event_whose_label_had_no_room_gets_its_title_beside_it(
    qtbot, make_window, tmp_path
):
    path = tmp_path / "close.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"title": f"Item {i} of a busy day in the harbour town", "lane": "Port",
             "start": f"2011-03-{1 + i // 2:02d}T{9 + 6 * (i % 2):02d}:00", "precision": "minute"}
            for i in range(60)
        ],
    )  # fmt: skip
    db.close()
    window = make_window(path, size=(1000, 600))
    timeline = window.timeline
    timeline.set_range(period("2011-03").start, period("2011-03").end)
    qtbot.waitUntil(lambda: not timeline.labels_pending())
    frame = timeline.frame()
    labelled = {lb.id for lb in frame.labels}
    bare = next(m for m in frame.markers if m.id not in labelled)  # drawn, its label left out
    timeline.select(bare.id)
    qtbot.waitUntil(lambda: not timeline.labels_pending())
    image = timeline.grab().toImage()
    title = timeline.painter.selection_title
    assert title is not None and abs(title.center().y() - bare.y) < 1
    assert title.left() >= bare.x + MARKER_R or title.right() <= bare.x - MARKER_R  # beside it
    ink = [
        image.pixelColor(round(GUTTER_W + x), round(y)).lightness() < 100
        for x in range(round(title.left()) + 2, round(title.right()) - 2)
        for y in range(round(title.top()) + 2, round(title.bottom()) - 2)
    ]
    assert sum(ink) > 40  # its title written there
    timeline.select(next(iter(labelled)))  # one with its label: no plate
    timeline.grab()
    assert timeline.painter.selection_title is None
