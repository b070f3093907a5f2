"""A large file another tool wrote (no pyramid kept for it) opens with a first frame sketched
from a sample of its rows (db.store.sampled_sketch), painted at once, the overview saying it is
still loading; the sample is read on a worker, the real frame replaces the sketch, and its
pyramid is kept for the next open."""

from __future__ import annotations

import threading

from db import pyramid_cache
from db.store import sampled_sketch
from tests.db.store.test_window_frames import _synthetic
from viewer import session
from viewer.source import DataSource


def test_a_file_without_a_pyramid_paints_a_sampled_sketch_at_once(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    path = _synthetic(tmp_path)
    window = make_window(size=(1300, 760))
    window.open_later(path)
    sketch = window.timeline.events  # read within SAMPLE_NOW_S: painted before the index loads
    assert isinstance(sketch, sampled_sketch.SampledSketch) and window.overview.busy
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    assert not window.overview.busy and len(window.timeline.events) == 3000


def test_a_sample_not_read_in_time_is_read_on_a_worker_before_the_index(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(session, "SAMPLE_NOW_S", 0.0)  # as when its pages are not cached
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    path = _synthetic(tmp_path)
    assert not pyramid_cache.current(path)
    gate = threading.Event()  # the real open, held until the sketch is painted
    real_open = DataSource.open.__func__
    monkeypatch.setattr(
        DataSource, "open", classmethod(lambda cls, *a: gate.wait(20) and real_open(cls, *a))
    )
    window = make_window(size=(1300, 760))
    window.open_later(path)
    assert window.timeline.events is None  # the sample is read on a worker: nothing waits
    qtbot.waitUntil(lambda: window.timeline.events is not None, timeout=20_000)
    sketch = window.timeline.events
    assert isinstance(sketch, sampled_sketch.SampledSketch) and len(sketch.lanes) == 6
    assert window.overview.busy and window.overview.gutter_text() == "Overview\nloading…"
    window.timeline.repaint()
    assert window.timeline.frame().modes  # the lanes laid out from the sample's counts
    gate.set()
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    assert not getattr(window.timeline.events, "sketch", False) and len(window.timeline.events)
    assert not window.overview.busy and window.overview.gutter_text() == "Overview"
    qtbot.waitUntil(lambda: pyramid_cache.current(path), timeout=20_000)  # for the next open
