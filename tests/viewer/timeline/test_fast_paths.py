"""The frame's fast paths against plain references: the placement computed for all lanes at once,
and the widgets' promise to paint every pixel themselves."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QWidget

from db.store import IMPRECISE, PUBLICATION, RANGE, EventIndex
from db.store.intervals import LaneIndex
from db.store.memory_frame import MemoryFrame
from db.timekeys import DAY
from tests.synthetic import random_index
from viewer.overview import OverviewStrip
from viewer.timeline.layout import (
    AROUND_MARK,
    INSTANT,
    KEEP_LABEL_W,
    MARKER_R,
    Bar,
    Frame,
    Label,
    LaneBox,
    Marker,
    Rows,
    label_options,
    layout,
    plan,
)
from viewer.timeline.scale import Scale
from viewer.timeline.widget import TimelineWidget


def reference_detail(index, positions, scale, box, label_for, frame):
    """The placement one event at a time, as it was written before it was vectorised."""
    rows, width = box.rows, scale.width
    items = []
    for pos in positions.tolist():
        x0 = (index.start[pos] - scale.t0) / scale.spp
        x1 = (index.end[pos] - scale.t0) / scale.spp
        flags = int(index.flags[pos])
        period = int(index.end[pos]) - int(index.start[pos])
        is_bar = (bool(flags & RANGE) or period > INSTANT) and x1 - x0 >= 2 * MARKER_R
        long_bar = is_bar and min(x1, width) - max(x0, 0) > width * 0.5
        if is_bar:
            left, bare_right = x0, x1
        else:
            left, bare_right = (x0 + x1) / 2 - MARKER_R - 1, (x0 + x1) / 2 + MARKER_R + 1
        if bare_right < 0 or left > width:
            continue  # off the view: takes no row
        around = bool(flags & IMPRECISE) and not flags & RANGE and period <= DAY
        items.append((long_bar, int(index.ids[pos]), float(x0), float(x1), flags, is_bar, around))
    items.sort(key=lambda item: not item[0])
    n_rest = sum(1 for item in items if not item[0])
    n_long_rows = min(rows, max(1, rows // 3, rows - n_rest))
    long_rows = range(rows - 1, rows - 1 - n_long_rows, -1)
    overflow = set()
    taken = Rows(rows, width - 4)  # the rows' bookkeeping is shared; what goes in is computed here
    deferred = []  # long bars with no room in the long rows: tried in the rows left empty

    def put(item, order, last_try):
        long_bar, eid, x0, x1, flags, is_bar, around = item
        text, text_w = label_for(eid)
        if around and text:
            text, text_w = AROUND_MARK + text, text_w + 12.0  # layout's default mark_w
        x = (x0 + x1) / 2
        if is_bar:
            left, bare_right = x0, x1
        else:
            left, bare_right = x - MARKER_R - 1, x + MARKER_R + 1
        seen = min(x1, width) - max(x0, 0)
        row, label = -1, None
        if taken.lowest + 1 <= left:
            for start, right, label_x, label_w, shrinks, inside, keep in label_options(
                is_bar, x0, x1, x, seen, left, bare_right, text_w, width
            ):
                row = taken.find(order, start, 4, keep) if taken.lowest + 4 <= start else -1
                if row >= 0:
                    label = Label(eid, label_x, box.row_y(row), text, label_w, inside)
                    taken.take(row, start, 4, right, label, shrinks)
                    break
            if row < 0:
                row = taken.find(order, left, 1, KEEP_LABEL_W)
                if row >= 0:
                    taken.take(row, left, 1, bare_right, None, False)
        if row < 0:
            if not last_try:
                deferred.append(item)
                return
            overflow.add(round(x if not is_bar else max(x0, 0)))
            return
        y = box.row_y(row)
        if is_bar:
            kind = "range" if flags & RANGE and not flags & IMPRECISE else "imprecise"
            if around:
                kind = "around"
            frame.bars.append(Bar(eid, max(x0, -10.0), min(x1, width + 10.0), y, kind, box.lane))
        else:
            kind = "point"
            if flags & PUBLICATION:
                kind = "publication"
            elif flags & IMPRECISE:
                kind = "imprecise"
            frame.markers.append(Marker(eid, x, y, kind, box.lane))
        if label is not None:
            frame.labels.append(label)

    for item in items:
        if item[0]:
            put(item, long_rows, n_long_rows == rows)
        else:
            put(item, range(rows), True)
    empty = [r for r in reversed(range(rows)) if taken.end[r] == -math.inf]
    for item in deferred:
        put(item, empty, True)
    return sorted(overflow)


def as_tuples(items):
    return [tuple(getattr(i, f) for f in i.__slots__) for i in items]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_placement_of_all_lanes_at_once_matches_one_event_at_a_time(seed):
    rng = np.random.default_rng(seed)
    index = random_index(3000, lanes=4, seed=seed)
    flags = index.flags | np.where(rng.random(len(index)) < 0.1, PUBLICATION, 0).astype(np.uint8)
    index = EventIndex(index.ids, index.start, index.end, index.lane, flags, index.lanes)
    lanes = LaneIndex(index.start, index.end, index.lane, 4)  # the reference's positions
    events = MemoryFrame(index)
    boxes = [LaneBox(i, 44 + i * 97.3, 97.3 + (i == 2) * 60) for i in range(4)]

    def label_for(event_id: int) -> tuple[str, float]:
        return (f"Event {event_id}", float(event_id * 37 % 320))

    for _ in range(25):
        span = float(rng.uniform(0.5, 60)) * DAY
        t0 = float(rng.uniform(-20, 400)) * DAY
        scale = Scale(0, 1, int(rng.integers(300, 1400))).with_span(t0, t0 + span)
        planned = plan(events, scale, boxes)
        frame = layout(events, scale, boxes, label_for, planned=planned)
        assert frame.modes == {lane: mode for lane, (_, mode) in planned.items()}
        expected = Frame()
        ticks = {}
        for box in boxes:
            if frame.modes[box.lane] == "detail":
                positions = lanes.query(box.lane, scale.t0, scale.t1)
                ticks[box.lane] = reference_detail(
                    index, positions, scale, box, label_for, expected
                )
        assert as_tuples(frame.markers) == as_tuples(expected.markers)
        assert as_tuples(frame.bars) == as_tuples(expected.bars)
        assert as_tuples(frame.labels) == as_tuples(expected.labels)
        assert {o.lane: o.x.tolist() for o in frame.overflow} == {
            lane: t for lane, t in ticks.items() if t
        }


def depends_on_what_is_under(widget: QWidget) -> int:
    """How many pixels of the widget's own paint (no background drawn for it) come out
    different over two backgrounds: those it does not cover whole."""
    renders = []
    for color in ("#ff00ff", "#00ff00"):
        image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(color))
        widget.render(image, QPoint(), QRegion(), QWidget.RenderFlag(0))
        bits = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)
        renders.append(bits[:, : image.width()].copy())  # the image goes with the loop
    return int(np.count_nonzero(renders[0] != renders[1]))


def test_the_timeline_and_the_strip_paint_every_pixel_they_claim(qtbot):
    """Both are opaque to Qt (it fills nothing under them), so every pixel is theirs to paint:
    lanes with fractional edges, scrolled lanes, and the rows below the last lane included."""
    index = random_index(2000, lanes=7)
    titles = {int(i): f"Event number {i}" for i in index.ids}
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.titlesWanted.connect(lambda ids: timeline.add_titles({i: titles[i] for i in ids}))
    timeline.set_data(MemoryFrame(index))
    timeline.show()
    assert timeline.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    for width, height in ((900, 500), (1013, 767), (700, 391), (1200, 1700), (640, 300)):
        timeline.resize(width, height)
        for t0, days in ((0, 400), (100 * DAY, 20), (150 * DAY, 2)):
            timeline.set_range(t0, t0 + days * DAY)
            if timeline.vbar.isVisible():
                timeline.vbar.setValue(timeline.vbar.maximum() // 3)
            timeline.grab()  # titles asked for by this view come in: both renders show them
            assert depends_on_what_is_under(timeline) == 0, (width, height, days)
    strip = OverviewStrip()
    qtbot.addWidget(strip)
    strip.resize(900, 54)
    assert depends_on_what_is_under(strip) == 0  # no data
    strip.set_data(MemoryFrame(index))
    strip.set_window(100 * DAY, 130 * DAY)
    assert depends_on_what_is_under(strip) == 0
