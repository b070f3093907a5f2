"""Issue 14 item 8: a long source (32 captions, a long body) scrolls inside the panel as one
page; the window keeps its size and the highlighted sentence is in view."""

import datetime
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from db.ingest.importers import import_articles
from db.timekeys import period
from tests.viewer.test_cli import run_cli

SENTENCE = "The talks began on Monday in Moscow."


def long_article() -> str:
    lines = ["News / World", "Thirty-two pictures of a long week in the capital"]
    # Caption lines end in a credit, as in the sample article ("... (Photo by AFP)").
    lines += [f"Picture {i} of the march in the old town. (Photo by Reuters)" for i in range(32)]
    # filler without a verb: a happening would be an event around the publication day
    lines += [f"Paragraph {i}: nothing dated, only words to fill a line." for i in range(40)]
    lines += [SENTENCE]
    lines += [f"Closing paragraph {i}, more words for length." for i in range(10)]
    return "\n\n".join(lines) + "\n"


@pytest.fixture
def long_db(tmp_path):
    article = tmp_path / "long-week.txt"
    article.write_text(long_article(), encoding="utf-8")
    path = tmp_path / "long.db"
    report = import_articles(path, [article], published=datetime.date(2019, 12, 23))
    assert report.imported == 1 and not report.failed
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM captions").fetchone() == (32,)
    conn.close()
    return path


def event_of(path, text: str) -> int:
    conn = sqlite3.connect(path)
    (event_id,) = conn.execute("SELECT id FROM events WHERE text = ?", (text,)).fetchone()
    conn.close()
    return event_id


def test_a_long_article_scrolls_in_the_panel_and_the_window_keeps_its_size(
    qtbot, make_window, long_db
):
    event_id = event_of(long_db, SENTENCE)
    window = make_window(long_db, size=(1024, 680))
    timeline = window.timeline
    timeline.set_range(period("2019-12-01").start, period("2019-12-31").end)
    pos = timeline.marker_position(event_id)
    assert pos is not None
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())

    panel = window.panel
    assert panel.current.id == event_id
    assert window.size().width() == 1024 and window.size().height() == 680
    assert panel.minimumSizeHint().height() < 200
    assert window.minimumSizeHint().height() < 680
    # Two captions, then a link to the other 30.
    assert panel.caption.text().count("(Photo: Reuters)") == 2
    assert panel.more_captions.isVisible() and panel.more_captions.text() == "+30 more"
    # The body is as tall as its text: the page scrolls, and the sentence is in its viewport.
    assert panel.body.height() > panel.scroll.viewport().height()
    assert panel.highlighted_text() == SENTENCE
    assert panel.highlight_visible()
    assert panel.scroll.verticalScrollBar().value() > 0
    # What is selected stays in sight above the scrolled page: the event's own clause, short.
    assert panel.event_title.isVisible() and panel.event_title.text() == "The talks began in Moscow"
    assert not panel.scroll.isAncestorOf(panel.event_title)

    qtbot.mouseClick(panel.more_captions, Qt.MouseButton.LeftButton)
    assert panel.caption.text().count("(Photo: Reuters)") == 32
    assert window.size().width() == 1024 and window.size().height() == 680


def test_the_screenshot_of_a_long_article_has_the_size_asked_for(tmp_path, long_db):
    out = tmp_path / "long.png"
    event_id = event_of(long_db, SENTENCE)
    args = [str(long_db), "--screenshot", str(out), "--range", "2019-12-01..2019-12-31"]
    result = run_cli(*args, "--select", str(event_id), "--size", "1024x680")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 680)
