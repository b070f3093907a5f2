"""Titles for labels are read on a worker and pushed into the label cache: nothing reads the
database while the timeline lays out or paints a frame. Also a new lane grouping is read on a
worker. Real stores on real files, with their methods wrapped to record who calls them."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.store.timeline import TimelineStore
from db.timekeys import period
from viewer.overview import OverviewStrip
from viewer.timeline.widget import TimelineWidget
from viewer.window import MainWindow

STORE_CALLS = ("titles", "event", "brief", "article_events", "search", "frame", "load_index")
# A dataset's reads: its DuckDB queries (windows, events by id, counts and look-ups) and the rest.
DATASET_CALLS = ("fetch_window", "fetch_ids", "query_all", *STORE_CALLS[:-1])


def _record(monkeypatch, store: type, names: tuple[str, ...]) -> list[tuple[str, bool, bool]]:
    """Every call of the store's reading methods: (method, on the UI thread?, inside a paint?).
    A worker's call while the UI thread paints is not inside the paint: only the UI thread's."""
    calls: list[tuple[str, bool, bool]] = []
    painting = threading.Event()
    for name in names:
        real = getattr(store, name)

        def recording(self, *args, _real=real, _name=name, **kwargs):
            on_ui = threading.current_thread() is threading.main_thread()
            calls.append((_name, on_ui, on_ui and painting.is_set()))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(store, name, recording)
    for widget in (TimelineWidget, OverviewStrip):
        real_paint = widget.paintEvent

        def paint(self, event, _real=real_paint):
            painting.set()
            try:
                _real(self, event)
            finally:
                painting.clear()

        monkeypatch.setattr(widget, "paintEvent", paint)
    return calls


@pytest.fixture
def recorded(monkeypatch):
    return _record(monkeypatch, TimelineStore, STORE_CALLS)


@pytest.fixture
def recorded_dataset(monkeypatch):
    return _record(monkeypatch, DatasetStore, DATASET_CALLS)


def label_texts(window: MainWindow) -> set[str]:
    return {lb.text for lb in window.timeline.frame().labels}


def test_labels_come_from_a_worker_never_from_a_paint(qtbot, make_window, tiny_db, recorded):
    window = make_window(tiny_db)
    timeline = window.timeline
    timeline.set_range(period("2019-11-25").start, period("2019-12-31").end)
    timeline.grab()  # a paint: it asks for the titles it lacks, and draws without them
    qtbot.waitUntil(lambda: {"First point", "Late point"} <= label_texts(window))
    timeline.zoom(2.0)
    timeline.grab()
    timeline.forget_labels()  # asked again, read again
    timeline.grab()
    qtbot.waitUntil(lambda: "Late point" in label_texts(window) or "A range" in label_texts(window))
    titles = [c for c in recorded if c[0] == "titles"]
    assert titles, "titles were never read"
    assert not any(on_ui for _, on_ui, _ in titles), "titles read on the UI thread"
    assert not any(in_paint for _, _, in_paint in recorded), recorded


def test_labels_missing_from_the_cache_are_asked_for_once(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    timeline = window.timeline
    asked: list[list[int]] = []
    timeline.titlesWanted.connect(asked.append)
    timeline.set_range(period("2019-11-25").start, period("2019-12-31").end)
    timeline.forget_labels()
    timeline.frame()
    assert timeline.labels_pending()
    timeline.repaint()  # the same frame again: nothing more is asked while the answer is due
    assert len(asked) == 1 and set(asked[0]) == {1, 2, 3, 4}
    qtbot.waitUntil(lambda: not timeline.labels_pending())
    assert {"First point", "A range", "Late point"} <= label_texts(window)


def test_a_new_grouping_is_read_on_a_worker(qtbot, make_window, tiny_db, recorded):
    window = make_window(tiny_db)
    recorded.clear()
    window.set_filters(window.filters.with_(group="source"))
    assert window.timeline.events.lanes == ("A", "B")  # unchanged until the grouping is read
    qtbot.waitUntil(lambda: window.timeline.events.lanes == ("",))
    loads = [c for c in recorded if c[0] == "load_index"]
    assert loads and not any(on_ui for _, on_ui, _ in loads)
    window.set_filters(window.filters.with_(group="lane"))  # read before: at once
    assert window.timeline.events.lanes == ("A", "B")


def test_a_screenshot_waits_for_its_labels(make_window, tiny_db, tmp_path):
    from argparse import Namespace

    from PySide6.QtGui import QImage

    from viewer.app import screenshot

    window = make_window(show=False)
    out = tmp_path / "shot.png"
    start, end = period("2019-11-25").start, period("2019-12-31").end
    args = Namespace(
        db=str(tiny_db), screenshot=str(out), size="1000x600", mapping=None,
        range=(start, end), select=None,
    )  # fmt: skip
    assert screenshot(window, args) == 0
    assert not window.timeline.labels_pending()
    assert {"First point", "A range", "Late point"} <= label_texts(window)
    saved = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    assert saved == window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def drawn(timeline: TimelineWidget) -> set[int]:
    frame = timeline.frame()
    return {m.id for m in frame.markers} | {b.id for b in frame.bars}


def test_a_datasets_windows_come_from_a_worker_drawn_as_density_meanwhile(
    qtbot, make_window, tiny_db, tmp_path, recorded_dataset
):
    convert(tiny_db, tmp_path / "ds")
    window = make_window(tmp_path / "ds")
    timeline = window.timeline
    qtbot.waitUntil(lambda: not timeline.windows_pending())  # the opening view's events
    recorded_dataset.clear()
    timeline.set_range(period("2000").start, period("2039").end)  # wider than fetched
    frame = timeline.frame()  # laid out at once: the lanes' events are asked of a worker
    assert timeline.windows_pending()
    assert set(frame.modes.values()) == {"density"} and not frame.markers
    shown = sum(int(d.counts.sum() + d.band_counts.max(initial=0)) for d in frame.density)
    assert shown >= 3, "the lanes waiting show their density meanwhile"
    qtbot.waitUntil(lambda: not timeline.windows_pending())
    assert set(timeline.frame().modes.values()) == {"detail"}
    timeline.set_range(period("2019-11-25").start, period("2019-12-31").end)
    qtbot.waitUntil(lambda: {"First point", "A range", "Late point"} <= label_texts(window))
    assert not timeline.windows_pending()
    assert set(timeline.frame().modes.values()) == {"detail"}
    fetched = list(recorded_dataset)
    # A pan and a zoom within the window fetched (three times the view) draw from memory.
    recorded_dataset.clear()
    timeline.set_range(period("2019-11-28").start, period("2020-01-02").end)
    timeline.zoom(1.5)
    assert not timeline.windows_pending() and {2, 4} <= drawn(timeline)
    assert not [c for c in recorded_dataset if c[0] in ("fetch_window", "fetch_ids", "query_all")]
    # Events fetched already are found there (the dates of labels that share a title).
    lanes, part = timeline.events.select(np.array([4, 2], np.int64), -1e12, 1e12)
    assert part.ids.tolist() == [2, 4] and lanes.tolist() == [0, 1]
    timeline.select(2)  # drawn where it was fetched: the paint asks nothing
    timeline.grab()
    assert timeline.selected_place().start == period("2019-12-05").start
    assert not [c for c in recorded_dataset if c[0] in ("fetch_window", "fetch_ids", "query_all")]
    windows = [c for c in fetched if c[0] == "fetch_window"]
    assert windows, "no window was fetched"
    assert not any(on_ui for _, on_ui, _ in windows), "a window fetched on the UI thread"
    assert not any(in_paint for _, _, in_paint in fetched + recorded_dataset), fetched


def test_a_dataset_opened_reads_its_long_events_keys_on_the_opening_worker(
    qtbot, make_window, tiny_db, tmp_path, monkeypatch
):
    """What fitting the first view counts (every long event's keys, ~0.3 s at 100M) is read
    where the app opens the dataset, on a worker: the UI thread shows it without a query."""
    convert(tiny_db, tmp_path / "ds")
    calls = _record(monkeypatch, DatasetStore, ("long_keys", *DATASET_CALLS))
    window = make_window()
    window.open_later(tmp_path / "ds")
    qtbot.waitUntil(lambda: window.session.source is not None)
    window.timeline.grab()
    qtbot.waitUntil(lambda: not window.timeline.windows_pending())
    assert window.timeline.frame().lane_counts == {0: 2, 1: 2}  # the month is counted
    keys = [c for c in calls if c[0] == "long_keys"]
    assert keys, "the long events' keys were never read"
    assert not any(on_ui for _, on_ui, _ in keys), "long events' keys read on the UI thread"
