"""The demo's month in a 1024x680 window: the News lane (the sample article's 16 events) is drawn
event by event, not as a histogram. Before, the choice between its rows and a histogram was
weighed in the first frame, before the labels' titles had come: laid out as bare markers, the
UCDP lane beside it seemed to draw seven more events with News' room, so News became a
histogram, and the choice held for the view; with the titles, that UCDP lane is a histogram
itself and gains nothing."""

from __future__ import annotations

import csv
import datetime
import gzip

import sqlite_utils

from db import schema
from db.ingest.importers import import_articles
from db.ingest.table_import import import_events
from db.timekeys import period
from tests.conftest import REPO, SAMPLE_ARTICLE, add_events
from viewer.timeline.lane_heights import drawn

UCDP = REPO / "resources" / "demo" / "ucdp-ged-syria" / "ged_syria_2016-2019.csv.gz"
MAPPING = REPO / "resources" / "demo" / "ucdp.mapping.json"


def demo_month(tmp_path):
    """The demo's lanes as they are from 15 Nov to 31 Dec 2019: the sample article in News,
    UCDP's events of those weeks (three lanes), and the two lanes with nothing then."""
    path = tmp_path / "month.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"title": "A post of 2011", "start": "2011-02-01", "lane": "Global Voices"},
            {"title": "An entry of 2012", "start": "2012-03-01", "lane": "Wikipedia timeline"},
        ],
    )
    db.close()
    report = import_articles(
        path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23), source="Press TV",
        lane="News", language="en",
    )  # fmt: skip
    assert report.imported == 1
    table = tmp_path / "ucdp.csv"
    with gzip.open(UCDP, "rt", encoding="utf-8", newline="") as src:
        reader = csv.DictReader(src)
        assert reader.fieldnames is not None
        with table.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, reader.fieldnames)
            writer.writeheader()
            writer.writerows(r for r in reader if r["date_end"] >= "2019-11-01")
    import_events(path, table, MAPPING)
    return path


def test_the_news_lane_draws_its_events_at_1024x680(make_window, qtbot, tmp_path):
    window = make_window(demo_month(tmp_path), size=(1024, 680))
    timeline = window.timeline
    timeline.set_range(period("2019-11-15").start, period("2019-12-31").end)
    names = timeline.events.lanes
    news = names.index("News")
    assert timeline.frame().lane_counts[news] == 16
    timeline.grab()  # the first frame asks for the titles, read on a worker
    qtbot.waitUntil(lambda: not timeline.labels_pending() and not timeline.windows_pending())
    timeline.grab()
    frame = timeline.frame()
    assert frame.modes[news] == "detail"  # before: "density"
    assert 3 * drawn(frame, {news}) >= 16
    assert any(lb.text.startswith("Erdogan also said") for lb in frame.labels)
    # The lane it was weighed against is a histogram with the titles: it had no use for the room.
    assert frame.modes[names.index("UCDP: state-based")] == "density"
