"""The pyramid's counts add up: parts counted apart (an import's batches) write the very files
that counting every event at once writes, and taking a part away undoes adding it."""

from __future__ import annotations

import numpy as np

from db.archive.pyramid import Counts, write_counts, write_pyramid


def _files(root):
    return {p.name: p.read_bytes() for p in sorted((root / "pyramid").iterdir())}


def test_parts_added_up_write_the_pyramid_of_the_whole(tmp_path):
    rng = np.random.default_rng(7)
    mids = rng.integers(-(10**11), 10**10, 5000)  # BCE keys too
    lanes = rng.integers(0, 4, 5000)
    write_pyramid(tmp_path / "whole", mids, lanes, 5)  # lane 4 has no event
    total = Counts({}, None, None)
    for part in np.array_split(np.arange(5000), 7):
        counted = Counts.of(mids[part], lanes[part])
        counted.save(tmp_path / "part.npz")  # as a batch leaves it beside its parts
        total = total.add(Counts.load(tmp_path / "part.npz"))
    write_counts(tmp_path / "parts", total, list(range(5)))
    assert _files(tmp_path / "parts") == _files(tmp_path / "whole")
    assert total.total() == 5000

    less = total.add(Counts.of(mids[:100], lanes[:100]), sign=-1)
    assert less.total() == 4900
    again = less.add(Counts.of(mids[:100], lanes[:100]))
    assert all(
        np.array_equal(again.lanes[k][0], total.lanes[k][0])
        and np.array_equal(again.lanes[k][1], total.lanes[k][1])
        for k in total.lanes
    )
