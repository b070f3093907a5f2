"""A crowded lane's choice between its rows and a histogram is not weighed while another lane's
events are still being fetched off the UI thread (a dataset's windows): that lane, drawn as
density meanwhile, would count as drawing none with the room or without it, and the choice,
kept while the view stays near, would be the one a partial fetch made. A dataset draws what
its database draws, whichever lane's events came first."""

from __future__ import annotations

import pytest
import sqlite_utils
from PySide6.QtCore import QThreadPool

from db import schema
from db.archive.convert import convert
from db.frame import FrameQuery
from db.opening import open_store
from db.timekeys import period
from tests.conftest import add_events
from viewer.timeline.lane_heights import drawn
from viewer.timeline.widget import TimelineWidget

SIZE = (1400, 500)


def two_lanes(tmp_path):
    """'Posts': four long events and 20 posts on 15-17 March 2012, too many for its rows;
    'Chronicle': 36 entries over March, long titles, which need their rows, and 2,500 in
    February (so that a fetch of the posts' window does not bring the chronicle's along)."""
    path = tmp_path / "two.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"A background period of the story, number {i}", "start": "2012-01",
         "end": "2012-06", "precision": "month", "lane": "Posts"}
        for i in range(4)
    ]  # fmt: skip
    rows += [
        {"title": f"Post {i} about the march", "start": f"2012-03-{15 + i % 3:02d}",
         "lane": "Posts"}
        for i in range(20)
    ]  # fmt: skip
    rows += [
        {"title": f"Chronicle entry {i}: what happened on the day in the province of the east",
         "start": f"2012-03-{1 + (i * 31) // 36:02d}", "lane": "Chronicle"}
        for i in range(36)
    ]  # fmt: skip
    rows += [
        {"title": f"Wire {i}", "start": f"2012-02-{1 + i % 28:02d}", "lane": "Chronicle"}
        for i in range(2500)
    ]  # fmt: skip
    add_events(db, rows)
    db.close()
    return path


def shown(qtbot, path, fetched: str = "") -> tuple[str, int, int, int]:
    """Posts' mode and how many of its events are drawn, the chronicle's drawn and ticks, once
    the view of March 2012 has all its events and titles. `fetched`, of a dataset: "posts
    first": the posts' window is read before the first frame (as a view before would have),
    the chronicle's is on its way; "during the frame": then the chronicle's comes while a
    frame is laid out (a worker's fetch ending then: here as the posts' titles are answered),
    after that frame's layout found it missing and before the posts are weighed."""
    store = open_store(path)
    events = store.frame(FrameQuery())
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(*SIZE)
    t0, t1 = period("2012-03").start, period("2012-03").end
    posts, chronicle = events.lanes.index("Posts"), events.lanes.index("Chronicle")

    arrives: list[bool] = []

    def answer(ids: list[int]) -> None:
        timeline.add_titles(store.titles(ids))
        if arrives:
            events.window(chronicle, t0, t1)

    timeline.titlesWanted.connect(answer)
    timeline.set_data(events)
    timeline.show()
    timeline.set_range(t0, t1)
    if fetched:
        events.window(posts, t0, t1)
        assert not events.has_window(chronicle, t0, t1)
        frame = timeline.frame()  # the posts crowded, the chronicle's events not drawn yet
        assert frame.modes[posts] == frame.modes[chronicle] == "density"
        assert drawn(frame, {chronicle}) == 0
        if fetched == "during the frame":
            arrives.append(True)
            timeline.forget_labels()  # the next frame asks for the titles again
            frame = timeline.frame()
            assert events.has_window(chronicle, t0, t1)
            assert frame.modes[chronicle] == "density"  # laid out before its events came
    qtbot.waitUntil(lambda: not timeline.windows_pending())
    QThreadPool.globalInstance().waitForDone()
    timeline.grab()
    frame = timeline.frame()
    out = (
        frame.modes[posts],
        drawn(frame, {posts}),
        drawn(frame, {chronicle}),
        frame.hidden.get(chronicle, 0),
    )
    store.close()
    return out


@pytest.mark.parametrize("fetched", ["posts first", "during the frame"])
def test_the_choice_waits_for_the_events_still_being_fetched(qtbot, tmp_path, fetched):
    path = two_lanes(tmp_path)
    convert(path, tmp_path / "ds")
    database = shown(qtbot, path)
    # The chronicle needs the room: on their rows the posts would leave it with ticks.
    assert database == ("density", 0, 36, 0)
    # before: the posts on rows (10 of their 24 drawn), the chronicle with 2 ticks
    assert shown(qtbot, tmp_path / "ds", fetched) == database
