"""Density bars can be read: a hover says how many events a bar holds and when, and each lane's
scale names its tallest bar, checked against the database itself through the real window."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
import sqlite_utils
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from db import schema
from db.timekeys import DAY, iso_of, period
from tests.conftest import add_events
from tests.viewer.helpers import tooltip_at
from viewer.timeline.spans import describe_span
from viewer.timeline.theme import SCALE_BG, SELECT
from viewer.timeline.widget import GUTTER_W


@pytest.fixture
def dense_db(tmp_path):
    """Two dense lanes of different sizes in 2011 (a burst in March), and month-precision
    events in the smaller one (the pale tone)."""
    path = tmp_path / "dense.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rng = np.random.default_rng(5)
    days = np.concatenate(
        (rng.integers(0, 365, 2500), rng.integers(60, 68, 1500))  # a burst, 2-9 March
    )
    base = period("2011-01-01").start // DAY
    rows = [
        {"title": f"Big {i}", "start": iso_of(int(base + d) * DAY, "day"), "lane": "Big"}
        for i, d in enumerate(days.tolist())
    ]
    rows += [
        {"title": f"Small {i}", "start": iso_of(int(base + d) * DAY, "day"), "lane": "Small"}
        for i, d in enumerate(rng.integers(0, 365, 700).tolist())
    ]
    rows += [
        {"title": f"Month {i}", "start": "2011-03", "precision": "month", "lane": "Small"}
        for i in range(40)
    ]
    add_events(db, rows)
    db.close()
    return path


def short_events_between(path, lane: str, t0: float, t1: float) -> int:
    """Events of up to two days whose middle lies in [t0, t1), asked of SQLite directly."""
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT count(*) FROM events WHERE lane = ? AND end_key - start_key <= 2 * 86400"
            " AND start_key + (end_key - start_key) / 2 >= ?"
            " AND start_key + (end_key - start_key) / 2 < ?",
            (lane, int(np.floor(t0)), int(np.floor(t1))),
        ).fetchone()[0]


def test_hovering_a_density_bar_says_how_many_and_when(make_window, dense_db):
    window = make_window(dense_db)
    timeline = window.timeline
    timeline.set_range(period("2011").start, period("2011").end)
    frame = timeline.frame()
    lanes = timeline.events.lanes
    big = lanes.index("Big")
    assert frame.modes[big] == "density"
    density = next(d for d in frame.density if d.lane == big)
    tallest = int(np.argmax(density.counts))
    x, count = float(density.x[tallest]), int(density.counts[tallest])
    pos = QPoint(round(GUTTER_W + x + 1), round(density.base - 3))
    text = tooltip_at(timeline, pos)
    b = int(np.searchsorted(density.edges, timeline.scale.t_of(x + 1), side="right")) - 1
    t0, t1 = float(density.edges[b]), float(density.edges[b + 1])
    # A calendar week at this zoom (a day would be under two pixels): Monday to Monday.
    assert density.unit == "week" and t1 - t0 == 7 * DAY and (t0 // DAY + 3) % 7 == 0
    assert count == short_events_between(dense_db, "Big", t0, t1)  # what the bar stands for
    assert text.splitlines()[0] == f"{count:,} events, {describe_span(t0, t1)}"
    assert "March 2011" in text  # the burst's bar is the tallest
    # The pale tone: month-precision events that may lie under the cursor, said apart.
    small = lanes.index("Small")
    assert frame.modes[small] == "density"
    shaded = next(d for d in frame.density if d.lane == small)
    inside = shaded.band_x[shaded.band_counts == 40]
    assert len(inside)
    pos = QPoint(round(GUTTER_W + float(inside[len(inside) // 2]) + 1), round(shaded.base - 1))
    assert "40 longer or imprecise events" in tooltip_at(timeline, pos)


def test_each_density_lane_shows_its_scale(make_window, dense_db):
    window = make_window(dense_db)
    timeline = window.timeline
    timeline.set_range(period("2011").start, period("2011").end)
    image = timeline.grab().toImage()
    frame = timeline.frame()
    scales = timeline.painter.density_scales
    lanes = timeline.events.lanes
    seen = {}
    for d in frame.density:
        peak = int(d.counts.max())
        assert scales[d.lane] == f"max {peak:,} per week"
        seen[lanes[d.lane]] = peak
    assert seen["Big"] > 5 * seen["Small"]  # the two lanes' scales tell them apart
    # Painted at the lane's top right: ink there.
    box = next(b for b in timeline.lane_boxes() if lanes[b.lane] == "Big")
    right = GUTTER_W + timeline.scale.width
    ink = [
        QColor(image.pixel(x, y)).lightness() < 160
        for x in range(right - 80, right - 6)
        for y in range(round(box.top) + 4, round(box.top) + 18)
    ]
    assert any(ink)


def test_a_lanes_scale_moves_aside_for_the_selection_drawn_in_its_density(
    qtbot, make_window, dense_db
):
    """The selection in a density lane is a line with a cap from the lane's top: where it falls
    under the lane's scale at the top right, the scale moves left of it, both legible."""
    with sqlite3.connect(dense_db) as db:
        (late,) = db.execute(
            "SELECT id FROM events WHERE lane = 'Big' AND start < '2011-12-28'"
            " ORDER BY start DESC, id LIMIT 1"
        ).fetchone()
    window = make_window(dense_db)
    timeline = window.timeline
    timeline.set_range(period("2011").start, period("2011").end)
    timeline.select(late)
    assert timeline.selected_place() is not None  # found before the paint, as after a click
    image = timeline.grab().toImage()
    frame = timeline.frame()
    big = timeline.events.lanes.index("Big")
    assert frame.modes[big] == "density"
    place = timeline.events.locate(late)
    x = timeline.scale.x_of((float(place.start) + float(place.end)) / 2)
    scale = timeline.painter.density_scale_boxes[big]
    right = timeline.scale.width - 6  # where the scale stands when nothing is selected there
    assert right - scale.width() < x  # the selection is where the scale would be
    assert not scale.left() - 4 <= x <= scale.right() + 4  # the scale is not over it
    assert scale.right() < x and scale.left() > 0
    # The cap is painted (the selection's colour at its centre) and the scale's box around it.
    box = next(b for b in timeline.lane_boxes() if b.lane == big)
    cap = image.pixelColor(round(GUTTER_W + x), round(box.top + 6))
    assert cap.name() == SELECT.name()
    assert image.pixelColor(round(GUTTER_W + scale.center().x()), round(scale.top() + 1)) == QColor(
        SCALE_BG.name()
    )
    # The selection's title, once come, goes beside it and clear of the scale moved aside for it
    # (before: over it, the scale being left of the selection and the title put there too).
    qtbot.waitUntil(lambda: not timeline.labels_pending())
    timeline.grab()
    title = timeline.painter.density_selection_title
    scale = timeline.painter.density_scale_boxes[big]
    assert title is not None and not title.intersects(scale)
