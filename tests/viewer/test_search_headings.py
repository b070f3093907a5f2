"""Results whose rows share one headline (a blog's daily round-up, the same headline every day)
show each event's own title on their first line, the headline in the tooltip; a headline on one
row stays. A real database and window."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt

from db import schema
from tests.conftest import add_events
from tests.viewer.test_search_list import search_for
from viewer.search import HEADING_ROLE

DAILY = "Harbour Today; the port committee's daily notes"


def _round_ups_db(tmp_path):
    path = tmp_path / "roundups.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["articles"].insert_all([
        {"id": 1, "headline": DAILY, "published": "2014-05-02", "body": "Dockers met.",
         "content_hash": "a1"},
        {"id": 2, "headline": DAILY, "published": "2014-05-03", "body": "Cranes idle.",
         "content_hash": "a2"},
        {"id": 3, "headline": "Harbour dredging begins", "published": "2014-06-01",
         "body": "Dredgers came.", "content_hash": "a3"},
    ])  # fmt: skip
    add_events(db, [
        {"title": "Dockers voted to end the strike at the harbour", "start": "2014-05-01",
         "article_id": 1},
        {"title": "Two cranes stood idle all day", "start": "2014-05-02", "article_id": 2},
        {"title": "The dredgers arrived", "start": "2014-06-01", "article_id": 3},
    ])  # fmt: skip
    db.close()
    return path


def test_a_shared_headline_gives_way_to_the_events_titles(qtbot, make_window, tmp_path):
    window = make_window(_round_ups_db(tmp_path), size=(1400, 860))
    search_for(qtbot, window, "harbour")
    model = window.search.model
    rows = {model.hits[i].event_id: model.index(i) for i in range(model.rowCount())}
    assert len(rows) == 3
    by_title = {model.hits[i].title: model.index(i) for i in range(model.rowCount())}
    first, second = (
        by_title["Dockers voted to end the strike at the harbour"],
        by_title["Two cranes stood idle all day"],
    )
    for index in (first, second):  # the shared headline: the event's own title instead
        hit = index.data(Qt.ItemDataRole.UserRole + 1)
        assert hit.headline == DAILY
        assert index.data(HEADING_ROLE) == hit.title
        assert hit.title in index.data() and "port committee" not in index.data().split("</div>")[0]
        assert index.data(Qt.ItemDataRole.ToolTipRole) == DAILY  # what the line leaves out
    alone = by_title["The dredgers arrived"]
    assert alone.data(HEADING_ROLE) == "Harbour dredging begins"
    assert alone.data(Qt.ItemDataRole.ToolTipRole) == "The dredgers arrived"
    # Drawn, the two rows differ (they differed only by date and snippet before).
    window.search.list.viewport().repaint()
    list_view = window.search.list
    a, b = (list_view.viewport().grab(list_view.visualRect(i)).toImage() for i in (first, second))
    assert a != b
