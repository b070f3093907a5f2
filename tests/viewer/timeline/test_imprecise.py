"""Imprecise dates stay imprecise at every zoom: a day-precision event is its whole day at hour
zoom, a month-precision one its whole month, and only instants (to the minute) are dots. Driven
through the real window: what is laid out, what is rendered, what the tooltip and panel say."""

from __future__ import annotations

import pytest
import sqlite_utils
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from db import schema
from db.timekeys import period
from tests.conftest import add_events
from tests.viewer.helpers import tooltip_at
from viewer.timeline.layout import IMPRECISE_BAR, RANGE_BAR
from viewer.timeline.widget import GUTTER_W

DAY_EVENT, MONTH_EVENT, MINUTE_EVENT, RANGE_EVENT = 1, 2, 3, 4


@pytest.fixture
def precision_db(tmp_path):
    path = tmp_path / "precision.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": DAY_EVENT, "title": "Talks in Moscow", "start": "2019-12-23", "lane": "A"},
            {"id": MONTH_EVENT, "title": "Offensive in Idlib", "start": "2019-11",
             "precision": "month", "lane": "B"},
            {"id": MINUTE_EVENT, "title": "Statement read", "start": "2019-12-23T10:30",
             "precision": "minute", "lane": "C"},
            {"id": RANGE_EVENT, "title": "Truce", "start": "2019-12-05", "end": "2019-12-09",
             "lane": "C"},
        ],
    )  # fmt: skip
    db.close()
    return path


def bar_of(timeline, event_id):
    return next((b for b in timeline.frame().bars if b.id == event_id), None)


def marker_of(timeline, event_id):
    return next((m for m in timeline.frame().markers if m.id == event_id), None)


def test_a_day_at_hour_zoom_spans_its_day_and_a_minute_stays_a_dot(make_window, precision_db):
    window = make_window(precision_db)
    timeline = window.timeline
    timeline.set_range(period("2019-12-23T06:00").start, period("2019-12-23T14:00").end)
    scale = timeline.scale
    day = bar_of(timeline, DAY_EVENT)
    assert day is not None and marker_of(timeline, DAY_EVENT) is None  # not a dot at 12:00
    assert day.kind == IMPRECISE_BAR
    assert day.x0 <= 0 and day.x1 >= scale.width  # the whole view lies inside its day
    minute = marker_of(timeline, MINUTE_EVENT)
    assert minute is not None and bar_of(timeline, MINUTE_EVENT) is None
    assert abs(minute.x - scale.x_of(period("2019-12-23T10:30").start + 30)) < 1
    # Rendered: at 07:00, far from noon, the day's row is tinted by its band.
    image = timeline.grab().toImage()
    x = round(GUTTER_W + scale.x_of(period("2019-12-23T07:00").start))
    lane_bg = QColor(image.pixel(x, round(day.y) - 9))  # just above the band, same lane
    assert QColor(image.pixel(x, round(day.y))).rgb() != lane_bg.rgb()
    # The tooltip says the date is a day, not an instant.
    text = tooltip_at(timeline, QPoint(x, round(day.y)))
    assert text == "Monday 23 December 2019 (day)\nTalks in Moscow"


def test_a_day_at_day_zoom_is_its_band_from_midnight_to_midnight(make_window, precision_db):
    window = make_window(precision_db)
    timeline = window.timeline
    timeline.set_range(period("2019-12-21").start, period("2019-12-25").end)
    scale = timeline.scale
    day = bar_of(timeline, DAY_EVENT)
    assert day is not None and day.kind == IMPRECISE_BAR
    assert day.x0 == pytest.approx(scale.x_of(period("2019-12-23").start))
    assert day.x1 == pytest.approx(scale.x_of(period("2019-12-24").start))
    window.open_event(DAY_EVENT)
    assert "Monday 23 December 2019 (day)" in window.panel.event_date.text()


def test_a_month_is_its_whole_month_and_a_range_stays_solid(make_window, precision_db):
    window = make_window(precision_db)
    timeline = window.timeline
    timeline.set_range(period("2019-10-25").start, period("2019-12-31").end)
    scale = timeline.scale
    month = bar_of(timeline, MONTH_EVENT)
    assert month is not None and month.kind == IMPRECISE_BAR
    assert month.x0 == pytest.approx(scale.x_of(period("2019-11").start))
    assert month.x1 == pytest.approx(scale.x_of(period("2019-12").start))
    truce = bar_of(timeline, RANGE_EVENT)
    assert truce is not None and truce.kind == RANGE_BAR
    middle = QPoint(round(GUTTER_W + (month.x0 + month.x1) / 2), round(month.y))
    assert tooltip_at(timeline, middle) == "November 2019 (month precision)\nOffensive in Idlib"


def test_a_day_narrower_than_a_marker_is_a_dot(make_window, precision_db):
    window = make_window(precision_db)
    timeline = window.timeline
    timeline.set_range(period("2018").start, period("2020").end)
    assert timeline.scale.spp * 9 > 86_400  # a day is under a marker's width here
    assert marker_of(timeline, DAY_EVENT) is not None
    assert bar_of(timeline, MONTH_EVENT) is not None  # a month is still wider: its band
