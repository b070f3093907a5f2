"""Events that share a start reach the layout in id order from either backend (an SQLite file's
in-memory frame read them in its start index's order, ties by end; a dataset by id): the same
data lays into the same rows in both."""

from __future__ import annotations

import numpy as np
import sqlite_utils

from db import schema
from db.archive.convert import convert
from db.frame import FrameQuery
from db.opening import open_store
from db.sorted_ids import start_then_id
from db.timekeys import key_of
from tests.conftest import add_events


def test_rows_in_start_order_are_put_in_id_order_within_each_start():
    start = np.array([5, 5, 5, 7, 9, 9], np.int64)
    ids = np.array([3, 4, 1, 8, 6, 2], np.int64)
    order = start_then_id(start, ids)
    assert order is not None
    assert ids[order].tolist() == [1, 3, 4, 8, 2, 6]
    assert start_then_id(start[order], ids[order]) is None  # in order already: no sort
    unsorted = np.array([9, 5, 7], np.int64)
    assert start_then_id(unsorted, np.array([1, 2, 3])).tolist() == [1, 2, 0]


def test_a_database_and_its_dataset_give_one_starts_events_in_the_same_order(tmp_path):
    path = tmp_path / "clashes.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    # A week-long clash recorded before two one-day attacks of its first day: the start
    # index orders the day's three by end (the attacks first), the dataset by id.
    add_events(
        db,
        [
            {"id": 2, "title": "Week of clashes", "start": "2021-03-08", "end": "2021-03-14"},
            {"id": 3, "title": "Market attack", "start": "2021-03-08"},
            {"id": 4, "title": "Checkpoint attack", "start": "2021-03-08"},
            {"id": 5, "title": "Later strike", "start": "2021-03-20"},
        ],
    )
    db.close()
    convert(path, tmp_path / "ds")
    a, b = key_of(2021, 3, 1), key_of(2021, 4, 1)
    orders = []
    for source in (path, tmp_path / "ds"):
        frame = open_store(source).frame(FrameQuery())
        orders.append(frame.window(0, a, b).ids.tolist())
    assert orders == [[2, 3, 4, 5], [2, 3, 4, 5]]
