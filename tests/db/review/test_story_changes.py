"""Splitting and joining stories in review (db/review/stories.py, the writer, the store): real
articles imported, review rows written, the file read again. events.story_id never changes."""

from __future__ import annotations

import sqlite3

import pytest

from db.errors import TimelineError
from db.review.writer import ReviewWriter
from db.store.frame import FrameQuery
from db.store.timeline import TimelineStore
from tests.reviewing import event_starting
from tests.stories import COUNCIL, FERRY_A, FERRY_B, FOOTBALL, import_both


@pytest.fixture
def news(tmp_path):
    path = tmp_path / "news.db"
    assert import_both(path).grouped == 1
    return path


def _story_ids(path) -> list[tuple[int, int | None]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, story_id FROM events ORDER BY id").fetchall()
    conn.close()
    return rows


SHOWN = FrameQuery(review=("unreviewed", "accepted", "corrected"))  # the viewer's default


def _drawn(path) -> dict[int, int]:
    """What the timeline draws (rejected events hidden): event id -> the reports it stands for."""
    store = TimelineStore.open(path)
    try:
        frame = store.frame(SHOWN)
        place = frame.locate(event_starting(path, COUNCIL))
        window = frame.window(place.lane, place.start, place.end)
        reports = window.reports if window.reports is not None else [1] * len(window.ids)
        return dict(zip(window.ids.tolist(), [int(r) for r in reports], strict=True))
    finally:
        store.close()


def test_a_split_report_is_drawn_on_its_own_and_the_import_stays(news):
    a, b = event_starting(news, FERRY_A), event_starting(news, FERRY_B)
    imported = _story_ids(news)
    assert _drawn(news)[a] == 2 and b not in _drawn(news)
    with ReviewWriter(news, "ana") as writer:
        entry = writer.split(b, note="a rescue, not the grounding")
    assert entry.describe().startswith("taken out of its story")
    drawn = _drawn(news)
    assert drawn[a] == 1 and drawn[b] == 1
    store = TimelineStore.open(news)
    assert store.event(a).reports == [] and store.event(b).reports == []
    assert [e.action for e in store.event(b).review.history] == ["split"]
    store.close()
    assert _story_ids(news) == imported  # the import's grouping is never written


def test_splitting_the_first_report_keeps_the_others_one_story(news):
    a = event_starting(news, FERRY_A)
    council = event_starting(news, COUNCIL)
    with ReviewWriter(news) as writer:
        writer.join(council, a)  # three reports now
        writer.split(a)  # the first one out: the other two stay together
    store = TimelineStore.open(news)
    try:
        reports = [r.id for r in store.event(council).reports]
        assert a not in reports and len(reports) == 2
        assert store.event(a).reports == []
    finally:
        store.close()
    drawn = _drawn(news)
    assert drawn[a] == 1 and drawn[reports[0]] == 2 and reports[1] not in drawn


def test_joining_two_stories_draws_them_once_and_lists_every_report(news):
    a, b, football = (
        event_starting(news, FERRY_A),
        event_starting(news, FERRY_B),
        event_starting(news, FOOTBALL),
    )
    with ReviewWriter(news) as writer:
        writer.join(football, b)  # a single event joins the ferry story (through its report)
        with pytest.raises(TimelineError, match="one story already"):
            writer.join(a, football)
    drawn = _drawn(news)
    assert drawn[a] == 3 and football not in drawn and b not in drawn
    store = TimelineStore.open(news)
    try:
        listed = [(r.id, r.source) for r in store.event(football).reports]
        assert sorted(listed) == sorted(
            [(a, "Harbour Post"), (b, "Island Wire"), (football, "Island Wire")]
        )
        assert listed[0] == (a, "Harbour Post")  # first published (then by id) first
        # A search hit on the joined report finds the story it is drawn in.
        found = store.search('"football"')
        assert a in found.marked.tolist() and football not in found.marked.tolist()
    finally:
        store.close()


def test_a_split_then_joined_again_is_one_story_again(news):
    a, b = event_starting(news, FERRY_A), event_starting(news, FERRY_B)
    with ReviewWriter(news) as writer:
        writer.split(b)
        with pytest.raises(TimelineError, match="no story"):
            writer.split(b)  # on its own now
        writer.join(b, a)
    assert _drawn(news)[a] == 2


def test_a_rejected_first_report_hands_the_story_to_the_next(news):
    a, b = event_starting(news, FERRY_A), event_starting(news, FERRY_B)
    council = event_starting(news, COUNCIL)
    with ReviewWriter(news) as writer:
        writer.join(council, a)
        writer.reject(a)
    store = TimelineStore.open(news)
    try:
        reports = store.event(b).reports
        assert [r.id for r in reports][0] == a and reports[0].review == "rejected"
        assert all(r.review is None for r in reports[1:])
        next_first = reports[1].id
        # The next report stands for the story, with the reports not rejected.
        frame = store.frame(SHOWN)
        place = frame.locate(next_first)
        assert place is not None
        assert frame.locate(a) is None  # rejected: hidden by default
        window = frame.window(place.lane, place.start, place.end)
        assert window.reports[window.ids.tolist().index(next_first)] == 2
        assert frame.locate(reports[2].id) is None  # folded into it
        # Shown with the rejected ones, the rejected report is drawn on its own.
        rejected = store.frame(FrameQuery(review=("rejected",)))
        assert rejected.locate(a) is not None
    finally:
        store.close()


def test_a_story_with_one_report_left_is_not_folded(news):
    a, b = event_starting(news, FERRY_A), event_starting(news, FERRY_B)
    with ReviewWriter(news) as writer:
        writer.reject(a)
    drawn = _drawn(news)
    assert a not in drawn and drawn[b] == 1


def test_changes_to_stories_need_a_file_with_stories(tmp_path, tiny_db):
    with ReviewWriter(tiny_db) as writer, pytest.raises(TimelineError):
        writer.split(1)


def test_a_review_elsewhere_keeps_the_story_count(news):
    # The review overlay rebuilds the index: the counts must go with it.
    with ReviewWriter(news) as writer:
        writer.accept(event_starting(news, COUNCIL))
    assert _drawn(news)[event_starting(news, FERRY_A)] == 2


def test_the_command_splits_and_joins(news, capsys):
    from viewer.cli import main

    a, b = event_starting(news, FERRY_A), event_starting(news, FERRY_B)
    assert main(["review", str(news), str(b), "--split-story", "--reviewer", "ana"]) == 0
    assert f"event {b}: taken out of its story" in capsys.readouterr().out
    assert _drawn(news)[b] == 1
    assert main(["review", str(news), str(b), "--join-story", str(a)]) == 0
    assert f"story joined with event {a}'s" in capsys.readouterr().out
    assert _drawn(news)[a] == 2
    assert main(["review", str(news), str(b), "--join-story", str(a)]) == 1
    assert "one story already" in capsys.readouterr().err
