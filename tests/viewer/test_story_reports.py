"""One happening reported by two outlets: one marker with "2 reports", and the panel steps
through the reports (real article files, a real window)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from db.timekeys import period
from tests.stories import COUNCIL, FERRY_A, FERRY_B, FOOTBALL, import_both


@pytest.fixture
def story_db(tmp_path):
    path = tmp_path / "news.db"
    assert import_both(path).grouped == 1
    return path


def _event_id(path, start: str) -> int:
    conn = sqlite3.connect(path)
    (found,) = conn.execute("SELECT id FROM events WHERE text LIKE ? || '%'", (start,)).fetchall()
    conn.close()
    return found[0]


def test_one_marker_with_two_reports(qtbot, make_window, story_db):
    first, second = _event_id(story_db, FERRY_A), _event_id(story_db, FERRY_B)
    window = make_window(story_db, size=(1300, 700))
    timeline = window.timeline
    timeline.set_range(period("2019-06").start, period("2020-05").end)
    pos = timeline.marker_position(first)
    assert pos is not None, "the story is not drawn"
    assert timeline.marker_position(second) is None  # drawn once, as its first report
    frame = timeline.frame()
    assert frame.reports_of(first) == 2
    # The other happenings of that Sunday stay markers of their own, with no count.
    for start in (COUNCIL, FOOTBALL):
        event_id = _event_id(story_db, start)
        assert timeline.marker_position(event_id) is not None
        assert frame.reports_of(event_id) == 1
    # Hovering says it in words.
    tip = QHelpEvent(QEvent.Type.ToolTip, pos.toPoint(), timeline.mapToGlobal(pos.toPoint()))
    QApplication.sendEvent(timeline, tip)
    assert QToolTip.text().endswith("2 reports")
    assert "Sunday 22 December 2019" in QToolTip.text()


def test_the_panel_steps_through_the_reports(qtbot, make_window, story_db):
    first, second = _event_id(story_db, FERRY_A), _event_id(story_db, FERRY_B)
    window = make_window(story_db, size=(1300, 760))
    timeline = window.timeline
    timeline.set_range(period("2019-06").start, period("2020-05").end)
    qtbot.mouseClick(
        timeline, Qt.MouseButton.LeftButton, pos=timeline.marker_position(first).toPoint()
    )
    panel, reports = window.panel, window.panel.story_reports
    assert reports.isVisible()
    assert reports.list.count() == 2
    assert "Harbour Post" in reports.list.item(0).text()
    assert "Island Wire" in reports.list.item(1).text()
    assert reports.title.text() == "2 reports · this is report 1"
    assert not reports.prev.isEnabled() and reports.next.isEnabled()
    assert panel.meta.text().startswith("Harbour Post")
    assert panel.highlighted_text().startswith(FERRY_A)

    qtbot.mouseClick(reports.next, Qt.MouseButton.LeftButton)
    # The second report's own article, its own sentence highlighted; the story stays selected.
    assert panel.current.id == second
    assert panel.meta.text().startswith("Island Wire")
    assert panel.headline.text() == "Coast guard rescues 212 after ferry hits reef near Port Vila"
    assert panel.highlighted_text().startswith(FERRY_B)
    assert reports.title.text() == "2 reports · this is report 2"
    assert reports.prev.isEnabled() and not reports.next.isEnabled()
    assert timeline.selected == first

    qtbot.mouseClick(reports.prev, Qt.MouseButton.LeftButton)
    assert panel.current.id == first
    # A click in the list shows that report too.
    item = reports.list.item(1)
    rect = reports.list.visualItemRect(item)
    qtbot.mouseClick(reports.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current.id == second


def test_an_event_of_one_report_shows_no_list(make_window, story_db):
    window = make_window(story_db)
    window.show_event(_event_id(story_db, FOOTBALL))
    assert not window.panel.story_reports.isVisible()
    assert window.panel.current is not None


def test_opening_a_report_that_is_not_drawn_selects_its_story(make_window, story_db):
    first, second = _event_id(story_db, FERRY_A), _event_id(story_db, FERRY_B)
    window = make_window(story_db)
    window.timeline.set_range(period("2019-06").start, period("2020-05").end)
    window.show_event(second)  # as a click in the article's list of its other events does
    assert window.panel.current.id == second
    assert window.panel.highlighted_text().startswith(FERRY_B)
    assert window.timeline.selected == first


def test_as_known_on_a_day_the_marker_counts_the_reports_known_then(qtbot, make_window, tmp_path):
    import dataclasses
    import datetime

    from db.ingest.importers import import_articles
    from tests.stories import HARBOUR_POST, ISLAND_WIRE

    path = tmp_path / "news.db"
    later = dataclasses.replace(ISLAND_WIRE, published=datetime.date(2019, 12, 25))
    assert import_articles(path, [HARBOUR_POST, later]).grouped == 1
    first = _event_id(path, FERRY_A)
    window = make_window(path, size=(1300, 700))
    window.timeline.set_range(period("2019-06").start, period("2020-05").end)
    assert window.timeline.frame().reports_of(first) == 2
    window.set_as_of(period("2019-12-23").end - 1)
    qtbot.waitUntil(lambda: window.timeline.frame().reports_of(first) == 1, timeout=5000)
    window.set_as_of(None)
    qtbot.waitUntil(lambda: window.timeline.frame().reports_of(first) == 2, timeout=5000)
