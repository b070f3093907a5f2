"""The search panel's count says what the marks are in the view shown, as the status bar does:
over the whole range a sample, zoomed in every hit of the view (viewer.timeline.window_marks),
or, where the view's window holds too many events to ask, a sample that leaves some hits in view
unmarked. A real database and window; the caps set low, as 50,000 marks are at a million events."""

from __future__ import annotations

import viewer.search
import viewer.timeline.window_marks
from tests.viewer.timeline.test_window_marks import CAP, _year, search_sampled, talks_db

WHOLE = "a sample over the whole range"
EVERY = "every hit in view marked"
SOME = "a sample: some hits in view are not marked"


def test_the_count_tells_the_marks_of_the_view(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(viewer.search, "MARKS", CAP)
    window = make_window()
    window.open_later(talks_db(tmp_path))
    qtbot.waitUntil(lambda: window.session.source is not None)
    timeline, status = window.timeline, window.search.status
    timeline.fit_whole()
    search_sampled(qtbot, window, "ceasefire")
    assert WHOLE in status.text() and status.text().startswith("about ")
    assert f"{len(window.search.result.marked):,} events marked" in status.text()

    timeline.set_range(*_year(2010))  # zoomed in: the window's hits are found
    qtbot.waitUntil(lambda: timeline.window_marks() is not None)
    qtbot.waitUntil(lambda: EVERY in status.text())
    assert "sample" not in status.text()
    assert "every search hit in view marked" in window.status_count.text()  # the same

    # A window too full to ask: the sample alone is drawn there, and the count says so.
    monkeypatch.setattr(viewer.timeline.window_marks, "WINDOW_EVENTS", 10)
    timeline.set_range(*_year(2005))
    timeline.grab()
    qtbot.waitUntil(lambda: not timeline.window_marks_pending())
    assert timeline.window_marks() is None
    qtbot.waitUntil(lambda: SOME in status.text())
    qtbot.waitUntil(lambda: "marked (a sample: about" in window.status_count.text())

    timeline.fit_whole()  # the whole range again
    qtbot.waitUntil(lambda: WHOLE in status.text())


def test_a_search_that_marks_every_hit_says_nothing_of_a_sample(qtbot, make_window, tmp_path):
    window = make_window()
    window.open_later(talks_db(tmp_path))
    qtbot.waitUntil(lambda: window.session.source is not None)
    window.timeline.set_range(*_year(2010))
    window.search.box.setText("ceasefire")
    qtbot.waitUntil(lambda: window.search.result is not None)
    qtbot.waitUntil(lambda: not window.search.busy and not window.timeline.marks_pending())
    result, text = window.search.result, window.search.status.text()
    assert not result.sampled_of and len(result.marked) > len(result.hits)
    assert text == f"{len(result.marked):,} hits, {len(result.hits)} shown (the best, by date)"


def test_the_panel_and_the_status_bar_tell_one_answer(qtbot, make_window, tmp_path, monkeypatch):
    """A view of exactly every event's span, after a zoomed-in view whose window (three views
    wide) spans them all, draws every hit from that window: both say so (they disagreed, the
    panel saying "a sample over the whole range", the status bar "every search hit")."""
    monkeypatch.setattr(viewer.search, "MARKS", CAP)
    window = make_window()
    window.open_later(talks_db(tmp_path))
    qtbot.waitUntil(lambda: window.session.source is not None)
    timeline, status = window.timeline, window.search.status
    timeline.fit_whole()
    search_sampled(qtbot, window, "ceasefire")
    s0, s1 = (float(t) for t in timeline.events.span())
    timeline.set_range(s0, s0 + (s1 - s0) / 2)  # its window: from s0 past s1
    qtbot.waitUntil(lambda: timeline.window_marks() is not None)
    timeline.set_range(s0, s1)  # every event in view, from that window
    timeline.grab()
    assert timeline.visible_range() == (s0, s1) and timeline.window_marks() is not None
    qtbot.waitUntil(lambda: EVERY in status.text())
    assert "every search hit in view marked" in window.status_count.text()
    timeline.fit_whole()  # wider than the window: the sample, said by both
    timeline.grab()
    qtbot.waitUntil(lambda: WHOLE in status.text())
    qtbot.waitUntil(lambda: "marked (a sample: about" in window.status_count.text())
