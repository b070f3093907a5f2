"""A windowed frame's filter (db.windowed.filter.WindowFilter) as a dataset reads it
(db.archive.window_sql): the events each filter selects are those numpy selects from every row
of the same dataset, and the first-event walk goes through them in (start, id) order."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from db import schema
from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.timekeys import DAY
from db.windowed.filter import WindowFilter
from tests.conftest import bench_module

COLUMNS = "id, lane_no, source_no, start_key, end_key, flags, reported_key"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filter")
    bench_module("make_db").make(folder / "s.db", 1500, 5, seed=11, years=6)
    conn = sqlite3.connect(folder / "s.db")  # some negated, report days (some unknown)
    with conn:
        conn.execute("UPDATE events SET status = 'negated' WHERE id % 13 = 0")
        published = dict(conn.execute("SELECT id, published FROM articles"))
        conn.executemany(
            "UPDATE events SET reported_key = ? WHERE article_id = ? AND id % 7 != 0",
            [(schema.reported_key(text) + 2 * DAY, aid) for aid, text in published.items()],
        )
    conn.close()
    convert(folder / "s.db", folder / "ds")
    store = DatasetStore(folder / "ds")
    rows = store.query_all(COLUMNS, "true", order="start_key, id", numpy=True)
    every = {k: np.asarray(v) for k, v in rows.items()}
    every["reported_key"] = np.asarray(rows["reported_key"].filled(-1))  # NULL: unknown
    yield store, every
    store.close()


def _held(every: dict[str, np.ndarray], which: WindowFilter) -> np.ndarray:
    """The ids `which` selects, in start order, by numpy."""
    column = every["source_no" if which.group == "source" else "lane_no"]
    keep = np.ones(len(every["id"]), bool)
    if which.lanes is not None:
        keep &= np.isin(column, list(which.lanes))
    if which.start is not None:
        keep &= every["end_key"] > which.start
    if which.end is not None:
        keep &= every["start_key"] < which.end
    keep &= (every["flags"] & which.hide) == 0
    if which.as_of is not None:
        reported = every["reported_key"]
        keep &= (reported == -1) | (reported <= which.as_of)
    return every["id"][keep]


def test_each_filter_selects_what_numpy_selects(dataset):
    store, every = dataset
    starts = every["start_key"]
    middle = int(np.median(starts))
    quarter = int(np.quantile(starts, 0.25))
    reported = every["reported_key"][every["reported_key"] != -1]
    assert 0 < len(reported) < len(starts) and (every["flags"] & 16).any()
    known = int(np.median(reported))
    filters = [
        WindowFilter(),
        WindowFilter(lanes=(1, 3)),
        WindowFilter(lanes=()),  # no lane shown: nothing
        WindowFilter(start=quarter, end=middle),
        WindowFilter(lanes=(0, 2, 4), end=middle, hide=2),  # no imprecise events
        WindowFilter(group="source", lanes=(0,), start=middle),
        WindowFilter(as_of=known, hide=16),  # known then, none negated
        WindowFilter(group="source", lanes=(1, 2), as_of=known, start=quarter),
    ]
    for which in filters:
        wanted = _held(every, which)
        assert store.count_events(which) == len(wanted), which
        assert store.event_ids(which).tolist() == wanted.tolist(), which
        span = store.event_span(which)
        if not len(wanted):
            assert span is None
            continue
        mask = np.isin(every["id"], wanted)
        assert span == (int(starts[mask].min()), int(every["end_key"][mask].max())), which
    for cut in filters[3], filters[6]:  # the range and the report day cut something
        assert len(_held(every, cut)) not in (0, len(starts))


def test_the_first_event_walks_in_start_order(dataset):
    store, every = dataset
    which = WindowFilter(lanes=(0, 1, 2), hide=2)
    wanted = _held(every, which)
    place = {int(i): (int(s), int(i)) for i, s in zip(every["id"], every["start_key"], strict=True)}
    walked, row = [], store.first_event(which, True)
    while row is not None and len(walked) < 40:
        walked.append(int(row[0]))
        row = store.first_event(which, True, place[int(row[0])])
    assert walked == wanted[:40].tolist()
    last = store.first_event(which, False)
    assert int(last[0]) == int(wanted[-1])
    assert int(store.first_event(which, False, place[int(wanted[-1])], 4)[0]) == wanted[-6]
    # By start alone: the first at or after a start, the last before it.
    at = place[int(wanted[10])][0]
    starts = np.array([place[int(i)][0] for i in wanted])
    first_at = store.first_event(which, True, (at, None))
    assert int(first_at[0]) == int(wanted[np.searchsorted(starts, at)])
    before = store.first_event(which, False, (at, None))
    assert int(before[0]) == int(wanted[np.searchsorted(starts, at) - 1])
    assert store.first_event(which, True, place[int(wanted[-1])]) is None
