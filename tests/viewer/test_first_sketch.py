"""Opening a timeline database paints a first sketch from its cached count pyramid (densities
over the whole span, db.store.first_frame) while the index loads; the real frame replaces it."""

from __future__ import annotations

from db import pyramid_cache
from db.store.frame import FrameQuery
from db.store.sampled_sketch import SampledSketch
from db.store.timeline import TimelineStore
from tests.db.test_pyramid_cache import _db, _small_files_keep_pyramids  # noqa: F401
from viewer import settings


def test_the_first_frame_is_sketched_from_the_pyramid(qtbot, make_window, tmp_path):
    path = _db(tmp_path)
    window = make_window()
    window.open_later(path)  # never opened before: no pyramid, at most a sample of its rows
    assert window.timeline.events is None or isinstance(window.timeline.events, SampledSketch)
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    qtbot.waitUntil(lambda: pyramid_cache.current(path), timeout=20_000)  # kept by that open

    window2 = make_window()
    window2.open_later(path)
    sketch = window2.timeline.events  # painted at once, before the worker's open is back
    assert getattr(sketch, "sketch", False) and sketch.lanes == ("Lane", "North", "Sea", "South")
    assert window2.timeline.visible_range()[0] <= sketch.span()[0]  # the whole span fitted
    window2.timeline.repaint()
    assert window2.timeline.frame().modes  # every lane laid out from the pyramid's counts
    qtbot.waitUntil(lambda: window2.session.source is not None, timeout=20_000)
    assert not getattr(window2.timeline.events, "sketch", False)
    assert len(window2.timeline.events) == 301


def test_a_failed_open_takes_the_sketch_away(qtbot, make_window, tmp_path):
    path = _db(tmp_path)
    store = TimelineStore.open(path)
    store.frame(FrameQuery())
    qtbot.waitUntil(lambda: pyramid_cache.current(path), timeout=20_000)
    store.close()
    window = make_window()
    window.open_later(path)
    assert getattr(window.timeline.events, "sketch", False)
    window.show_placeholder("No database open.")  # what a failed open says (Session)
    assert window.timeline.events is None and window.overview._events is None
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)


def test_a_narrow_range_last_seen_sketches_only_the_overview(qtbot, make_window, tmp_path):
    path = _db(tmp_path)
    store = TimelineStore.open(path)
    store.frame(FrameQuery())
    qtbot.waitUntil(lambda: pyramid_cache.current(path), timeout=20_000)
    store.close()
    day = 86_400
    settings.save_range(path, 1_000_000_000, 1_000_000_000 + 2 * day)  # two days, last time
    window = make_window()
    window.open_later(path)
    assert window.timeline.events is None  # no empty lanes at a day's scale
    assert getattr(window.overview._events, "sketch", False)
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    assert window.timeline.visible_range() == (1_000_000_000, 1_000_000_000 + 2 * day)
