"""Lanes in natural order (db.lane_order): numbers in their names by value, in every store and
in the viewer's list of lanes and its timeline."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from db import schema
from db.lane_order import in_natural_order, natural_key
from db.opening import open_store
from db.store.frame import FrameQuery
from db.store.model import TableMapping
from db.store.timeline import TimelineStore
from tests.conftest import add_events

NUMBERED = ["Lane 10", "Lane 2", "Lane 0", "Lane 11", "Lane 1"]


def test_numbers_in_names_sort_by_value():
    assert in_natural_order(NUMBERED) == ["Lane 0", "Lane 1", "Lane 2", "Lane 10", "Lane 11"]
    assert in_natural_order(["Phase 2b", "Phase 10a", "Phase 2a", "Phase"]) == [
        "Phase", "Phase 2a", "Phase 2b", "Phase 10a",
    ]  # fmt: skip
    assert in_natural_order(["Week 9 of 12", "Week 10 of 12", "Week 9 of 8"]) == [
        "Week 9 of 8", "Week 9 of 12", "Week 10 of 12",
    ]  # fmt: skip
    # Text between numbers as text; names without numbers as before; the empty lane first.
    assert in_natural_order(["Syria", "Egypt", "", "Egypt 2011"]) == [
        "", "Egypt", "Egypt 2011", "Syria",
    ]  # fmt: skip


def test_names_equal_by_value_keep_one_order():
    assert natural_key("Lane 02") != natural_key("Lane 2")
    assert in_natural_order(["Lane 2", "Lane 02"]) == in_natural_order(["Lane 02", "Lane 2"])
    assert in_natural_order(["Lane 99999999999999999999", "Lane 3"])[0] == "Lane 3"


def _numbered_db(tmp_path):
    path = tmp_path / "numbered.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(db, [{"title": f"In {n}", "start": "2020-03-04", "lane": n} for n in NUMBERED])
    db.close()
    return path


def test_a_timeline_store_gives_its_lanes_in_natural_order(tmp_path):
    store = TimelineStore.open(_numbered_db(tmp_path))
    try:
        frame = store.frame(FrameQuery())
        assert frame.lanes == ("Lane 0", "Lane 1", "Lane 2", "Lane 10", "Lane 11")
        for lane, name in enumerate(frame.lanes):
            window = frame.window(lane, -(2**60), 2**60)
            assert len(window) == 1 and store.event(int(window.ids[0])).title == f"In {name}"
    finally:
        store.close()


def test_a_plain_table_gives_its_lanes_in_natural_order(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE happenings (name TEXT, day TEXT, team TEXT)")
    conn.executemany(
        "INSERT INTO happenings VALUES (?, '2020-01-02', ?)", [(f"In {n}", n) for n in NUMBERED]
    )
    conn.commit()
    conn.close()
    store = open_store(path, TableMapping("happenings", "name", "day", lane="team"))
    try:
        assert store.frame(FrameQuery()).lanes == (
            "Lane 0", "Lane 1", "Lane 2", "Lane 10", "Lane 11",
        )  # fmt: skip
    finally:
        store.close()


def test_the_viewer_lists_and_draws_lanes_in_natural_order(qtbot, make_window, tmp_path):
    window = make_window(_numbered_db(tmp_path))
    listed = [window.filter_panel.lanes.item(i).text() for i in range(5)]
    assert listed == ["Lane 0", "Lane 1", "Lane 2", "Lane 10", "Lane 11"]
    assert window.timeline.events.lanes == tuple(listed)


def test_a_lane_a_review_makes_takes_its_place_among_the_others(tmp_path):
    from db.review.writer import ReviewWriter

    path = _numbered_db(tmp_path)
    with sqlite3.connect(path) as conn:
        (moved,) = conn.execute("SELECT id FROM events WHERE lane = 'Lane 0'").fetchone()
    conn.close()
    with ReviewWriter(path) as writer:
        writer.move(moved, "Lane 3")
    store = TimelineStore.open(path)
    try:
        frame = store.frame(FrameQuery())
        assert frame.lanes == ("Lane 0", "Lane 1", "Lane 2", "Lane 3", "Lane 10", "Lane 11")
        three = frame.window(frame.lanes.index("Lane 3"), -(2**60), 2**60)
        assert three.ids.tolist() == [moved]
    finally:
        store.close()
