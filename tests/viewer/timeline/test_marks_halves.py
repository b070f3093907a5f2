"""Many search hits are placed in two halves at once (viewer.timeline.marks.SPLIT_AT): the marks
are those placed at once, in a dataset and in a timeline database, all lanes shown or some."""

from __future__ import annotations

import numpy as np
import pytest

from db.archive.store import DatasetStore
from db.store.frame import FrameQuery
from db.store.timeline import TimelineStore
from tests.viewer.timeline.test_search_marks import talks_dataset
from viewer.timeline import marks as marks_module
from viewer.timeline.marks import PlacedMarks


def _same(a: PlacedMarks, b: PlacedMarks) -> None:
    assert a.ids.tolist() == b.ids.tolist()
    assert sorted(a.middles) == sorted(b.middles)
    for lane, middles in a.middles.items():
        assert middles.tolist() == b.middles[lane].tolist(), lane


@pytest.mark.parametrize("lanes", [None, ("B",)])
@pytest.mark.parametrize("kind", ["dataset", "database"])
def test_hits_placed_in_two_halves_are_those_placed_at_once(tmp_path, monkeypatch, lanes, kind):
    path = talks_dataset(tmp_path, n=301)  # and its timeline database, talks.db, beside it
    store = DatasetStore(path) if kind == "dataset" else TimelineStore.open(tmp_path / "talks.db")
    frame = store.frame(FrameQuery(lanes=lanes))
    hits = store.search("ceasefire", 0, 50_000).marked  # every third event, in lanes A and B
    assert len(hits) == 101
    at_once = PlacedMarks.place(frame, hits)
    monkeypatch.setattr(marks_module, "SPLIT_AT", 10)
    halves = PlacedMarks.place(frame, hits)
    _same(halves, at_once)
    if lanes is None:  # every hit held: its ids as asked
        assert halves.ids.tolist() == np.sort(hits).tolist()
        assert sum(len(m) for m in halves.middles.values()) == 101
    else:  # lane B's alone
        assert 0 < len(halves) < 101 and len(halves.middles) == 1
    # asked unsorted and twice over, the same marks
    _same(PlacedMarks.place(frame, np.concatenate([hits[::-1], hits[:7]])), at_once)
    store.close()
