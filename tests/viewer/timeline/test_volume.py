"""A lane's volume strip: events per day under its rows, counted by the frame (layout), and
drawn in the real window, toggled from the lane menu's action and View ▸ Show volume."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from db.store.memory_frame import MemoryFrame
from db.timekeys import DAY, period
from tests.conftest import add_events
from tests.synthetic import random_index
from viewer.timeline.lane_heights import VOLUME_H
from viewer.timeline.layout import LaneBox, layout, volume_edges
from viewer.timeline.scale import Scale
from viewer.timeline.theme import GUTTER_W


def _label(event_id: int) -> tuple[str, float]:
    return f"Event {event_id}", 60.0


def test_the_volume_counts_are_the_frames_counts_per_day():
    events = MemoryFrame(random_index(3000, lanes=2))
    scale = Scale(0, 1, 1200).with_span(100 * DAY, 160 * DAY)  # 20 px a day
    boxes = [LaneBox(0, 44, 200 + VOLUME_H, volume=VOLUME_H), LaneBox(1, 244 + VOLUME_H, 200)]
    frame = layout(events, scale, boxes, _label)
    assert [v.lane for v in frame.volume] == [0]
    (v,) = frame.volume
    edges = volume_edges(scale)
    assert np.all(np.diff(edges) == DAY) and edges[0] % DAY == 0  # calendar days
    assert v.bin_seconds == DAY
    assert v.counts.tolist() == events.histogram(0, edges).tolist()
    assert v.band_counts.tolist() == events.coverage(0, edges).tolist()
    # Each day's events, counted one by one from the lane's events in view: the same.
    part = events.window(0, edges[0], edges[-1])
    short = (part.end - part.start) <= 2 * DAY
    mids = (part.start[short] + (part.end[short] - part.start[short]) // 2).astype(np.float64)
    assert v.counts.tolist() == np.histogram(mids, edges)[0].tolist()
    # The tallest bar fills the strip's room, the others in proportion; rows stay above it.
    assert v.peak == int(v.counts.max()) > 0
    assert v.height.max() == VOLUME_H - 8
    assert v.top == boxes[0].foot and v.base <= boxes[0].top + boxes[0].height
    assert boxes[0].rows == LaneBox(0, 44, 200).rows
    # Zoomed out, a bar stands for a week (a day would be under two pixels), from Mondays.
    wide = Scale(0, 1, 1200).with_span(0, 3000 * DAY)
    far = layout(events, wide, boxes, _label).volume[0]
    assert far.unit == "week" and far.bin_seconds == 7 * DAY
    assert np.all(np.diff(volume_edges(wide)) == 7 * DAY)
    assert (volume_edges(wide)[0] // DAY + 3) % 7 == 0  # a Monday (1 Jan 1970 was a Thursday)
    assert far.counts.sum() == events.histogram(0, volume_edges(wide)).sum()


def test_a_lanes_volume_is_shown_from_its_menu(qtbot, make_window, tiny_db):
    import sqlite_utils

    db = sqlite_utils.Database(tiny_db)
    add_events(db, [{"title": f"Busy {i}", "start": "2019-12-20", "lane": "B"} for i in range(4)])
    db.close()
    window = make_window(tiny_db, size=(1200, 700))
    timeline = window.timeline
    timeline.set_range(period("2019-12-01").start, period("2019-12-31").end)
    lanes = timeline.events.lanes
    before = {b.lane: b for b in timeline.lane_boxes()}
    window.known_then.toggle_volume("B")
    assert timeline.volume_lanes == {"B"} and window.known_then.volume_shown("B")
    boxes = {b.lane: b for b in timeline.lane_boxes()}
    b = lanes.index("B")
    assert boxes[b].volume == VOLUME_H and boxes[lanes.index("A")].volume == 0
    assert boxes[b].height > before[b].height - 1  # the strip's room is its own
    window.grab()  # paint
    (strip,) = timeline.frame().volume
    assert strip.lane == b and strip.peak == 5  # 20 Dec: "Late point" and the four busy ones
    assert timeline.painter.volume_scales == {b: "max 5 per day"}
    # The tallest day's bar is drawn in the lane's colour under the lane's rows.
    image = timeline.grab().toImage()
    day = int(np.argmax(strip.counts))
    x = GUTTER_W + int(strip.x[day]) + 1
    y = int(strip.base) - 3
    color = image.pixelColor(QPoint(x, y))
    assert color == timeline.lane_colors[b], color.name()
    # View ▸ Show volume: every lane; again: none.
    window.volume_action.trigger()
    assert timeline.volume_lanes == set(lanes)
    window.volume_action.trigger()
    assert timeline.volume_lanes == set()
    assert all(box.volume == 0 for box in timeline.lane_boxes())


def _lane_menu_volume(window, lane: str) -> None:
    """Right-click lane `lane`'s name and pick "Show volume" in the menu that pops up."""
    window.timeline.laneMenuRequested.emit(lane, window.timeline.mapToGlobal(QPoint(20, 80)))
    (menu,) = [m for m in window.findChildren(QMenu) if m.isVisible()]
    (action,) = [a for a in menu.actions() if a.text() == "Show volume"]
    action.trigger()
    menu.close()
    menu.deleteLater()


# A popup menu grabs the keyboard, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")
def test_view_show_volume_is_ticked_when_every_lane_shows_its_volume(qtbot, make_window, tiny_db):
    window = make_window(tiny_db, size=(1200, 700))
    action = window.volume_action
    assert not action.isChecked()
    _lane_menu_volume(window, "A")
    assert window.timeline.volume_lanes == {"A"} and not action.isChecked()  # one of two
    _lane_menu_volume(window, "B")
    assert action.isChecked()  # every lane has its strip: what View ▸ Show Volume does
    _lane_menu_volume(window, "A")
    assert not action.isChecked()
    action.trigger()  # unticked: it shows them all
    assert window.timeline.volume_lanes == {"A", "B"} and action.isChecked()
    # Lanes coming and going: the tick is looked at again when the View menu opens.
    _lane_menu_volume(window, "A")
    window.hide_lane("A")  # only B is shown now, and B has its strip
    qtbot.waitUntil(lambda: window.timeline.events.lanes == ("B",))
    view_menu = action.associatedObjects()[0]
    view_menu.aboutToShow.emit()
    assert action.isChecked()


def test_show_volume_is_ticked_when_every_lane_shows_its_strip(qtbot, make_window, tiny_db):
    window = make_window(tiny_db, size=(1200, 700))
    lanes = window.timeline.events.lanes
    assert len(lanes) >= 2 and not window.volume_action.isChecked()
    window.volume_action.trigger()
    assert window.volume_action.isChecked()
    window.known_then.toggle_volume(lanes[0])  # one lane's own menu hides its strip
    assert not window.volume_action.isChecked()
    window.known_then.toggle_volume(lanes[0])  # and shows it again: every lane has one
    assert window.volume_action.isChecked()
    window.volume_action.trigger()
    assert not window.volume_action.isChecked() and window.timeline.volume_lanes == set()
    for lane in lanes:  # lane by lane, the last one ticks it
        assert not window.volume_action.isChecked()
        window.known_then.toggle_volume(lane)
    assert window.volume_action.isChecked()
