"""A timeline database's first search pays nothing a later one does not once the file has
opened and its warm-ups have run: in a fresh interpreter, the first page, its filters' test in
the frame shown (windowed, or in memory), every hit's id and their placing import no module.
numpy's `np.unique` imports `numpy.ma` on its first call (27 ms of CPU, under load): a
million-event file's first typed query paid it in the filters' test of its first page, while a
reviewed copy (whose open had called `np.unique`) did not."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import pyramid_cache
from db.store import window_frames
from tests.db.store.test_window_frames import _kept, _with_stories

ROOT = Path(__file__).resolve().parents[3]

FIRST_SEARCH = """
import json, sys
from pathlib import Path
import numpy as np
from db import pyramid_cache
from db.store import timeline, window_frames
from db.store.frame import FrameQuery
from db.store.memory_frame import MemoryFrame
from db.windowed.frame import PyramidFrame

windowed = sys.argv[3] == "windowed"
if windowed:  # as the test's own process
    pyramid_cache.PYRAMID_MIN_EVENTS = window_frames.WINDOW_MIN_EVENTS = 0
store = timeline.TimelineStore.open(Path(sys.argv[1]))
frame = store.frame(FrameQuery())
assert isinstance(frame, PyramidFrame if windowed else MemoryFrame), type(frame)
# What opening the file starts (viewer.source.DataSource.open and warm_frame), waited for.
store.warm_search().join()
getattr(frame, "warm_lookups", lambda: None)()
before = set(sys.modules)
page = store.search(sys.argv[2], 50, 0)
frame.contains(np.asarray([h.event_id for h in page.hits], np.int64))  # the filters' test
marks = store.search(sys.argv[2], 0, 50_000)
frame.select(marks.marked, *frame.span())  # where every hit lies
print(json.dumps({"hits": len(page.hits), "marked": len(marks.marked),
                  "imported": sorted(set(sys.modules) - before)}))
"""


@pytest.mark.parametrize("frame", ["windowed", "in memory"])
def test_the_first_search_imports_nothing_once_the_file_is_open(tmp_path, monkeypatch, frame):
    monkeypatch.setenv("TIMELINE_VIEWER_CACHE_DIR", str(tmp_path / "cache"))
    path = _with_stories(tmp_path)  # reports folded into stories: their marks mapped too
    if frame == "windowed":  # an earlier open kept the pyramid and the window data
        monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
        monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)
        _kept(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SEARCH, str(path), "minister", frame],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["hits"] > 0 and found["marked"] >= found["hits"]
    assert found["imported"] == []
