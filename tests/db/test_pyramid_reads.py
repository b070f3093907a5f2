"""Reading a count pyramid (db.pyramid.LanePyramid): each level mapped apart when used, searched
through its fences (every FENCE-th key, read without mapping), the levels least recently used
unmapped. The counts stay exactly those of a plain binary search over the whole level."""

from __future__ import annotations

import numpy as np

from db.pyramid import FENCE, FINEST, LEVELS_MAPPED, Pyramid, write_pyramid


def _exact(mids: np.ndarray, edges: np.ndarray, k: int) -> np.ndarray:
    """Events whose midpoint's level-k bucket is before each edge's (what `before` promises)."""
    buckets = np.sort(mids >> k)
    return np.searchsorted(buckets, np.floor(edges).astype(np.int64) >> k)


def test_counts_through_fences_are_those_of_the_whole_level(tmp_path):
    rng = np.random.default_rng(11)
    # Minutes apart over a few years: the finest levels hold several fences' worth of keys.
    mids = np.sort(rng.integers(0, 3 * FENCE * 64 * 4, 40_000)) + 1_500_000_000
    write_pyramid(tmp_path, mids, np.zeros(len(mids), np.int64), 1)
    lane = Pyramid(tmp_path, 1).lanes[0]
    keys = np.load(tmp_path / "lane-000.keys.npy")
    assert lane._at["keys"][1] > 2 * FENCE  # the finest level spans several stretches
    lo, hi = int(mids.min()) - 1000, int(mids.max()) + 1000
    for k in (FINEST, FINEST + 1, FINEST + 5):
        sorted_edges = np.linspace(lo, hi, 1601)
        wide_apart = rng.uniform(lo - 10**6, hi + 10**6, 7)  # unsorted, past both ends too
        for edges in (sorted_edges, wide_apart, sorted_edges[[3, 1500]], sorted_edges[:1]):
            assert lane.before(k, edges).tolist() == _exact(mids, edges, k).tolist()
    assert len(keys) == lane._at["keys"][-1]


def test_a_level_no_frame_uses_is_unmapped_and_mapped_again_when_asked(tmp_path):
    rng = np.random.default_rng(5)
    mids = rng.integers(0, 2**30, 5000)
    write_pyramid(tmp_path, mids, np.zeros(len(mids), np.int64), 1)
    lane = Pyramid(tmp_path, 1).lanes[0]
    edges = np.linspace(0, 2**30, 50)
    used = lane.levels[: LEVELS_MAPPED + 3]
    first = {k: lane.before(k, edges).tolist() for k in used}
    assert len(lane._mapped) == LEVELS_MAPPED  # the oldest levels let go
    assert sorted(lane._mapped) == [k - lane.levels[0] for k in used[-LEVELS_MAPPED:]]
    again = {k: lane.before(k, edges).tolist() for k in used}
    assert again == first == {k: _exact(mids, edges, k).tolist() for k in used}
