"""An event placed around its report's publication day (no words dated it) must read as
approximate at every zoom, beside one whose day words stated: its label starts with "≈", its
day is hatched where it is drawn, and the tooltip says "around". Driven through the real window
on a real timeline database."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage

from db import schema
from db.timekeys import DAY, period
from tests.conftest import add_events
from tests.viewer.helpers import tooltip_at
from viewer.timeline.layout import AROUND_BAR, AROUND_MARK, IMPRECISE_BAR, IMPRECISE_POINT
from viewer.timeline.widget import GUTTER_W

STATED, AROUND = 1, 2


def provenance(**extra) -> str:
    return json.dumps({"type": "DATE", "value": "2021-03-15", "precision": "day", **extra})


@pytest.fixture
def around_db(tmp_path):
    path = tmp_path / "around.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": STATED, "title": "The ferry docked in Piraeus", "start": "2021-03-15",
             "lane": "A", "kind": "sentence", "status": "happened",
             "provenance": provenance(text="on Monday", rule="weekday")},
            {"id": AROUND, "title": "Dock workers voted to strike", "start": "2021-03-15",
             "lane": "A", "kind": "sentence", "status": "happened",
             "provenance": provenance(text="", rule="publication-day", around=True)},
        ],
    )  # fmt: skip
    db.close()
    return path


def shown(timeline, event_id):
    frame = timeline.frame()
    bar = next((b for b in frame.bars if b.id == event_id), None)
    marker = next((m for m in frame.markers if m.id == event_id), None)
    label = next((lb for lb in frame.labels if lb.id == event_id), None)
    return bar, marker, label


def wait_for_labels(qtbot, timeline, *ids):
    qtbot.waitUntil(lambda: all((lb := shown(timeline, i)[2]) and lb.text for i in ids))


def changes_along(image: QImage, y: int, x0: float, x1: float) -> int:
    """How often the colour changes between neighbouring pixels along row y of the right part
    of a band (clear of a label inside it): a hatched band's diagonals cross it again and again,
    a day's soft band only where grid lines show through."""
    left, right = round(x0 + (x1 - x0) * 0.55), round(x1 - (x1 - x0) * 0.05)
    pixels = [QColor(image.pixel(x, y)) for x in range(left, right)]
    pairs = zip(pixels, pixels[1:], strict=False)
    return sum(abs(a.red() - b.red()) + abs(a.green() - b.green()) > 12 for a, b in pairs)


@pytest.mark.parametrize(
    "first, last",
    [("2021-03-13", "2021-03-18"), ("2021-03-15T06:00", "2021-03-15T18:00")],
    ids=["day zoom", "hour zoom"],
)
def test_around_a_day_is_drawn_unlike_a_stated_day_where_days_are_wide(
    qtbot, make_window, around_db, first, last
):
    window = make_window(around_db)
    timeline = window.timeline
    timeline.set_range(period(first).start, period(last).end)
    wait_for_labels(qtbot, timeline, STATED, AROUND)
    stated_bar, _, stated_label = shown(timeline, STATED)
    around_bar, _, around_label = shown(timeline, AROUND)
    assert stated_bar.kind == IMPRECISE_BAR and around_bar.kind == AROUND_BAR
    assert stated_label.text == "The ferry docked in Piraeus"
    assert around_label.text == AROUND_MARK + "Dock workers voted to strike"
    # What is on the screen: the around day is hatched, the stated day a smooth band.
    image = timeline.grab().toImage()
    ratio = image.devicePixelRatio()

    def row_changes(bar) -> int:
        x0 = (GUTTER_W + max(bar.x0, 0)) * ratio
        x1 = (GUTTER_W + min(bar.x1, timeline.scale.width)) * ratio
        return changes_along(image, round(bar.y * ratio), x0, x1)

    assert around_bar.x0 == stated_bar.x0 and around_bar.x1 == stated_bar.x1  # the same day
    assert row_changes(around_bar) >= row_changes(stated_bar) + 6
    # The tooltip says it in words.
    x = round(GUTTER_W + max(around_bar.x0, 0) + 3)
    assert tooltip_at(timeline, QPoint(x, round(around_bar.y))).startswith(
        "around Monday 15 March 2021 (day)\nDock workers"
    )
    x = round(GUTTER_W + max(stated_bar.x0, 0) + 3)
    assert tooltip_at(timeline, QPoint(x, round(stated_bar.y))).startswith("Monday 15 March 2021")


def test_seen_from_afar_the_around_day_is_a_ring_with_its_mark(qtbot, make_window, around_db):
    window = make_window(around_db)
    timeline = window.timeline
    timeline.set_range(period("2020").start, period("2021").end)
    assert timeline.scale.spp * 9 > DAY  # a day is narrower than a marker here
    wait_for_labels(qtbot, timeline, STATED, AROUND)
    _, stated, stated_label = shown(timeline, STATED)
    _, around, around_label = shown(timeline, AROUND)
    assert around.kind == IMPRECISE_POINT and stated.kind != IMPRECISE_POINT
    assert around_label.text.startswith(AROUND_MARK)
    assert not stated_label.text.startswith(AROUND_MARK)
