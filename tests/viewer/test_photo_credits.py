"""A photo credit that carries its label ("Photo: A. Photographer", "Courtesy of ...") reads
once in the panel: "(Photo: A. Photographer)", never "(Photo: Photo: A. Photographer)"."""

from __future__ import annotations

import datetime
import json
import sqlite3
from pathlib import Path

import pytest

from db.ingest.importers import import_articles
from db.ingest.timelinejs_import import import_timelinejs

SENTENCE = "The talks began on Monday in Moscow."
TIMELINE = {
    "title": {"text": {"headline": "Credits"}},
    "events": [
        {
            "start_date": {"year": 2011, "month": 1, "day": 25},
            "text": {"headline": "Tahrir Square fills"},
            "media": {"url": "https://example.org/a.jpg", "credit": "Photo: A. Photographer"},
        },
        {
            "start_date": {"year": 2011, "month": 2, "day": 11},
            "text": {"headline": "Mubarak resigns"},
            "media": {
                "url": "https://example.org/b.jpg",
                "caption": "The square at night",
                "credit": "Courtesy of the Egyptian Museum",
            },
        },
    ],
}


def event_where(path: Path, sql: str, value: str) -> int:
    conn = sqlite3.connect(path)
    (event_id,) = conn.execute(f"SELECT id FROM events WHERE {sql} = ?", (value,)).fetchone()
    conn.close()
    return event_id


@pytest.fixture
def timelinejs_db(tmp_path) -> Path:
    source = tmp_path / "credits.json"
    source.write_text(json.dumps(TIMELINE), encoding="utf-8")
    path = tmp_path / "credits.db"
    report = import_timelinejs(path, source)
    assert report.imported == 2 and not report.failed
    return path


def test_a_timelinejs_credit_with_its_label_reads_once(make_window, timelinejs_db):
    window = make_window(timelinejs_db)
    window.open_event(event_where(timelinejs_db, "title", "Tahrir Square fills"))
    assert window.panel.caption.text() == "(Photo: A. Photographer)"
    window.open_event(event_where(timelinejs_db, "title", "Mubarak resigns"))
    assert window.panel.caption.text() == "The square at night  (Courtesy of the Egyptian Museum)"


def test_an_articles_credit_line_with_initials_is_a_credit(make_window, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(
        "News / World\n\nTurkish delegation in Moscow\n\n"
        "The delegation arrives at the ministry.\n\nPhoto: A. Photographer\n\n"
        f"{SENTENCE}\n",
        encoding="utf-8",
    )
    path = tmp_path / "talks.db"
    report = import_articles(path, [article], published=datetime.date(2019, 12, 23))
    assert report.imported == 1 and not report.failed
    window = make_window(path)
    window.open_event(event_where(path, "text", SENTENCE))
    text = window.panel.caption.text()
    assert text.endswith("(Photo: A. Photographer)") and "Photo: Photo" not in text
    assert "Photographer" not in window.panel.body.toPlainText()  # a credit, not body text
