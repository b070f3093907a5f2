"""The foundation's promise on the real sample article: click the 2019-12-22 event, read why."""

import datetime
import sqlite3

import pytest
from PySide6.QtCore import Qt

from db.ingest.importers import import_articles
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE

SUNDAY_SENTENCE = (
    "Erdogan also said on Sunday that Turkey could increase military support to the Libyan "
    "government, which has been fighting off an offensive by rival forces."
)


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "sample.db"
    report = import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    assert report.imported == 1 and not report.failed
    return path


def test_clicking_the_sunday_event_shows_its_sentence_highlighted(qtbot, make_window, sample_db):
    conn = sqlite3.connect(sample_db)
    (event_id,) = conn.execute(
        "SELECT id FROM events WHERE start = '2019-12-22' AND text LIKE '%said on Sunday%'"
    ).fetchone()
    conn.close()
    window = make_window(sample_db, size=(1300, 760))
    timeline = window.timeline
    timeline.set_range(period("2019-12-15").start, period("2019-12-27").end)

    pos = timeline.marker_position(event_id)
    assert pos is not None, "the 2019-12-22 event is not drawn"
    assert timeline.event_at(pos) == event_id
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())

    panel = window.panel
    assert timeline.selected == event_id
    assert panel.headline.text() == "Turkish delegation in Russia to discuss Syria, Libya conflicts"
    assert "Press TV" in panel.meta.text() and "23 December 2019" in panel.meta.text()
    assert panel.categories.text() == "News / Syria / Turkey / North Africa / Russia"
    assert "(Photo: AFP)" in panel.caption.text()
    assert "Sunday 22 December 2019" in panel.event_date.text()
    assert panel.highlighted_text() == SUNDAY_SENTENCE
    assert panel.highlight_visible()
    assert "Press TV News Roku" not in panel.body.toPlainText()  # boilerplate is not article text


def test_the_caption_event_highlights_the_caption(make_window, sample_db):
    conn = sqlite3.connect(sample_db)
    (event_id,) = conn.execute("SELECT id FROM events WHERE start = '2019-10-24'").fetchone()
    conn.close()
    window = make_window(sample_db)
    window.show_event(event_id)
    assert "near the village of Rakya" in window.panel.caption.text()
    assert "#fff4c2" in window.panel.caption.styleSheet()  # the caption is the marked source
