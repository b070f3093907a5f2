"""A lane of a few dozen events beside a tall lane is drawn event by event, not as a histogram:
where most of its events would be ticks on the rows it was given, it turns into a histogram
only when the room it gives up draws more of the other lanes' events than it draws itself
(before: a blog's month of 66 events, most on three days, was a histogram beside a chronicle
given the room, which showed four more events with it). Weighed with the labels (their titles
come after the first paint), in a 1400x860 window: on its rows, the lane of 30 posts on three days
and 12 long events draws 17 of its 42; of 66 (54 posts), it would draw 19, under a third, and is
a histogram."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.timekeys import period
from tests.conftest import add_events
from viewer.timeline.lane_heights import decided, drawn, keeps_rows, rows_wanted
from viewer.timeline.layout import POINT, Frame, Marker


def month_of_two_lanes(tmp_path, cluster: int):
    """'Posts': long events over the month and `cluster` posts' events on 15-17 March; beside
    it 'Chronicle': two events a day, long titles."""
    path = tmp_path / "two.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"A background period of the story, number {i}", "start": "2012-01",
         "end": "2012-06", "precision": "month", "lane": "Posts"}
        for i in range(12)
    ]  # fmt: skip
    rows += [
        {"title": f"Post {i} about the march", "start": f"2012-03-{15 + i % 3:02d}",
         "lane": "Posts"}
        for i in range(cluster)
    ]  # fmt: skip
    rows += [
        {"title": f"Chronicle entry {i}: what happened on the day in the province of the east",
         "start": f"2012-03-{1 + i // 2:02d}", "lane": "Chronicle"}
        for i in range(62)
    ]  # fmt: skip
    add_events(db, rows)
    db.close()
    return path


def settle(qtbot, timeline) -> None:
    """Paint, and wait for the titles the paint asked for (read on a worker): the choice
    between rows and a histogram is weighed with the labels, once they are here."""
    timeline.grab()
    qtbot.waitUntil(lambda: not timeline.labels_pending() and not timeline.windows_pending())
    timeline.grab()


def test_a_lane_of_few_events_beside_a_tall_one_draws_its_events(make_window, qtbot, tmp_path):
    window = make_window(month_of_two_lanes(tmp_path, 30), size=(1400, 860))
    timeline = window.timeline
    timeline.set_range(period("2012-03").start, period("2012-03").end)
    settle(qtbot, timeline)
    frame = timeline.frame()
    names = timeline.events.lanes
    posts, chronicle = names.index("Posts"), names.index("Chronicle")
    assert frame.modes[posts] == "detail"  # before: "density"
    assert 3 * drawn(frame, {posts}) >= frame.lane_counts[posts]
    assert frame.modes[chronicle] == "detail" and drawn(frame, {chronicle}) >= 30
    boxes = {b.lane: b for b in timeline.lane_boxes()}
    assert boxes[posts].rows >= 8  # not a five-row strip under a tall chronicle
    # Its events can be clicked: each of its days' bars is hit where it is drawn.
    width = timeline.scale.width
    for bar in (b for b in frame.bars if b.lane == posts and b.x1 - b.x0 < width / 2):
        assert frame.hit((max(bar.x0, 0) + min(bar.x1, width)) / 2, bar.y) == bar.id


def test_a_lane_of_hundreds_crowded_on_its_rows_stays_a_histogram(make_window, qtbot, tmp_path):
    window = make_window(month_of_two_lanes(tmp_path, 380), size=(1400, 860))
    timeline = window.timeline
    timeline.set_range(period("2012-03").start, period("2012-03").end)
    settle(qtbot, timeline)
    frame = timeline.frame()
    names = timeline.events.lanes
    assert frame.modes[names.index("Posts")] == "density"
    assert frame.modes[names.index("Chronicle")] == "detail"


def test_a_long_event_counts_once_in_the_rows_a_lane_wants(make_window, tmp_path):
    window = make_window(month_of_two_lanes(tmp_path, 0), size=(1400, 860))
    timeline = window.timeline
    timeline.set_range(period("2012-03").start, period("2012-03").end)
    events, scale = timeline.events, timeline.scale
    posts = events.lanes.index("Posts")
    count = events.count(posts, scale.t0, scale.t1)
    assert count == 12
    assert rows_wanted(events, posts, scale, count) == 12  # before: 36, each over three bins


def _frame(modes: dict[int, str], drawn_of: dict[int, int], hidden: dict[int, int]) -> Frame:
    """A frame drawing `drawn_of[lane]` markers in each lane, `hidden` of them as ticks."""
    frame = Frame(modes=modes, hidden={k: v for k, v in hidden.items() if v})
    frame.markers = [
        Marker(lane * 1000 + i, 10.0 * i, 0.0, POINT, lane)
        for lane, n in drawn_of.items()
        for i in range(n)
    ]
    frame.lane_counts = {lane: drawn_of[lane] + hidden.get(lane, 0) for lane in modes}
    return frame


def test_a_lane_drawn_whole_keeps_the_rows_that_make_it_whole():
    """Lane 0 crowded (30 of 60 drawn on its rows); lane 1 of 20 events: on rows either way."""
    histograms = _frame({0: "density", 1: "detail"}, {0: 0, 1: 20}, {1: 0})
    # The crowded lane on its rows costs lane 1 two of its events: it was whole, it is not.
    rows = _frame({0: "detail", 1: "detail"}, {0: 30, 1: 18}, {0: 30, 1: 2})
    assert not keeps_rows(histograms, rows, {0})
    # Lane 1 was not whole anyway (four ticks then, six now): 30 drawn are worth the two.
    histograms = _frame({0: "density", 1: "detail"}, {0: 0, 1: 20}, {1: 4})
    rows = _frame({0: "detail", 1: "detail"}, {0: 30, 1: 18}, {0: 30, 1: 6})
    assert keeps_rows(histograms, rows, {0})
    # Fewer than a third of its events on rows: a histogram.
    rows = _frame({0: "detail", 1: "detail"}, {0: 19, 1: 18}, {0: 41, 1: 6})
    assert not keeps_rows(histograms, rows, {0})


def test_the_choice_holds_through_a_small_pan(make_window, qtbot, tmp_path):
    """Weighed once for a view, kept while the view stays near it: a pan of a few days neither
    weighs it again each frame nor makes the lane flip between rows and a histogram."""
    window = make_window(month_of_two_lanes(tmp_path, 30), size=(1400, 860))
    timeline = window.timeline
    t0, t1 = period("2012-03").start, period("2012-03").end
    timeline.set_range(t0, t1)
    settle(qtbot, timeline)
    posts = timeline.events.lanes.index("Posts")
    assert timeline.frame().modes[posts] == "detail"
    assert decided(timeline._crowd_choice["Posts"], t0, t1) is True
    for days in (1, 2, 3, -2):
        timeline.set_range(t0 + days * 86400, t1 + days * 86400)
        timeline.grab()
        assert timeline.frame().modes[posts] == "detail"
    far = (t0 - 400 * 86400, t1 + 400 * 86400)
    timeline.set_range(*far)  # zoomed far out: the old choice no longer holds
    timeline.grab()
    choice = timeline._crowd_choice.get("Posts")
    assert decided(choice, t0, t1) is None  # gone, or chosen again for the view far out
    assert choice is None or decided(choice, *far) is not None
