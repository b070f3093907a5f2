"""Near the right edge of a wide window, a label that does not fit right of its event goes whole
to its left where that stretch of its row is free, rather than being elided: the sample
article's day seen in a month at 2560 px (its column of events on one day, late in the view,
each title cut to "Turkish delegation in Russia to discuss Syria, L…" before)."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.timekeys import key_of
from tests.conftest import add_events

TITLES = [
    "Turkish delegation in Russia to discuss Syria, Libya conflicts",
    "A Turkish delegation has traveled to Russia to hold talks with Russian officials",
    "Erdogan warned that his country could not handle a new influx of refugees from Syria",
    "Syrian President Bashar al-Assad has vowed to recapture Idlib",
    "Minister Mevlut Cavusoglu had held a phone call with his Russian opposite number",
]


def edge_db(tmp_path):
    path = tmp_path / "edge.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"id": i + 1, "title": title, "start": "2019-12-23", "lane": "News"}
        for i, title in enumerate(TITLES)
    ]
    # A long bar in the first row, ending before the day: its row is not free to the left.
    rows.append({"id": 10, "title": "A range", "start": "2019-11-20", "end": "2019-12-20",
                 "lane": "News"})  # fmt: skip
    add_events(db, rows)
    db.close()
    return path


def test_labels_near_the_right_edge_go_whole_to_the_left(qtbot, make_window, tmp_path):
    window = make_window(edge_db(tmp_path), size=(2560, 1440))
    timeline = window.timeline
    timeline.set_range(key_of(2019, 11, 15), key_of(2020, 1, 1))

    def labels() -> dict[int, tuple[str, float, float]]:
        timeline.grab()  # a paint asks for the titles; they come from a worker
        return {
            lb.id: (timeline.labels.static(lb, False, timeline.fonts.label).text(), lb.x, lb.width)
            for lb in timeline.frame().labels
            if lb.id <= len(TITLES)
        }

    qtbot.waitUntil(lambda: not timeline.labels_pending() and len(labels()) == len(TITLES))
    frame = timeline.frame()
    lefts = {m.id: m.x - 4.5 for m in frame.markers} | {b.id: b.x0 for b in frame.bars}
    width = timeline.scale.width
    for eid, (text, x, w) in labels().items():
        title = TITLES[eid - 1]
        right_room = width - 4 - (lefts[eid] + 15)
        assert timeline.labels.label_for(eid)[1] > right_room, "the title fits right of it"
        assert text == title, f"{title!r} elided to {text!r}"
        assert x + w <= lefts[eid], f"{title!r} not left of its event"
    # Nothing overlaps: the labels left of their events are on rows of their own.
    spans = sorted((lb.y, lb.x, lb.x + lb.width) for lb in frame.labels)
    for (y0, _, r0), (y1, l1, _) in zip(spans, spans[1:], strict=False):
        assert y0 != y1 or r0 <= l1
