"""A lane that holds only long events (ranges, months, years: drawn as the pale band when the
lane is a histogram) shows its scale like any other density lane, the band's, said as what it
counts ("max 12 longer events per month"); so does its volume strip (it said "max 0 per day")."""

from __future__ import annotations

import numpy as np
import sqlite_utils
from PySide6.QtGui import QColor

from db import schema
from db.timekeys import period
from tests.conftest import add_events
from viewer.timeline.theme import GUTTER_W


def long_only_db(tmp_path):
    """'Months': 600 month-precision events over 2011-2015 and nothing else; 'Days': day
    events over the same years."""
    path = tmp_path / "long.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rng = np.random.default_rng(3)
    months = [f"{2011 + m // 12}-{m % 12 + 1:02d}" for m in rng.integers(0, 60, 600).tolist()]
    rows = [
        {"title": f"Month {i}", "start": m, "precision": "month", "lane": "Months"}
        for i, m in enumerate(months)
    ]
    rows += [
        {"title": f"Day {i}", "start": f"{2011 + i % 5}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
         "lane": "Days"}
        for i in range(900)
    ]  # fmt: skip
    add_events(db, rows)
    db.close()
    return path


def test_a_lane_of_long_events_only_shows_its_scale(qtbot, make_window, tmp_path):
    window = make_window(long_only_db(tmp_path), size=(1200, 700))
    timeline = window.timeline
    timeline.set_range(period("2011").start, period("2015").end)
    image = timeline.grab().toImage()
    frame = timeline.frame()
    lanes = timeline.events.lanes
    months, days = lanes.index("Months"), lanes.index("Days")
    assert frame.modes[months] == frame.modes[days] == "density"
    shaded = next(d for d in frame.density if d.lane == months)
    assert not len(shaded.counts) and len(shaded.band_counts)  # the pale band only
    scales = timeline.painter.density_scales
    peak = int(shaded.band_counts.max())
    assert scales[months] == f"max {peak:,} longer events per {shaded.unit}"
    assert scales[days].startswith("max ") and "longer" not in scales[days]
    # Painted at the lane's top right, on its own backing, as the other lanes' scales.
    place = timeline.painter.density_scale_boxes[months]
    box = next(b for b in timeline.lane_boxes() if b.lane == months)
    assert box.top <= place.top() and place.right() <= timeline.scale.width
    ink = [
        QColor(image.pixel(x, y)).lightness() < 160
        for x in range(GUTTER_W + int(place.left()), GUTTER_W + int(place.right()))
        for y in range(int(place.top()) + 1, int(place.bottom()))
    ]
    assert sum(ink) > 20

    # Its volume strip: the band's scale too, not "max 0 per day".
    window.known_then.toggle_volume("Months")
    timeline.grab()
    (strip,) = timeline.frame().volume
    assert strip.peak == 0 and strip.band_counts.max() > 0
    assert timeline.painter.volume_scales == {
        months: f"max {int(strip.band_counts.max()):,} longer events per {strip.unit}"
    }
