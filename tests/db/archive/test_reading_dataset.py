"""tests/viewer/test_reading.py's tests (search, filters, overview, keys, panel, export,
remembered state, through the real widgets) run again on the dataset converted from their
database: everything the viewer does with the file it does with the folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from db.archive.convert import convert
from db.timekeys import period
from tests.viewer import test_reading as reading
from tests.viewer.test_reading import *  # noqa: F403


@pytest.fixture
def reading_db(tmp_path, monkeypatch):
    """The reading tests' database converted; their look-ups by SQL still read the database."""
    db = reading.reading_db._get_wrapped_function()(tmp_path)
    convert(db, tmp_path / "ds")
    by_sql = reading.event_id
    monkeypatch.setattr(reading, "event_id", lambda _path, where: by_sql(db, where))
    return tmp_path / "ds"


def test_hover_shows_date_and_title(qtbot, make_window, reading_db):
    """As on the database, once the window's events have come from the worker."""
    window = make_window(reading_db)
    timeline = window.timeline
    timeline.set_range(period("2019-12-01").start, period("2019-12-14").end)
    target = reading.event_id(reading_db, "title = 'Parliament vote on budget'")
    qtbot.waitUntil(lambda: timeline.marker_position(target) is not None)
    pos = timeline.marker_position(target).toPoint()
    QApplication.sendEvent(
        timeline, QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    )
    assert QToolTip.text() == "Thursday 5 December 2019 (day)\nParliament vote on budget"
    QToolTip.hideText()
