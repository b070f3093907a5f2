"""The long events' keys as a dataset's frames count them: distinct keys with running totals
answer coverage and overlaps exactly as every event's sorted start and end keys do."""

from __future__ import annotations

import numpy as np

from db.archive.convert import convert
from db.archive.long_keys import LongKeys
from db.opening import open_store
from tests.db.archive.test_store import _make_db

DAY = 86_400


def _grouped(lanes: np.ndarray, starts: np.ndarray, ends: np.ndarray):
    """(lane, key) rows, sorted, with how many events start and end at each (what DuckDB's
    GROUPED_SQL gives), from every event's keys."""
    both_lanes = np.concatenate([lanes, lanes])
    keys = np.concatenate([starts, ends])
    is_start = np.concatenate([np.ones(len(starts), bool), np.zeros(len(ends), bool)])
    pairs, at = np.unique(np.stack([both_lanes, keys], 1), axis=0, return_inverse=True)
    at = at.ravel()
    n_starts = np.bincount(at, weights=is_start, minlength=len(pairs)).astype(np.int64)
    n_ends = np.bincount(at, weights=~is_start, minlength=len(pairs)).astype(np.int64)
    return pairs[:, 0], pairs[:, 1], n_starts, n_ends


def _raw_coverage(starts, ends, keys):
    s, e = np.sort(starts), np.sort(ends)
    return np.searchsorted(s, keys[1:]) - np.searchsorted(e, keys[:-1], "right")


def test_distinct_keys_count_as_every_event_does():
    rng = np.random.default_rng(7)
    n = 5000
    lanes = rng.choice([0, 1, 3], n)  # lane 2 has no long event
    # Whole days, months and years: many events share a start or an end (or one's end is
    # another's start), as imported long events do.
    starts = rng.integers(0, 400, n) * DAY
    ends = starts + rng.choice([DAY, 30 * DAY, 365 * DAY], n)
    keys = LongKeys(*_grouped(lanes, starts, ends), n_lanes=4)
    assert keys.totals == [int((lanes == i).sum()) for i in range(4)]
    # Edges on the keys themselves and between them, to either side of the events.
    for edges in (
        np.arange(-DAY, 800 * DAY, DAY),
        np.arange(-DAY, 800 * DAY, 7 * DAY + 13),
        np.array([5 * DAY, 5 * DAY + 1]),
    ):
        for lane in range(4):
            mine = lanes == lane
            want = _raw_coverage(starts[mine], ends[mine], edges)
            assert keys.coverage(lane, edges).tolist() == want.tolist()
    for a, b in ((0, DAY), (30 * DAY, 30 * DAY + 1), (-5, 2000 * DAY), (100 * DAY, 90 * DAY)):
        for lane in range(4):
            mine = lanes == lane
            s, e = starts[mine], ends[mine]
            assert keys.overlapping(lane, a, b) == int((s < b).sum() - (e <= a).sum())
    assert keys.coverage(2, np.array([0, DAY, 2 * DAY])).tolist() == [0, 0]
    # Far fewer keys than events: what the frame searches through stays small.
    assert len(_grouped(lanes, starts, ends)[1]) < n / 2


def test_a_datasets_long_keys_are_its_long_events(tmp_path):
    db = tmp_path / "synthetic.db"
    _make_db()(db, 3000, 6, seed=3, years=10)
    convert(db, tmp_path / "ds")
    store = open_store(tmp_path / "ds")
    try:
        rows = store._run("SELECT lane_no, start_key, end_key FROM long_events").fetchnumpy()
        lanes = np.asarray(rows["lane_no"], np.int64)
        starts = np.asarray(rows["start_key"], np.int64)
        ends = np.asarray(rows["end_key"], np.int64)
        assert len(starts) > 100
        keys = store.long_keys()
        assert store.long_keys() is keys  # kept
        edges = np.linspace(starts.min() - DAY, ends.max() + DAY, 300).astype(np.int64)
        for lane in range(len(store.lanes)):
            mine = lanes == lane
            assert keys.totals[lane] == int(mine.sum())
            want = _raw_coverage(starts[mine], ends[mine], edges)
            assert keys.coverage(lane, edges).tolist() == want.tolist()
        # A frame limited to dates reads those overlapping its range alone.
        low, high = int(np.median(starts)), int(np.median(starts)) + 60 * DAY
        part = store.long_keys(low, high)
        inside = (ends > low) & (starts < high)
        assert sum(part.totals) == int(inside.sum()) < len(starts)
    finally:
        store.close()
