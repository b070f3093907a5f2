"""Splitting and joining stories in the window (real article files, a real window): the panel's
"Not the same happening: split", Edit ▸ Split From Story / Join Story With Event…, undo and redo
through the window's QUndoStack, and the lists that mark what a review took away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.review.writer import ReviewWriter
from db.timekeys import period
from tests.reviewing import event_starting, menu_action, review_rows, start_from_menu
from tests.stories import COUNCIL, FERRY_A, FERRY_B, FOOTBALL, import_both
from viewer.story_reports import SPLIT_TEXT


@pytest.fixture
def story_db(tmp_path):
    path = tmp_path / "news.db"
    assert import_both(path).grouped == 1
    return path


def _reports_of(window, event_id) -> int | None:
    frame = window.timeline.frame()
    return frame.reports_of(event_id) if window.timeline.events.locate(event_id) else None


def test_split_in_the_panel_then_undo_and_redo(qtbot, make_window, story_db):
    first, second = event_starting(story_db, FERRY_A), event_starting(story_db, FERRY_B)
    window = make_window(story_db, size=(1300, 760))
    window.timeline.set_range(period("2019-06").start, period("2020-05").end)
    window.open_event(first)
    reports = window.panel.story_reports
    assert reports.isVisible() and not reports.split.isVisible()  # not reviewing: no split
    split, join = (
        menu_action(window, "Split From Story"),
        menu_action(window, "Join Story With Event…"),
    )
    assert not split.isEnabled() and not join.isEnabled()
    assert start_from_menu(qtbot, window)
    assert split.isEnabled() and join.isEnabled()
    window.open_event(event_starting(story_db, FOOTBALL))  # its own story: nothing to split it from
    assert not split.isEnabled() and join.isEnabled()
    window.open_event(first)
    assert split.isEnabled()
    assert reports.split.isVisible() and reports.split.text() == SPLIT_TEXT

    # The second report shown (Next ▸), then split off: drawn on its own.
    qtbot.mouseClick(reports.next, Qt.MouseButton.LeftButton)
    assert window.panel.current.id == second
    qtbot.mouseClick(reports.split, Qt.MouseButton.LeftButton)
    assert review_rows(story_db) == [(second, "split", None)]
    qtbot.waitUntil(lambda: window.timeline.events.locate(second) is not None, timeout=5000)
    assert _reports_of(window, first) == 1 and _reports_of(window, second) == 1
    qtbot.waitUntil(lambda: not window.panel.story_reports.isVisible(), timeout=5000)
    assert "taken out of its story" in window.panel.review.text()

    # Ctrl+Z: one story again; Ctrl+Shift+Z: split again.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review_rows(story_db) == []
    qtbot.waitUntil(lambda: window.timeline.events.locate(second) is None, timeout=5000)
    assert _reports_of(window, first) == 2
    qtbot.keyClick(
        window, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert [r[:2] for r in review_rows(story_db)] == [(second, "split")]
    qtbot.waitUntil(lambda: window.timeline.events.locate(second) is not None, timeout=5000)


def test_join_from_the_edit_menu(qtbot, make_window, story_db):
    first, council = event_starting(story_db, FERRY_A), event_starting(story_db, COUNCIL)
    window = make_window(story_db, size=(1300, 760))
    window.timeline.set_range(period("2019-06").start, period("2020-05").end)
    assert window.review.start()
    window.open_event(first)
    window.open_event(council)  # the event opened before is the one offered
    menu_action(window, "Join Story With Event…").trigger()
    dialog = window.review.dialog
    assert dialog.intValue() == first
    dialog.accept()
    assert [r[:2] for r in review_rows(story_db)] == [(council, "join")]
    qtbot.waitUntil(lambda: window.timeline.events.locate(council) is None, timeout=5000)
    assert _reports_of(window, first) == 3
    window.open_event(council)
    qtbot.waitUntil(lambda: window.panel.story_reports.list.count() == 3, timeout=5000)
    assert window.timeline.selected == first  # the story's drawn report
    window.review.undo_stack.undo()
    qtbot.waitUntil(lambda: _reports_of(window, first) == 2, timeout=5000)


def test_the_lists_mark_what_a_review_took_away(qtbot, make_window, story_db):
    first, second = event_starting(story_db, FERRY_A), event_starting(story_db, FERRY_B)
    council, football = event_starting(story_db, COUNCIL), event_starting(story_db, FOOTBALL)
    with ReviewWriter(story_db) as writer:
        writer.reject(first, "not a grounding")
        writer.merge(football, second)
    window = make_window(story_db, size=(1300, 760))
    window.timeline.set_range(period("2019-06").start, period("2020-05").end)
    # The story's first report is rejected: the next one is drawn for it.
    assert window.timeline.events.locate(first) is None
    assert window.timeline.events.locate(second) is not None
    window.open_event(second)
    listed = window.panel.story_reports.list
    assert listed.count() == 2
    assert listed.item(0).text().endswith("(rejected)") and listed.item(0).font().strikeOut()
    assert not listed.item(1).font().strikeOut()
    # The article's other events: the merged one said so, struck out.
    others = window.panel.others
    texts = {
        others.item(i).data(Qt.ItemDataRole.UserRole): others.item(i) for i in range(others.count())
    }
    assert texts[football].text().endswith("(merged)") and texts[football].font().strikeOut()
    window.open_event(council)
    texts = {
        others.item(i).data(Qt.ItemDataRole.UserRole): others.item(i) for i in range(others.count())
    }
    assert texts[first].text().endswith("(rejected)") and texts[first].font().strikeOut()
