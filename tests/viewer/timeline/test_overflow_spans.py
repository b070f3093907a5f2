"""Periods with no room in their lane's rows show the time they cover: a month's events left
out of a crowded chronicle read as that month (a line along the lane's foot from its first day to
its last), not as one tick on the 1st; a day's event left out stays a tick."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from PySide6.QtGui import QColor

from db import schema
from db.timekeys import period
from tests.conftest import add_events
from viewer.timeline.layout import merged_spans
from viewer.timeline.widget import GUTTER_W


@pytest.fixture
def chronicle_db(tmp_path):
    """A chronicle as the demo's Wikipedia lane has it in summer 2013: events known to the
    month (August: 40, more than the rows hold however they are shared), 6 to September, and a
    few days."""
    path = tmp_path / "chronicle.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"August report {i}", "start": "2013-08", "precision": "month", "lane": "Wiki"}
        for i in range(40)
    ]
    rows += [
        {"title": f"September report {i}", "start": "2013-09", "precision": "month", "lane": "Wiki"}
        for i in range(6)
    ]
    rows += [
        {"title": f"Day {d}", "start": f"2013-08-{d:02d}", "lane": "Wiki"} for d in (5, 6, 21, 22)
    ]
    add_events(db, rows)
    db.close()
    return path


def test_months_left_out_of_the_rows_show_their_extent(make_window, chronicle_db):
    window = make_window(chronicle_db, size=(800, 600))
    timeline = window.timeline
    timeline.set_range(period("2013-07-20").start, period("2013-09-15").end)
    image = timeline.grab().toImage()
    frame = timeline.frame()
    lane = timeline.events.lanes.index("Wiki")
    assert frame.modes[lane] == "detail"
    (over,) = [o for o in frame.overflow if o.lane == lane]
    with sqlite3.connect(chronicle_db) as db:
        (total,) = db.execute("SELECT count(*) FROM events WHERE lane = 'Wiki'").fetchone()
    drawn = {b.id for b in frame.bars} | {m.id for m in frame.markers}
    assert frame.hidden[lane] == total - len(drawn) > 5  # much of August has no row
    # August's events left out: one line from 1 August to 1 September, not only a tick on the
    # 1st (September's fit on the rows).
    scale = timeline.scale
    aug, sep = scale.x_of(period("2013-08").start), scale.x_of(period("2013-09").start)
    assert over.spans.tolist() == [[round(aug), round(sep)]]
    # Painted: the line at the lane's foot, in mid-August, where no tick is.
    mid = round(scale.x_of(period("2013-08-15").start))
    assert mid not in set(over.x.astype(int).tolist())
    y = int(over.base) - 3
    line = image.pixelColor(GUTTER_W + mid, y)
    above = image.pixelColor(GUTTER_W + mid, y - 3)
    assert line != above and line.lightness() < above.lightness()
    assert line != QColor(image.pixelColor(GUTTER_W + round(aug) - 5, y))  # July: no line


def test_spans_merge_and_stay_in_view():
    assert merged_spans([], 500).shape == (0, 2)
    spans = [(10.2, 40.0), (39.6, 60.0), (100.0, 130.0), (-20.0, 5.0), (480.0, 900.0)]
    assert merged_spans(spans, 500).tolist() == [[0, 5], [10, 60], [100, 130], [480, 500]]
    assert merged_spans([(600.0, 700.0)], 500).shape == (0, 2)  # right of the view: none
