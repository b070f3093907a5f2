"""A lane's name reads whole in the gutter: the demo's longest ("UCDP: state-based",
"Wikipedia timeline") on one line (before: "UCDP: state-ba…", "Wikipedia timel…" in every
view), a longer one on two lines where its lane has the room, its counts under it; cut short
only where the lane is too low for two lines (folded, or empty)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from tests.viewer.timeline.test_lane_heights import lanes_db
from viewer.timeline.painter import LANE_NAME_X
from viewer.timeline.theme import GUTTER_W

LONG = "Ministry of Foreign Affairs statements"


def test_lane_names_are_shown_whole(make_window, tmp_path):
    names = {"UCDP: state-based": 30, "Wikipedia timeline": 20, LONG: 25}
    window = make_window(lanes_db(tmp_path, names), size=(1200, 700))
    timeline = window.timeline
    timeline.grab()
    lanes = timeline.events.lanes
    shown = timeline.painter.gutter_names
    assert shown[lanes.index("UCDP: state-based")] == ["UCDP: state-based"]
    assert shown[lanes.index("Wikipedia timeline")] == ["Wikipedia timeline"]
    first, second = shown[lanes.index(LONG)]
    assert f"{first} {second}" == LONG  # broken between words, nothing cut
    metrics = QFontMetricsF(timeline.fonts.lane)
    assert all(
        metrics.horizontalAdvance(line) <= GUTTER_W - LANE_NAME_X for line in (first, second)
    )
    assert timeline.painter.gutter_texts[lanes.index(LONG)].startswith("25 in view")


def test_a_long_name_in_a_low_lane_is_cut_on_one_line(make_window, tmp_path):
    window = make_window(lanes_db(tmp_path, {LONG: 25, "Other": 30}), size=(1200, 700))
    timeline = window.timeline
    timeline.toggle_folded(timeline.events.lanes.index(LONG))
    timeline.grab()
    (line,) = timeline.painter.gutter_names[timeline.events.lanes.index(LONG)]
    assert line.endswith("…") and LONG.startswith(line[:-1])
