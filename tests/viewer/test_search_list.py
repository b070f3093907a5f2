"""Search results are a list you can read: ten rows of three lines (date and headline, two lines
of snippet) where the window has the room (test_search_room: a smaller one keeps its size, the list
takes what the source panel spares), the count of hits and of those shown, Escape clears it."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt

from db import schema
from tests.conftest import add_events
from viewer.search import MIN_ROWS, row_height


def many_hits_db(tmp_path, n: int):
    path = tmp_path / "hits.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    words = "the envoys met again in Geneva and the ceasefire talks went on late into the night "
    add_events(
        db,
        [
            {"title": f"Ceasefire talks, round {i}",
             "start": f"{2000 + i % 20}-03-{i % 28 + 1:02d}", "text": words * 4}
            for i in range(n)
        ],
    )  # fmt: skip
    db.close()
    return path


def search_for(qtbot, window, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: not window.search.busy and window.search.result is not None)
    qtbot.waitUntil(lambda: not window.timeline.marks_pending())  # the hits found on a worker


def test_results_are_a_list_you_can_read(qtbot, make_window, tmp_path):
    window = make_window(many_hits_db(tmp_path, 520), size=(1600, 1000))
    search = window.search
    search_for(qtbot, window, "ceasefire")
    assert search.status.isVisible() and search.status.text().startswith("520 hits, 50 shown")
    # The best 50 listed first, then every hit marked (a second query, on the worker).
    assert search.model.rowCount() == 50 and window.timeline.marked_count() == 520
    line = search.list.fontMetrics().lineSpacing()
    row = search.list.visualRect(search.model.index(0)).height()
    assert row == row_height(line)  # date and headline, then two lines of snippet
    qtbot.waitUntil(lambda: search.list.viewport().height() >= MIN_ROWS * row)
    assert window.panel.height() > 100  # the source panel keeps some room below

    # Escape in the box clears the query, the list and the marks.
    search.box.setFocus()
    qtbot.keyClick(search.box, Qt.Key.Key_Escape)
    assert search.box.text() == "" and search.result is None
    assert not search.list.isVisible() and len(window.view.marks) == 0


def test_a_few_hits_are_counted_as_such(qtbot, make_window, tmp_path):
    window = make_window(many_hits_db(tmp_path, 3), size=(1400, 860))
    search_for(qtbot, window, "ceasefire")
    assert window.search.status.text() == "3 hits"


def test_every_hit_found_before_its_first_page_is_listed_is_marked_with_it(
    qtbot, make_window, tmp_path
):
    """The marks are searched at the same time as the first page: when they come first (here
    the first page's filter test is slow), they wait for it and are marked with it."""
    import threading

    window = make_window(many_hits_db(tmp_path, 520), size=(1400, 860))
    search = window.search
    allowed, listed = search._allowed, threading.Event()

    def slow_allowed(hits):
        listed.wait(5)  # until every hit is found: the marks come first
        return allowed(hits)

    search.set_search(search._search, slow_allowed)
    marked = search._marked

    def marks_found(found_placed):
        listed.set()
        marked(found_placed)

    search._marker._on_result = marks_found
    search_for(qtbot, window, "ceasefire")
    assert listed.is_set()
    assert search.status.text().startswith("520 hits, 50 shown")
    assert len(search.result.marked) == 520 and window.timeline.marked_count() == 520


def test_more_matches_than_the_marks_are_a_sample_over_the_range_and_said_so(
    qtbot, make_window, tmp_path, monkeypatch
):
    import viewer.search

    monkeypatch.setattr(viewer.search, "MARKS", 100)  # the cap, as 50,000 is at 100M events
    window = make_window(many_hits_db(tmp_path, 520), size=(1400, 860))
    search_for(qtbot, window, "ceasefire")
    result = window.search.result
    assert 0.9 * 520 <= result.sampled_of <= 1.1 * 520
    assert 100 <= len(result.marked) <= 150  # the sample, with the 50 hits listed
    assert window.timeline.marked_count() == len(result.marked)
    assert result.marked.max() > 480  # spread over every id, not the lowest 100
    text = window.search.status.text()
    assert text.startswith("about 5") and "matching texts" in text
    assert "a sample over the whole range" in text
    assert f"{len(result.marked):,} events marked" in text and "50 shown" in text
    bar = window.status_count.text()
    assert f"{len(result.marked):,} search hits marked (a sample: about 5" in bar
