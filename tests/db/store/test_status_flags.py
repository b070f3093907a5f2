"""Status on the timeline: planned events carry PLANNED, negated ones NEGATED (from a partial
index, not the covering scan); FrameQuery.hide leaves them out; an archive keeps both."""

from __future__ import annotations

import numpy as np
import sqlite_utils

from db import schema
from db.archive.convert import convert
from db.opening import open_store
from db.store import NEGATED, PLANNED
from db.store.frame import FrameQuery
from db.store.timeline import TimelineStore
from tests.conftest import add_events


def _db(tmp_path):
    path = tmp_path / "status.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": "Talks held", "start": "2019-12-02", "status": "happened"},
            {
                "id": 2,
                "title": "Talks to resume",
                "start": "2020-03",
                "precision": "month",
                "status": "planned",
            },  # fmt: skip
            {"id": 3, "title": "Did not attack", "start": "2019-12-05", "status": "negated"},
            {"id": 4, "title": "A record", "start": "2019-12-06"},
        ],
    )
    db.close()
    return path


def _flags(frame) -> dict[int, int]:
    out = {}
    for lane in range(len(frame.lanes)):
        part = frame.window(lane, -(2**60), 2**60)
        out.update(zip(part.ids.tolist(), part.flags.tolist(), strict=True))
    return out


def test_planned_and_negated_flags_and_hiding(tmp_path):
    path = _db(tmp_path)
    store = TimelineStore.open(path)
    try:
        flags = _flags(store.frame(FrameQuery()))
        assert flags[2] & PLANNED and not flags[2] & NEGATED
        assert flags[3] & NEGATED and not flags[3] & PLANNED
        assert not flags[1] & (PLANNED | NEGATED) and not flags[4] & (PLANNED | NEGATED)
        shown = store.frame(FrameQuery(hide=NEGATED))
        assert sorted(shown.ids().tolist()) == [1, 2, 4]
        assert store.event(2).status == "planned" and store.event(4).status is None
    finally:
        store.close()


def test_the_status_query_uses_the_partial_index(tmp_path):
    conn = sqlite_utils.Database(_db(tmp_path)).conn
    plan = " ".join(
        str(row[-1])
        for row in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id, status FROM events WHERE {schema.STATUS_DRAWN}"
        )
    )
    conn.close()
    assert "idx_events_status" in plan


def test_an_archive_keeps_status_flags_and_provenance(tmp_path):
    path = _db(tmp_path)
    convert(path, tmp_path / "ds")
    store = open_store(tmp_path / "ds")
    try:
        flags = _flags(store.frame(FrameQuery()))
        assert flags[2] & PLANNED and flags[3] & NEGATED
        assert 3 not in store.frame(FrameQuery(hide=NEGATED)).ids().tolist()
        assert store.event(2).status == "planned"
        assert np.array_equal(np.sort(store.frame(FrameQuery()).ids()), [1, 2, 3, 4])
    finally:
        store.close()


def test_damaged_status_and_provenance_cost_only_themselves(tmp_path):
    from db.provenance import anchor_words, dated_by, rule_words

    path = tmp_path / "odd.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    odd = ["not json", "[1, 2]", '{"anchor": 5, "precision": 7, "text": ["x"]}',
           '{"anchor": {"kind": "reference", "sentences_back": "two"}, "begin": true}']  # fmt: skip
    add_events(
        db,
        [
            {"id": i + 1, "title": "x", "start": "2019-12-02", "provenance": p, "status": s}
            for i, (p, s) in enumerate(zip(odd, ["Planned", "", "negated", 5], strict=True))
        ],
    )
    db.close()
    store = TimelineStore.open(path)
    try:
        details = [store.event(i) for i in (1, 2, 3, 4)]
        flags = _flags(store.frame(FrameQuery()))
    finally:
        store.close()
    assert [d.status for d in details] == [None, None, "negated", None]
    assert [d.provenance is None for d in details] == [True, True, False, False]
    assert flags[3] & NEGATED and not flags[1] & PLANNED
    for d in details:  # words from whatever is there, never an exception
        assert isinstance(dated_by(d.provenance) + anchor_words(d.provenance), str)
        assert isinstance(rule_words(d.provenance), str)
