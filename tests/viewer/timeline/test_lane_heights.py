"""Lanes take the height they need: a lone lane fills the window, an empty lane keeps its
minimum, no event is a tick while a row could hold it, the gutter's count says what is drawn;
a lane's border dragged in the gutter resizes it, its chevron folds and unfolds it."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from db import schema
from db.timekeys import key_of
from tests.conftest import add_events
from viewer.timeline.lane_heights import EMPTY_H, FOLDED_H, MIN_ROWS, lane_height, share_heights
from viewer.timeline.painter import chevron_rect
from viewer.timeline.theme import AXIS_H


def lanes_db(tmp_path, lanes: dict[str, int]):
    """Per lane, that many events, five a day from 2 December 2019 on."""
    path = tmp_path / "lanes.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"{lane} event {i}", "start": f"2019-12-{2 + i // 5:02d}", "lane": lane}
        for lane, n in lanes.items()
        for i in range(n)
    ]
    add_events(db, rows)
    db.close()
    return path


def drawn(timeline, lane: int) -> int:
    frame = timeline.frame()
    return sum(m.lane == lane for m in frame.markers) + sum(b.lane == lane for b in frame.bars)


def test_a_lone_lane_fills_the_window_and_draws_every_event(make_window, tmp_path):
    window = make_window(lanes_db(tmp_path, {"Only": 40}), size=(1200, 700))
    timeline = window.timeline
    (box,) = timeline.lane_boxes()
    assert box.top == AXIS_H and abs(box.top + box.height - timeline.height()) < 1
    assert box.rows > 10  # not a 10-row strip in a window with room for more
    timeline.grab()
    assert drawn(timeline, 0) == 40 and not timeline.frame().overflow
    assert timeline.painter.gutter_texts[0] == "40 in view"


def test_an_empty_lane_keeps_its_minimum_and_the_busy_one_the_rest(make_window, tmp_path):
    path = lanes_db(tmp_path, {"Busy": 40, "Quiet": 1})
    db = sqlite_utils.Database(path)
    add_events(db, [{"title": "Far away", "start": "2005-01-01", "lane": "Empty"}])
    db.close()
    window = make_window(path, size=(1200, 700))
    timeline = window.timeline
    timeline.set_range(key_of(2019, 12, 1), key_of(2019, 12, 12))
    names = timeline.events.lanes
    boxes = {names[b.lane]: b for b in timeline.lane_boxes()}
    assert boxes["Empty"].height == EMPTY_H
    assert boxes["Busy"].height > 3 * boxes["Quiet"].height
    timeline.grab()
    texts = {names[lane]: t for lane, t in timeline.painter.gutter_texts.items()}
    assert texts["Empty"] == "0 in view" and texts["Busy"] == "40 in view"
    assert drawn(timeline, names.index("Busy")) == 40


def test_drag_a_border_to_resize_click_the_chevron_to_fold(make_window, tmp_path):
    window = make_window(lanes_db(tmp_path, {"A": 40, "B": 40}), size=(1200, 700))
    timeline = window.timeline
    a = timeline.lane_boxes()[0]
    border = QPoint(60, round(a.top + a.height))
    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, pos=border)
    QTest.mouseMove(timeline, border - QPoint(0, 80))
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=border - QPoint(0, 80))
    resized = timeline.lane_boxes()[0]
    assert abs(resized.height - (a.height - 80)) < 1
    assert timeline.lane_boxes()[1].height > a.height  # B takes the room A gave up
    QTest.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=border - QPoint(0, 80))
    assert abs(timeline.lane_boxes()[0].height - a.height) < 1  # by need again

    x, y, w, h = chevron_rect(timeline.lane_boxes()[1])
    chevron = QPoint(round(x + w / 2), round(y + h / 2))
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=chevron)
    b = timeline.lane_boxes()[1]
    assert b.folded and b.height == FOLDED_H
    timeline.grab()
    assert drawn(timeline, 1) == 0 and timeline.painter.gutter_texts[1] == "40 folded"
    x, y, w, h = chevron_rect(b)  # A took the room B gave up: B's chevron moved down
    chevron = QPoint(round(x + w / 2), round(y + h / 2))
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=chevron)
    assert not timeline.lane_boxes()[1].folded
    timeline.grab()
    assert drawn(timeline, 1) == 40


def test_share_heights():
    low = lane_height(MIN_ROWS)
    # Room to spare: it goes by need, none to the empty lane.
    h = share_heights([0, 10, 30], {}, 2000)
    assert h[0] == EMPTY_H and abs(sum(h) - 2000) < 1e-6 and h[2] > h[1] > low
    # Short of room: the small lane gets what it wants, the big one what is left.
    h = share_heights([3, 60], {}, 600)
    assert h[0] == lane_height(3) and abs(sum(h) - 600) < 1e-6
    # Fixed (resized, folded) lanes keep their height; too little room: all at the minimum.
    h = share_heights([5, 5, 5], {1: FOLDED_H}, 50)
    assert h == [low, FOLDED_H, low]


def test_room_to_spare_goes_to_the_histograms_not_to_a_lane_already_whole(make_window, tmp_path):
    """A dense lane drawn as a histogram takes the room left over; a lane of one event, all
    drawn on its rows, keeps its minimum rather than a band of empty space under it."""
    path = lanes_db(tmp_path, {"Quiet": 1})
    db = sqlite_utils.Database(path)
    add_events(
        db,
        [
            {"title": f"Dense {i}", "start": f"2019-12-{1 + i % 28:02d}", "lane": "Dense"}
            for i in range(3000)
        ],
    )
    db.close()
    window = make_window(path, size=(1200, 700))
    timeline = window.timeline
    timeline.set_range(key_of(2019, 12, 1), key_of(2019, 12, 31))
    timeline.grab()
    names = timeline.events.lanes
    assert timeline.frame().modes[names.index("Dense")] == "density"
    boxes = {names[b.lane]: b for b in timeline.lane_boxes()}
    assert boxes["Quiet"].height == lane_height(MIN_ROWS)  # before: 1/6 of the spare room
    assert drawn(timeline, names.index("Quiet")) == 1
    room = timeline.height() - AXIS_H
    assert abs(boxes["Dense"].height - (room - lane_height(MIN_ROWS))) < 1  # the rest is its
    # Where no lane is a histogram the spare room goes by need, as before.
    h = share_heights([1, 5], {}, 600, dense=())
    assert h[0] > lane_height(MIN_ROWS) and abs(sum(h) - 600) < 1e-6
    h = share_heights([1, 5], {}, 600, dense={1})
    assert h[0] == lane_height(MIN_ROWS) and abs(sum(h) - 600) < 1e-6
