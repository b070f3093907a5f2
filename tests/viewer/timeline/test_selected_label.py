"""The selected event's label is bold, so wider than the room it was laid out in: it takes the
free room of its row (on to the next event, or leftwards when it sits left of its marker)
rather than ending in "…" ("Tahrir Square…")."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication

from db import schema
from db.store.memory_frame import MemoryFrame
from db.timekeys import DAY, key_of
from tests.conftest import add_events
from tests.synthetic import random_index
from viewer.timeline.layout import LaneBox, layout
from viewer.timeline.scale import Scale
from viewer.timeline.widget import GUTTER_W

FIRST = "Tahrir Square fills with tens of thousands of protesters"
LAST = "Mubarak resigns after eighteen days of protests in Cairo"


def square_db(tmp_path):
    path = tmp_path / "square.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": FIRST, "start": "2011-01-25", "lane": "Egypt"},
            {"id": 2, "title": "Later", "start": "2011-02-26", "lane": "Egypt"},  # same row
            {"id": 3, "title": LAST, "start": "2011-02-27", "lane": "Libya"},  # at the right edge
        ],
    )
    db.close()
    return path


def dark_columns(image, y: float, x0: float, x1: float) -> list[int]:
    """Plot columns x0..x1 holding text-dark pixels in the row at plot y."""
    ratio = image.devicePixelRatio()
    found = []
    for x in range(int(x0), int(x1)):
        for dy in range(-5, 6):
            color = QColor(image.pixel(int((GUTTER_W + x) * ratio), int((y + dy) * ratio)))
            if color.lightness() < 80:
                found.append(x)
                break
    return found


def extent(frame, event_id: int) -> tuple[float, float]:
    """Where an event is drawn: its marker, or its bar (a day is a bar at this zoom)."""
    for m in frame.markers:
        if m.id == event_id:
            return m.x - 4.5, m.x + 4.5
    return next((b.x0, b.x1) for b in frame.bars if b.id == event_id)


def test_the_selected_label_is_whole_in_bold(qtbot, make_window, tmp_path):
    window = make_window(square_db(tmp_path), size=(1100, 600))
    timeline = window.timeline
    timeline.set_range(key_of(2011, 1, 20), key_of(2011, 3, 1))
    qtbot.waitUntil(lambda: not timeline.labels_pending() and len(timeline.frame().labels) >= 2)
    bold = QFont(timeline.fonts.label)
    bold.setBold(True)
    bold_width = QFontMetricsF(bold).horizontalAdvance

    for event_id, title in ((1, FIRST), (3, LAST)):
        timeline.select(event_id)
        image = timeline.grab().toImage()
        label = next(lb for lb in timeline.frame().labels if lb.id == event_id)
        assert label.text == title and bold_width(title) > label.width + 10  # bold needs more
        drawn = dark_columns(image, label.y, 0, timeline.scale.width)
        left, right = extent(timeline.frame(), event_id)
        text = [x for x in drawn if (x > right + 4 if event_id == 1 else x < left - 4)]
        # The bold text is drawn whole: as wide as it measures, past the room laid out.
        assert max(text) - min(text) >= bold_width(title) - 4
        if event_id == 1:  # right of its marker: it ran on, and stops short of the next event
            assert min(text) >= label.x - 1 and max(text) > label.x + label.width + 5
            assert max(text) < extent(timeline.frame(), 2)[0] - 2
        else:  # left of its marker, near the edge: it grew leftwards
            assert min(text) < label.x - 5 and max(text) <= label.x + label.width + 1


def test_a_label_may_widen_only_over_its_rows_free_room():
    # One row: each label may grow up to the next event's left edge (less the gap), the last
    # up to the view's edge; one left of its marker, down to the end of what comes before it.
    frame = MemoryFrame(random_index(12, lanes=1, seed=4))
    scale = Scale(0, 1, 1200).with_span(-5 * DAY, 420 * DAY)
    out = layout(frame, scale, [LaneBox(0, 44, 32)], lambda eid: (f"Event {eid}", 60.0))
    lefts = sorted([m.x - 5.5 for m in out.markers] + [b.x0 for b in out.bars])
    rights = sorted([m.x + 5.5 for m in out.markers] + [b.x1 for b in out.bars])
    assert out.labels
    for lb in out.labels:
        wide = lb.widened(10_000.0)
        assert wide.x <= lb.x and wide.x + wide.width >= lb.x + lb.width
        following = [x for x in lefts if x > lb.x + lb.width]
        before = [x for x in rights if x < lb.x]
        assert wide.x + wide.width <= (following[0] - 4 if following else 1200 - 4) + 1e-6
        assert wide.x >= (before[-1] if before else 0.0) - 1e-6


def click(qtbot, widget, pos: QPoint) -> None:
    """One click, never taken with the one before for a double click."""
    apart = QGuiApplication.styleHints().mouseDoubleClickInterval() + 50
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos, delay=apart)


def test_a_click_on_the_widened_part_of_the_selected_label_hits_it(qtbot, make_window, tmp_path):
    """Clicks hit the label where it is painted: the selected one over all its widened room;
    the same spot, once that event is no longer selected (its label narrow again), is empty
    (a click there changes nothing, as anywhere nothing is drawn)."""
    window = make_window(square_db(tmp_path), size=(1100, 600))
    timeline = window.timeline
    timeline.set_range(key_of(2011, 1, 5), key_of(2011, 3, 25))  # clicks pan not
    qtbot.waitUntil(lambda: not timeline.labels_pending() and len(timeline.frame().labels) >= 2)
    window.open_event(1)
    assert timeline.selected == 1 and window.panel.current.id == 1
    label = next(lb for lb in timeline.frame().labels if lb.id == 1)
    wide = timeline.drawn_label(label)
    assert wide.x + wide.width > label.x + label.width + 10  # bold ran on past its layout
    spot = QPoint(
        round(GUTTER_W + (label.x + label.width + wide.x + wide.width) / 2), round(label.y)
    )
    assert timeline.event_at(QPointF(spot)) == 1

    click(qtbot, timeline, spot)
    assert timeline.selected == 1 and window.panel.current.id == 1  # kept, not cleared

    click(qtbot, timeline, timeline.marker_position(3).toPoint())  # another: 1 is narrow again
    assert timeline.selected == 3
    assert next(lb for lb in timeline.frame().labels if lb.id == 1) == label  # not moved
    assert timeline.event_at(QPointF(spot)) is None
    click(qtbot, timeline, spot)
    assert timeline.selected == 3 and window.panel.current.id == 3  # a click on nothing: as was

    click(qtbot, timeline, QPoint(round(GUTTER_W + label.x + 3), round(label.y)))
    assert timeline.selected == 1  # its narrow label selects it as before
    click(qtbot, timeline, spot)
    assert timeline.selected == 1  # and now it is widened, the spot keeps it
