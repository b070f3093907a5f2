"""The in-memory frame's machinery: window queries and counts against brute force."""

import math

import numpy as np

from db.store.intervals import IntervalIndex, Spans
from db.timekeys import DAY
from tests.synthetic import random_index


def test_interval_index_finds_exactly_the_overlapping_events():
    index = random_index(3000)
    intervals = IntervalIndex(index.start, index.end)
    rng = np.random.default_rng(1)
    for _ in range(50):
        t0 = float(rng.integers(-10 * DAY, 400 * DAY))
        t1 = t0 + float(rng.integers(1, 60 * DAY))
        expected = np.flatnonzero((index.start < t1) & (index.end > t0))
        assert np.array_equal(intervals.query(t0, t1), expected)


def test_spans_count_short_events_by_middle_and_long_ones_by_overlap():
    index = random_index(2000)
    spans = Spans(index.start, index.end)
    long = (index.end - index.start) > 2 * DAY
    mids = index.start + (index.end - index.start) // 2
    edges = np.arange(0, 400 * DAY, 7 * DAY).astype(float)
    hist = spans.histogram(edges)
    cover = spans.coverage(edges)
    for i in range(len(edges) - 1):
        a, b = edges[i], edges[i + 1]
        assert hist[i] == np.count_nonzero(~long & (mids >= a) & (mids < b))
        assert cover[i] == np.count_nonzero(long & (index.start < b) & (index.end > a))
    assert spans.count(edges[3], edges[9]) == np.count_nonzero(
        (~long & (mids >= edges[3]) & (mids < edges[9]))
        | (long & (index.start < edges[9]) & (index.end > edges[3]))
    )


def test_interval_index_with_keys_far_beyond_any_calendar():
    """Misread keys (nanoseconds read as seconds) take the search per group: same answers."""
    rng = np.random.default_rng(3)
    for scale in (10**6, 10**16, 10**18):
        start = np.sort(rng.integers(-scale, scale, 300))
        end = start + np.where(rng.random(300) < 0.5, 1, rng.integers(1, 10**9, 300))
        intervals = IntervalIndex(start, end)
        for _ in range(40):
            t0 = float(rng.integers(-scale, scale))
            t1 = t0 + float(rng.integers(0, max(scale // 4, 2)))
            a, b = math.floor(t0), math.ceil(t1)
            expected = np.flatnonzero((start < b) & (end > a))
            assert np.array_equal(intervals.query(t0, t1), expected)
    assert len(IntervalIndex(np.empty(0, np.int64), np.empty(0, np.int64)).query(0, 1)) == 0
