"""The view state through the real window: each signal fires once per real change, the widgets
follow it, and Back/Forward keep a browser's history (opening after Back drops what was ahead)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from db.timekeys import period
from viewer.filters import Filters
from viewer.view_state import ViewState


def record(signal) -> list:
    """Every emission of `signal`, as a list of its arguments."""
    seen: list = []
    signal.connect(lambda *args: seen.append(args))
    return seen


@pytest.fixture
def tiny_window(make_window, tiny_db):
    window = make_window(tiny_db)
    window.timeline.set_range(period("2019-10-25").start, period("2019-12-31").end)
    return window


def test_the_range_follows_the_timeline_once_per_change(qtbot, tiny_window):
    window, view, timeline = tiny_window, tiny_window.view, tiny_window.timeline
    assert view.range == timeline.visible_range()
    ranges = record(view.rangeChanged)
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)  # zoom in: one change
    assert ranges == [timeline.visible_range()] and view.range == timeline.visible_range()
    assert window.overview.window_range == view.range
    view.set_range(*view.range)  # the same span again is no change
    assert len(ranges) == 1


def test_a_range_set_on_the_view_state_moves_the_timeline(tiny_window):
    window, view = tiny_window, tiny_window.view
    december = period("2019-12")
    view.set_range(december.start, december.end)
    t0, t1 = window.timeline.visible_range()
    assert (t0, t1) == pytest.approx((december.start, december.end), abs=60)
    assert view.range == (t0, t1)  # what the timeline could show, not what was asked
    assert window.status_range.text() == "2019-12-01 … 2020-01-01"


def test_selection_signals_once_and_the_timeline_follows(qtbot, tiny_window):
    window, view, timeline = tiny_window, tiny_window.view, tiny_window.timeline
    selections = record(view.selectionChanged)
    pos = timeline.marker_position(4)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert selections == [(4,)] and view.selected == 4 == timeline.selected
    window.open_event(4)  # already selected: no change
    assert selections == [(4,)]
    view.select(1)  # from outside: the timeline follows
    assert timeline.selected == 1
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert selections == [(4,), (1,), (None,)] and timeline.selected is None
    assert window.panel.current is None


def test_filters_signal_only_when_they_differ(tiny_window):
    window, view = tiny_window, tiny_window.view
    changes = record(view.filtersChanged)
    window.set_filters(Filters())  # the filters already shown
    assert changes == []
    window.filter_panel.set_hidden("B", True)
    assert [f.hidden for (f,) in changes] == [frozenset({"B"})]
    assert window.filters is view.filters and window.timeline.events.lanes == ("A",)


def test_marks_signal_once_and_mark_the_timeline(qtbot, tiny_window):
    window, view = tiny_window, tiny_window.view
    marks = record(view.marksChanged)
    view.set_marks([2, 4])
    view.set_marks(np.array([2, 4]))  # the same hits again
    assert len(marks) == 1
    qtbot.waitUntil(lambda: not window.timeline.marks_pending())  # found on a worker
    assert window.timeline.marked_count() == 2
    assert "2 search hits" in window.status_count.text()
    view.set_marks([])
    assert len(marks) == 2 and window.timeline.marked_count() == 0
    assert "search hits" not in window.status_count.text()


def test_history_back_forward_and_truncation(tiny_window):
    window, view = tiny_window, tiny_window.view
    changes = record(view.historyChanged)
    for event_id in (1, 2, 3):
        window.open_event(event_id)
    window.open_event(3)  # the current one again: not a new entry
    assert view.history == [1, 2, 3] and view.history_pos == 2 and len(changes) == 3
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()

    window.back()
    window.back()
    assert view.history_pos == 0 and window.timeline.selected == 1
    assert not window.back_action.isEnabled() and window.forward_action.isEnabled()
    window.back()  # at the start: nothing happens
    assert view.history_pos == 0 and len(changes) == 5

    window.forward()
    assert window.timeline.selected == 2 and window.panel.current.id == 2
    window.open_event(4)  # opened after going back: 3 is dropped
    assert view.history == [1, 2, 4] and view.history_pos == 2
    assert not window.forward_action.isEnabled()
    window.forward()  # at the end: nothing happens
    assert view.history_pos == 2 and len(changes) == 7


def test_another_database_starts_a_fresh_view(tiny_window, tmp_path):
    window, view = tiny_window, tiny_window.view
    window.open_event(2)
    window.filter_panel.set_hidden("A", True)
    other = tmp_path / "other.db"
    other.write_bytes(window.source.path.read_bytes())
    history = record(view.historyChanged)
    window.open_database(other)
    assert view.history == [] and view.history_pos == -1 and history == [()]
    assert view.filters == Filters() and view.selected is None
    assert not window.back_action.isEnabled() and not window.forward_action.isEnabled()


def test_a_view_state_alone_needs_no_widgets():
    view = ViewState()
    history = record(view.historyChanged)
    assert view.back() is None and view.forward() is None and history == []
    view.visit(7)
    view.visit(8)
    assert view.back() == 7 and view.forward() == 8 and len(history) == 4
    view.reset()
    assert (view.history, view.history_pos, len(history)) == ([], -1, 5)
