"""A story drawn once (db/store/stories.py, TimelineStore): real files imported, then read."""

from __future__ import annotations

import dataclasses
import sqlite3

import numpy as np

from db.review.state import parse_date
from db.review.writer import ReviewWriter
from db.store.frame import FrameQuery
from db.store.timeline import TimelineStore
from tests.provenance_files import as_version_1
from tests.stories import FERRY_A, FERRY_B, FOOTBALL, import_both


def _event_id(path, start: str) -> int:
    conn = sqlite3.connect(path)
    (found,) = conn.execute("SELECT id FROM events WHERE text LIKE ? || '%'", (start,)).fetchall()
    conn.close()
    return found[0]


def test_the_index_holds_a_story_once_with_its_count(tmp_path):
    path = tmp_path / "news.db"
    import_both(path)
    first, second = _event_id(path, FERRY_A), _event_id(path, FERRY_B)
    store = TimelineStore.open(path)
    index = store.load_index()
    assert first in index.ids and second not in index.ids
    assert index.reports is not None
    assert dict(zip(index.ids.tolist(), index.reports.tolist(), strict=True))[first] == 2
    assert int(np.sum(index.reports)) == store.count()  # every report is counted once
    assert store.skipped == 0  # a folded report is not an event left out
    # The frame hands the count to the timeline with the story's place.
    frame = store.frame(FrameQuery())
    place = frame.locate(first)
    assert place is not None and frame.locate(second) is None
    window = frame.window(place.lane, place.start, place.end)
    assert window.reports is not None
    assert window.reports[window.ids.tolist().index(first)] == 2
    store.close()


def test_every_report_of_a_story_lists_them_all(tmp_path):
    path = tmp_path / "news.db"
    import_both(path)
    first, second = _event_id(path, FERRY_A), _event_id(path, FERRY_B)
    store = TimelineStore.open(path)
    for event_id in (first, second):
        detail = store.event(event_id)
        assert [(r.id, r.source, r.published) for r in detail.reports] == [
            (first, "Harbour Post", "2019-12-23"),
            (second, "Island Wire", "2019-12-23"),
        ]
        assert detail.reports[1].headline.startswith("Coast guard rescues 212")
    assert store.event(_event_id(path, FOOTBALL)).reports == []
    store.close()


def test_a_version_1_file_has_no_stories(tmp_path):
    path = tmp_path / "v1.db"
    import_both(path)
    as_version_1(path)
    store = TimelineStore.open(path)
    index = store.load_index()
    assert index.reports is None and len(index) == store.count()
    assert store.event(_event_id(path, FERRY_A)).reports == []
    store.close()


def test_a_search_hit_on_a_report_not_drawn_finds_its_story(tmp_path):
    path = tmp_path / "news.db"
    import_both(path)
    first, second = _event_id(path, FERRY_A), _event_id(path, FERRY_B)
    store = TimelineStore.open(path)
    # Words of the second report's sentence only ("after their ferry", "just outside").
    # (The article's own hit stands for its publication event, as for any article.)
    result = store.search('"just outside Port Vila"')
    hits = {hit.event_id: hit for hit in result.hits}
    assert first in hits and second not in hits
    assert "just outside" in hits[first].snippet.replace("\x02", "").replace("\x03", "")
    assert first in result.marked.tolist() and second not in result.marked.tolist()
    # Words of both: the story once.
    both = store.search('"212"')
    assert [hit.event_id for hit in both.hits].count(first) == 1
    assert second not in both.marked.tolist()
    store.close()


def test_a_reviewed_story_keeps_its_count(tmp_path):
    # Reviews rebuild the index (their dates move events): a story's count goes along, for the
    # story itself and for an event moved past it.
    path = tmp_path / "news.db"
    import_both(path)
    first, football = _event_id(path, FERRY_A), _event_id(path, FOOTBALL)
    with ReviewWriter(path) as writer:
        writer.accept(first)
        writer.correct_date(football, parse_date("2019-12-01"))
    store = TimelineStore.open(path)
    index = store.load_index()
    assert index.reports is not None and len(index.reports) == len(index.ids)
    counts = dict(zip(index.ids.tolist(), index.reports.tolist(), strict=True))
    assert counts[first] == 2 and counts[football] == 1
    assert int(np.sum(index.reports)) == store.count()
    store.close()


def test_as_known_on_a_day_a_story_counts_the_reports_known_then(tmp_path):
    import datetime

    from db.ingest.importers import import_articles
    from db.timekeys import period
    from tests.stories import HARBOUR_POST, ISLAND_WIRE

    path = tmp_path / "news.db"
    later = dataclasses.replace(ISLAND_WIRE, published=datetime.date(2019, 12, 25))
    assert import_articles(path, [HARBOUR_POST, later]).grouped == 1
    first, second = _event_id(path, FERRY_A), _event_id(path, FERRY_B)
    store = TimelineStore.open(path)

    def count(as_of: str | None) -> int | None:
        key = period(as_of).end - 1 if as_of else None
        frame = store.frame(FrameQuery(as_of=key))
        place = frame.locate(first)
        if place is None:
            return None
        assert frame.locate(second) is None
        window = frame.window(place.lane, place.start, place.end)
        return int(window.reports[window.ids.tolist().index(first)])

    assert count(None) == 2
    assert count("2019-12-23") == 1  # Island Wire's report came two days later
    assert count("2019-12-25") == 2
    assert count("2019-12-22") is None  # nothing reported yet
    store.close()
