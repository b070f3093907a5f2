"""A large file no open or import kept a pyramid for (another tool wrote it) is sketched from a
sample of its rows (db.store.sampled_sketch) while its index loads: its lanes, its span and
estimates of its short events' counts, from a few thousand rows read by rowid."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils

from db import pyramid_cache
from db.store import sampled_sketch
from tests.db.store.test_window_frames import _synthetic


@pytest.fixture(autouse=True)
def _sketched_from_any_size(monkeypatch):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)


def _short_mids(path: Path) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Every short event's midpoint and lane name, read whole (what the sample estimates)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT start_key, end_key, lane FROM events").fetchall()
    finally:
        conn.close()
    start = np.array([r[0] for r in rows], np.int64)
    end = np.array([r[1] if r[1] is not None else r[0] for r in rows], np.int64)
    short = (end - start) <= pyramid_cache.LONG
    lanes = np.array([r[2] or "" for r in rows])
    return (start + (end - start) // 2)[short], lanes[short], sorted(set(lanes.tolist()))


def test_a_file_without_a_pyramid_is_sketched_from_its_rows(tmp_path):
    path = _synthetic(tmp_path)  # 3000 events written as another tool writes them
    assert not pyramid_cache.current(path)
    sketch = sampled_sketch.first_sketch(path)
    assert isinstance(sketch, sampled_sketch.SampledSketch) and sketch.sketch
    mids, lanes, names = _short_mids(path)
    assert sketch.lanes == tuple(names) and len(sketch) == 3000  # every row sampled here
    edges = np.linspace(*sketch.span(), 41)
    expected = np.histogram(mids, edges)[0]
    got = sketch.histogram(None, edges)
    assert got.sum() == len(mids) and np.abs(got - expected).max() <= 1  # (right edges)
    lane = names.index(sketch.lanes[2])
    t0, t1 = edges[10], edges[30]
    inside = (mids >= t0) & (mids < t1)
    assert sketch.count(lane, t0, t1) == int((inside & (lanes == names[lane])).sum())
    assert not len(sketch.window(0, t0, t1).ids) and sketch.locate(1) is None


def test_a_sample_estimates_the_counts(tmp_path, monkeypatch):
    monkeypatch.setattr(sampled_sketch, "SAMPLE", 600)
    path = _synthetic(tmp_path)
    sketch = sampled_sketch.sampled_frame(path)
    assert sketch is not None and abs(len(sketch) - 3000) <= 5
    mids, _lanes, _names = _short_mids(path)
    t0, t1 = sketch.span()
    estimate = sketch.count(None, t0, t1 + 1)
    assert abs(estimate - len(mids)) <= 0.1 * len(mids)


def test_small_files_and_other_tables_get_no_sketch(tmp_path, monkeypatch):
    plain = tmp_path / "plain.db"
    db = sqlite_utils.Database(plain)
    db["readings"].insert_all({"when": f"2020-01-{1 + i % 28:02d}", "v": i} for i in range(50))
    db.close()
    assert sampled_sketch.sampled_frame(plain) is None
    path = _synthetic(tmp_path)
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 100_000)
    assert sampled_sketch.first_sketch(path) is None  # its index loads in a blink


def test_keys_another_tool_wrote_badly_are_read_as_the_index_reads_them(tmp_path):
    path = _synthetic(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE events SET start_key = 'soon' WHERE id % 97 = 0")
        conn.execute("UPDATE events SET end_key = 99000000000000000 WHERE id % 89 = 0")
        conn.execute("UPDATE events SET lane = NULL WHERE id % 83 = 0")
    conn.close()
    sketch = sampled_sketch.sampled_frame(path)
    assert sketch is not None and "" in sketch.lanes
    t0, t1 = sketch.span()
    assert isinstance(t0, int) and t1 < 10**13  # a text key left out, a wild end a point
    assert 0 < sketch.count(None, t0, t1 + 1) <= len(sketch) < 3000


def test_a_sample_not_read_in_the_time_given_says_so(tmp_path):
    path = _synthetic(tmp_path)
    with pytest.raises(sampled_sketch.OutOfTime):
        sampled_sketch.sampled_frame(path, within=0.0)
    assert sampled_sketch.sampled_frame(path, within=30.0) is not None
