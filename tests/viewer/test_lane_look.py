"""What the user makes of a database's lanes is theirs and stays: a colour picked from the lane's
menu, a height dragged, a lane folded; kept per database, for the next window on the same file."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from db import schema
from tests.conftest import add_events
from tests.viewer.test_lane_colors import gutter_colors
from viewer.timeline.lane_heights import FOLDED_H
from viewer.timeline.painter import chevron_rect

NAMES = ("Diplomacy", "Politics", "Syria")


def lanes_file(tmp_path, name: str = "lanes.db"):
    path = tmp_path / name
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db, [{"title": f"{n} {i}", "start": f"2019-12-{10 + i}", "lane": n}
             for n in NAMES for i in range(6)],
    )  # fmt: skip
    db.close()
    return path


def test_a_picked_lane_colour_is_drawn_and_remembered_for_this_database(make_window, tmp_path):
    path = lanes_file(tmp_path)
    window = make_window(path)
    before = gutter_colors(window.timeline)
    dialog = window.ask_lane_color("Politics")  # the lane's menu: Colour…
    assert dialog.currentColor().name() == before["Politics"]  # it starts from the lane's own
    dialog.setCurrentColor(QColor("#123456"))
    dialog.accept()
    after = gutter_colors(window.timeline)
    assert after["Politics"] == "#123456"
    assert {n: c for n, c in after.items() if n != "Politics"} == {
        n: c for n, c in before.items() if n != "Politics"
    }
    window.close()

    again = make_window(path)
    assert gutter_colors(again.timeline)["Politics"] == "#123456"
    other = make_window(lanes_file(tmp_path, "other.db"))  # another file: its own colours
    assert gutter_colors(other.timeline) == before

    again.presenter.set_lane_color("Politics", None)  # the menu's Default colour
    assert gutter_colors(again.timeline) == before


def test_resized_and_folded_lanes_come_back_with_the_database(make_window, tmp_path):
    path = lanes_file(tmp_path)
    window = make_window(path, size=(1200, 700))
    timeline = window.timeline
    a = timeline.lane_boxes()[0]
    border = QPoint(60, round(a.top + a.height))
    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, pos=border)
    QTest.mouseMove(timeline, border - QPoint(0, 60))
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=border - QPoint(0, 60))
    x, y, w, h = chevron_rect(timeline.lane_boxes()[2])
    QTest.mouseClick(
        timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(x + w / 2), round(y + h / 2))
    )
    heights = [b.height for b in timeline.lane_boxes()]
    assert abs(heights[0] - (a.height - 60)) < 1 and heights[2] == FOLDED_H
    window.close()

    again = make_window(path, size=(1200, 700))
    boxes = again.timeline.lane_boxes()
    assert [round(b.height) for b in boxes] == [round(h) for h in heights]
    assert boxes[2].folded
    other = make_window(lanes_file(tmp_path, "other.db"), size=(1200, 700))
    assert not any(b.folded for b in other.timeline.lane_boxes())
