"""Labels use the room there is: no fixed cap, a label runs until the next event in its row,
near the right edge it goes left of its marker, events sharing a title are told apart by their
date, and a site's boilerplate ("This post was originally published…") is no label."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.store.memory_frame import MemoryFrame
from db.timekeys import DAY, key_of
from tests.conftest import add_events
from tests.synthetic import random_index
from viewer.timeline.layout import KEEP_LABEL_W, SOFT_LABEL_W, LaneBox, layout
from viewer.timeline.scale import Scale

LONG = "Ankara signed a security and military cooperation deal with the Libyan government"


def labels_db(tmp_path):
    path = tmp_path / "labels.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": LONG, "start": "2019-12-02"},
            {"id": 2, "title": "Late in the month, near the right edge", "start": "2019-12-29"},
            {"id": 3, "title": "The delegation arrived in Moscow", "start": "2019-12-16"},
            {"id": 4, "title": "The delegation arrived in Moscow", "start": "2019-12-17"},
            {"id": 5, "title": "This post was originally published on Example Deeply.",
             "start": "2019-12-10"},
        ],
    )  # fmt: skip
    db.close()
    return path


def shown(timeline) -> dict[int, tuple[str, float, float]]:
    """Each label as laid out and elided for drawing: its text, x and width (plot pixels)."""
    timeline.grab()
    out = {}
    for lb in timeline.frame().labels:
        text = timeline.labels.static(lb, False, timeline.fonts.label).text()
        out[lb.id] = (text, lb.x, lb.width)
    return out


def test_labels_use_the_room_there_is(qtbot, make_window, tmp_path):
    window = make_window(labels_db(tmp_path), size=(1300, 700))
    timeline = window.timeline
    timeline.set_range(key_of(2019, 12, 1), key_of(2019, 12, 31))
    qtbot.waitUntil(lambda: not timeline.labels_pending() and len(shown(timeline)) >= 4)
    labels = shown(timeline)
    markers = {m.id: m.x for m in timeline.frame().markers}
    bars = {b.id: (b.x0, b.x1) for b in timeline.frame().bars}

    # The long title is whole: wider than the old 260 px cap, not elided.
    assert labels[1][0] == LONG and labels[1][2] > 300
    # Near the right edge the label goes left of its event, whole.
    text, x, w = labels[2]
    assert text == "Late in the month, near the right edge"
    event_left = bars[2][0] if 2 in bars else markers[2] - 4.5
    assert x + w <= event_left
    # One title, two dates: told apart by the date in front (kept when the label is elided).
    assert labels[3][0].startswith("16 December 2019: The delegation")
    assert labels[4][0].startswith("17 December 2019: The delegation")
    # Boilerplate: the event is drawn, without a label.
    assert 5 not in labels and (5 in markers or 5 in bars)


def test_a_label_runs_until_the_next_event_in_its_row():
    # One row: every event shares it, each label is cut at the next event, never below the room
    # a bare marker leaves it, and nothing overlaps.
    frame = MemoryFrame(random_index(12, lanes=1, seed=4))
    scale = Scale(0, 1, 1200).with_span(-5 * DAY, 420 * DAY)
    box = LaneBox(0, 44, 32)  # one row
    out = layout(frame, scale, [box], lambda eid: (f"Event {eid}", 600.0))
    labels = sorted(out.labels, key=lambda lb: lb.x)
    lefts = sorted([m.x - 5.5 for m in out.markers] + [b.x0 for b in out.bars])
    assert labels
    for lb in labels:
        following = [x for x in lefts if x > lb.x]
        if following:
            assert lb.x + lb.width <= following[0] - 1 + 1e-6  # a bare marker's gap
        assert lb.width >= min(600.0, KEEP_LABEL_W) - 1e-6 or lb.x + lb.width >= 1200 - 4 - 1e-6
    assert SOFT_LABEL_W > KEEP_LABEL_W
