"""A bar over the whole view whose title is longer than the bar shows it cut down inside the bar,
not no title at all (the demo's Wikipedia months seen a week at a time in an 800x600 window:
four solid green bars without a word)."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.timekeys import period
from tests.conftest import add_events

TITLE = (
    "The protest in Damascus was violently dispersed, six protesters were detained by security "
    "forces according to witnesses, and the crowd was scattered across the old city"
)


def month_db(tmp_path):
    path = tmp_path / "month.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": TITLE, "start": "2011-03", "precision": "month", "lane": "Wiki"},
            {"id": 2, "title": "From March to May", "start": "2011-03-01", "end": "2011-05-31",
             "lane": "Wiki"},
        ],
    )  # fmt: skip
    db.close()
    return path


def test_a_bar_over_the_view_shows_its_title_cut_inside(qtbot, make_window, tmp_path):
    window = make_window(month_db(tmp_path), size=(800, 600))
    timeline = window.timeline
    timeline.set_range(period("2011-03-01").start, period("2011-03-08").end)

    def labels():
        timeline.grab()  # a paint asks for the titles; they come from a worker
        return {lb.id: lb for lb in timeline.frame().labels}

    qtbot.waitUntil(lambda: not timeline.labels_pending() and len(labels()) == 2)
    width = timeline.scale.width
    long_label = labels()[1]
    assert long_label.inside and 0 < long_label.x and long_label.x + long_label.width <= width
    text = timeline.labels.static(long_label, False, timeline.fonts.label).text()
    assert text.endswith("…") and TITLE.startswith(text[:-1]) and len(text) > 20
    short = labels()[2]  # fits inside whole, as before
    assert short.inside
    assert timeline.labels.static(short, False, timeline.fonts.label).text() == "From March to May"
