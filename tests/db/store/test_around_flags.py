"""Events placed around their report's publication day (provenance "around") are drawn as
approximate: the timeline store sets IMPRECISE for them from a partial index."""

from __future__ import annotations

import json

import sqlite_utils

from db import schema
from db.store import IMPRECISE
from db.store.frame import FrameQuery
from db.store.timeline import TimelineStore
from tests.conftest import add_events

AROUND = json.dumps({"precision": "day", "rule": "publication-day", "around": True})
STATED = json.dumps({"precision": "day", "rule": "weekday", "text": "Friday"})


def _db(tmp_path):
    path = tmp_path / "around.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": "The suspect fled", "start": "2019-12-23", "provenance": AROUND},
            {
                "id": 2,
                "title": "The navy mined the port",
                "start": "2019-12-20",
                "provenance": STATED,
            },
            {"id": 3, "title": "A record", "start": "2019-12-06"},
        ],
    )
    db.close()
    return path


def test_around_events_are_imprecise(tmp_path):
    store = TimelineStore.open(_db(tmp_path))
    try:
        frame = store.frame(FrameQuery())
        flags = {}
        for lane in range(len(frame.lanes)):
            part = frame.window(lane, -(2**60), 2**60)
            flags.update(zip(part.ids.tolist(), part.flags.tolist(), strict=True))
        assert flags[1] & IMPRECISE
        assert not flags[2] & IMPRECISE and not flags[3] & IMPRECISE
    finally:
        store.close()


def test_the_around_query_uses_the_partial_index(tmp_path):
    conn = sqlite_utils.Database(_db(tmp_path)).conn
    plan = " ".join(
        str(row[-1])
        for row in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM events WHERE {schema.AROUND_DRAWN}"
        )
    )
    conn.close()
    assert "idx_events_around" in plan
