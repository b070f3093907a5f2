"""A search with more hits than the marks cap marks a sample over the whole range; zoomed in, a
worker finds every hit of the view's window (viewer.timeline.window_marks), in a timeline database
and in a dataset, and the status bar says which the marks are. Real files, real widgets; the
cap set low, as 50,000 is at a million events."""

from __future__ import annotations

import numpy as np
import pytest
import sqlite_utils

import viewer.search
from db import schema
from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.store.timeline import TimelineStore
from tests.conftest import add_events
from tests.viewer.timeline.test_titles import _record

CAP = 60  # marks over the whole range
ARTICLE_HITS = ("Quay reopened", "Cranes arrive")  # their article's body, its caption


def talks_db(tmp_path):
    """900 events over 2001-2017, two in three about ceasefire talks, in three lanes; an article
    whose body (not its events' titles) speaks of a ceasefire, and one whose caption does."""
    path = tmp_path / "talks.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["articles"].insert_all([
        {"id": 1, "headline": "Port news", "published": "2010-06-01",
         "body": "The ceasefire held in the port all week.", "content_hash": "a1"},
        {"id": 2, "headline": "Harbour pictures", "published": "2010-06-03", "body": "Cranes.",
         "content_hash": "a2"},
    ])  # fmt: skip
    db["captions"].insert({"id": 1, "article_id": 2, "position": 0, "text": "After the ceasefire"})
    rows = [
        {"title": f"Ceasefire talks, round {i}" if i % 3 else f"Harbour works, stage {i}",
         "start": f"{2001 + i % 17}-{i % 12 + 1:02d}-{i % 27 + 1:02d}", "lane": "ABC"[i % 3]}
        for i in range(900)
    ]  # fmt: skip
    rows += [
        {"title": "Quay reopened", "start": "2010-06-02", "lane": "A", "article_id": 1},
        {"title": "Cranes arrive", "start": "2010-06-04", "lane": "B", "article_id": 2},
    ]
    add_events(db, rows)
    db.close()
    return path


def shown_ids(timeline) -> np.ndarray:
    events, (t0, t1) = timeline.events, timeline.visible_range()
    parts = [events.window(lane, t0, t1).ids for lane in range(len(events.lanes))]
    return np.concatenate(parts)


def search_sampled(qtbot, window, text: str) -> None:
    window.search.box.setText(text)
    search = window.search
    qtbot.waitUntil(lambda: search.result is not None and search.result.sampled_of > 0)
    qtbot.waitUntil(lambda: not window.search.busy and not window.timeline.marks_pending())


@pytest.mark.parametrize("kind", ["database", "dataset"])
def test_zoomed_in_every_hit_of_the_view_is_marked(qtbot, make_window, tmp_path, monkeypatch, kind):
    monkeypatch.setattr(viewer.search, "MARKS", CAP)
    path = talks_db(tmp_path)
    if kind == "dataset":
        convert(path, tmp_path / "ds")
        path = tmp_path / "ds"
    store = DatasetStore if kind == "dataset" else TimelineStore
    calls = _record(monkeypatch, store, ("search_among",))
    window = make_window()
    window.open_later(path)
    qtbot.waitUntil(lambda: window.session.source is not None)
    timeline = window.timeline
    timeline.fit_whole()
    search_sampled(qtbot, window, "ceasefire")
    # Over the whole range: a sample, and the status bar says so.
    assert timeline.window_marks() is None and not calls
    assert "marked (a sample: about" in window.status_count.text()

    timeline.set_range(*_year(2010))
    qtbot.waitUntil(lambda: timeline.window_marks() is not None)
    hits, others = _hits_in_view(window)
    assert len(hits) >= 30 and len(others) >= 15
    assert sum(i in timeline.marks for i in hits) < len(hits)  # the sample alone leaves gaps
    marks = timeline.shown_marks()
    assert all(i in marks for i in hits)  # every hit in view, the article's and caption's too
    assert {window.source.titles(hits)[i] for i in hits} >= set(ARTICLE_HITS)
    assert not any(i in marks for i in others)
    assert "every search hit in view marked" in window.status_count.text()
    assert calls and not any(on_ui for _, on_ui, _ in calls)  # asked on a worker

    # Within the window fetched (three views wide) a pan draws from memory: nothing asked.
    calls.clear()
    t0, t1 = timeline.visible_range()
    timeline.set_range(t0 + (t1 - t0) / 2, t1 + (t1 - t0) / 2)
    timeline.grab()
    assert timeline.window_marks() is not None and not calls
    hits, _others = _hits_in_view(window)
    assert all(i in timeline.shown_marks() for i in hits)

    # The pixels: a halo under a hit that only the window's marks hold.
    frame = timeline.frame()
    only_window = [m for m in frame.markers if m.id in hits and m.id not in timeline.marks]
    assert only_window

    timeline.fit_whole()  # all of it again: the sample, said so
    timeline.grab()
    assert timeline.window_marks() is None
    qtbot.waitUntil(lambda: "marked (a sample: about" in window.status_count.text())


def _year(year: int) -> tuple[float, float]:
    from db.timekeys import key_of

    return float(key_of(year)), float(key_of(year + 1))


def _hits_in_view(window) -> tuple[list[int], list[int]]:
    """The events shown that are hits (a ceasefire in their title, or in their article's text or
    caption), and those that are not: told from their titles."""
    titles = window.source.titles(shown_ids(window.timeline).tolist())
    hits = [i for i, t in titles.items() if "Ceasefire" in t or t in ARTICLE_HITS]
    return hits, [i for i in titles if i not in hits]
