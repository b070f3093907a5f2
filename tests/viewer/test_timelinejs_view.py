"""A TimelineJS file seen in the window: media shown as the event's picture (a local image drawn,
a remote one a link, neither taken for a source), eras as spans behind all the lanes, and the
title slide naming the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument

from db.ingest.timelinejs_import import import_timelinejs
from db.timekeys import period
from viewer.panel import PLACEHOLDER

TIMELINE = {
    "title": {
        "text": {
            "headline": "The Arab Spring",
            "text": "<p>Protests, 2010-2012 <b>&lt;i&gt;</b></p>",
        }
    },
    "events": [
        {
            "start_date": {"year": 2011, "month": 1, "day": 25},
            "text": {"headline": "Tahrir Square fills", "text": "<p>Crowds gather in Cairo.</p>"},
            "group": "Egypt",
            "media": {"url": "tahrir.png", "caption": "The square at noon", "credit": "Photo: A"},
        },
        {
            "start_date": {"year": 2011, "month": 2, "day": 11},
            "text": {"headline": "Mubarak resigns", "text": "<p>After eighteen days.</p>"},
            "group": "Egypt",
            "media": {"url": "https://example.org/mubarak.jpg", "credit": "Reuters"},
        },
        {
            "start_date": {"year": 2011, "month": 3, "day": 15},
            "text": {"headline": "Protests in Deraa"},
            "group": "Syria",
        },
    ],
    "eras": [
        {
            "start_date": {"year": 2011, "month": 1, "day": 25},
            "end_date": {"year": 2011, "month": 2, "day": 11},
            "text": {"headline": "Eighteen days"},
        }
    ],
}


@pytest.fixture
def spring_db(tmp_path) -> Path:
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(tmp_path / "tahrir.png"))
    source = tmp_path / "spring.json"
    source.write_text(json.dumps(TIMELINE), encoding="utf-8")
    db_path = tmp_path / "spring.db"
    report = import_timelinejs(db_path, source)
    assert report.imported == 4 and not report.failed
    return db_path


def event_id(window, title: str) -> int:
    events = window.timeline.events
    titles = window.source.titles(events.ids().tolist())
    return next(i for i, t in titles.items() if t == title)


def test_the_title_slide_names_the_database(make_window, spring_db):
    window = make_window(spring_db)
    assert window.windowTitle() == "The Arab Spring — spring.db — timeline-viewer"
    placeholder = window.panel.placeholder
    doc = QTextDocument()
    doc.setHtml(placeholder.text())
    shown = doc.toPlainText()
    assert shown.startswith("The Arab Spring\nProtests, 2010-2012 <i>\n")
    assert shown.endswith(PLACEHOLDER)  # the hint under the title slide; "<i>" shown as text


def test_eras_are_spans_behind_the_lanes_not_a_lane(make_window, spring_db):
    window = make_window(spring_db, size=(1200, 700))
    timeline = window.timeline
    assert timeline.events.lanes == ("Egypt", "Syria")
    lanes = window.filter_panel.lanes
    assert [lanes.item(i).text() for i in range(lanes.count())] == ["Egypt", "Syria"]
    assert [e.title for e in timeline.eras] == ["Eighteen days"]
    assert window.status_count.text() == "3 events · 2 lanes · 1 era"
    timeline.set_range(period("2011-01-01").start, period("2011-03-31").end)
    image = timeline.grab().toImage()
    ratio = image.devicePixelRatio()
    box = timeline.lane_boxes()[1]  # the Syria lane: no event of it in the era
    y = int((box.top + box.height - 6) * ratio)
    inside = timeline.scale.x_of(period("2011-02-03").start) + 150
    outside = timeline.scale.x_of(period("2011-03-01").start) + 150
    tinted = QColor(image.pixel(int(inside * ratio), y))
    plain = QColor(image.pixel(int(outside * ratio), y))
    assert tinted != plain  # the era's tint lies over every lane it crosses


def test_a_local_media_image_is_shown_and_a_remote_one_is_a_link(make_window, spring_db):
    window = make_window(spring_db)
    panel = window.panel
    window.open_event(event_id(window, "Tahrir Square fills"))
    assert panel.image.isVisible() and not panel.image.pixmap().isNull()
    assert panel.caption.text() == "The square at noon  (Photo: A)"
    assert not panel.headline.isVisible() and not panel.media_link.isVisible()
    assert not panel.open_original.isEnabled()  # the picture is not a source to open
    assert panel.open_original.toolTip() == "No source URL in this record"
    assert panel.body.toPlainText() == "Crowds gather in Cairo."
    assert not panel.more_details.isVisible()  # the media mark is bookkeeping, not a field

    window.open_event(event_id(window, "Mubarak resigns"))
    assert not panel.image.isVisible()  # never fetched
    assert panel.media_link.isVisible()
    assert 'href="https://example.org/mubarak.jpg"' in panel.media_link.text()
    assert panel.caption.text() == "(Photo: Reuters)"
