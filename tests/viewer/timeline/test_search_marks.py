"""Search hits are marked on the timeline from arrays a worker hands over: where the hits lie is
read off the UI thread (in a dataset, their rows from its files), and a frame draws the marks
from those arrays, a tick per pixel column in a lane drawn as density. Real dataset files, real
widgets; the store's reads are recorded with the thread that made them."""

from __future__ import annotations

import numpy as np
import sqlite_utils

from db import schema
from db.archive.convert import convert
from db.archive.store import DatasetStore
from tests.conftest import add_events
from tests.viewer.timeline.test_titles import DATASET_CALLS, _record
from viewer.timeline.layout import MARKER_R
from viewer.timeline.marks import PlacedMarks
from viewer.timeline.theme import MARK

READS = ("fetch_window", "fetch_ids", "query_all")


def talks_dataset(tmp_path, n: int = 60):
    path = tmp_path / "talks.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"title": f"Ceasefire talks, round {i}" if i % 3 == 0 else f"Harbour works, stage {i}",
             "start": f"{2001 + i % 12}-05-{i % 27 + 1:02d}", "lane": "AB"[i % 2],
             "text": "the envoys met again in Geneva" if i % 3 == 0 else "the quay was rebuilt"}
            for i in range(n)
        ],
    )  # fmt: skip
    db.close()
    convert(path, tmp_path / "ds")
    return tmp_path / "ds"


def test_hits_are_found_on_a_worker_and_drawn_from_arrays(
    qtbot, make_window, tmp_path, monkeypatch
):
    calls = _record(monkeypatch, DatasetStore, DATASET_CALLS)
    window = make_window()
    window.open_later(talks_dataset(tmp_path))
    qtbot.waitUntil(lambda: window.session.source is not None)
    timeline = window.timeline
    timeline.fit_all()
    timeline.grab()
    qtbot.waitUntil(lambda: not timeline.windows_pending())
    calls.clear()  # what the search reads, from here
    window.search.box.setText("ceasefire")
    search = window.search
    qtbot.waitUntil(lambda: search.result is not None and len(search.result.marked) > 0)
    qtbot.waitUntil(lambda: not window.search.busy and not timeline.marks_pending())
    assert timeline.marked_count() == 20
    assert "20 search hits" in window.status_count.text()
    image = timeline.grab().toImage()  # every event drawn one by one: a halo under each hit
    frame = timeline.frame()
    hits = [m for m in frame.markers if m.id in timeline.marks]
    assert len(hits) == 20 and len(frame.markers) == 60
    for m in hits[:5]:  # the halo's ring, just outside the marker
        at = timeline.marker_position(m.id)
        assert image.pixelColor(int(at.x()), int(at.y() - MARKER_R - 2)).name() == MARK.name()
    reads = [c for c in calls if c[0] in READS]
    # the hits' rows are gathered from the records by id (db.archive.id_index), not the files
    assert not [c for c in reads if c[0] == "fetch_ids"], reads
    assert not any(on_ui for _, on_ui, _ in reads), reads  # first page, filters, marks: a worker
    calls.clear()
    timeline.zoom(0.5)
    timeline.grab()  # a new frame draws the marks from the arrays: nothing read
    assert not [c for c in calls if c[0] in READS]


def test_the_marks_go_when_the_search_is_cleared(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    window.view.set_marks([2, 4])
    qtbot.waitUntil(lambda: not window.timeline.marks_pending())
    assert window.timeline.marked_count() == 2 and 4 in window.timeline.marks
    window.view.set_marks([])
    assert window.timeline.marked_count() == 0 and 4 not in window.timeline.marks


class _Frame:
    """An event frame's select, as the viewer's frames answer it (lanes, then a slice)."""

    def __init__(self, lanes, start, end):
        from db.store.frame import FrameSlice

        self.lanes_, self.part = np.asarray(lanes), FrameSlice(
            np.arange(len(start), dtype=np.int64), np.asarray(start, np.int64),
            np.asarray(end, np.int64), np.zeros(len(start), np.uint8),
        )  # fmt: skip

    def select(self, ids, t0, t1):
        return self.lanes_, self.part


def test_density_ticks_fall_in_the_columns_of_the_hits_middles():
    rng = np.random.default_rng(7)
    start = np.sort(rng.integers(0, 10_000_000, 5000))
    end = start + rng.integers(1, 200_000, 5000)
    lanes = rng.integers(0, 3, 5000)
    marks = PlacedMarks.place(_Frame(lanes, start, end), np.arange(5000))
    assert len(marks) == 5000 and 4999 in marks and 5000 not in marks
    t0, spp, width = 2_000_000.0, 3_000.0, 900
    for lane in range(3):
        mine = lanes == lane
        x = np.round(((start[mine] + end[mine]) / 2 - t0) / spp).astype(np.int64)
        wanted = np.unique(x[(x >= 0) & (x <= width)])  # each hit's column, one by one
        assert marks.columns(lane, t0, spp, width).tolist() == wanted.tolist()
    assert not len(marks.columns(5, t0, spp, width))  # a lane with no hit


def test_every_hit_is_placed_on_the_searchs_worker_and_drawn_from_its_result(
    qtbot, make_window, tmp_path, monkeypatch
):
    import threading

    placed: list[tuple[int, bool]] = []  # (hits, on the UI thread)
    place = PlacedMarks.place.__func__

    def recorded(cls, events, ids):
        placed.append((len(ids), threading.current_thread() is threading.main_thread()))
        return place(cls, events, ids)

    monkeypatch.setattr(PlacedMarks, "place", classmethod(recorded))
    window = make_window()
    window.open_later(talks_dataset(tmp_path, 300))  # 100 hits: more than the first page
    qtbot.waitUntil(lambda: window.session.source is not None)
    timeline, search = window.timeline, window.search
    window.search.box.setText("ceasefire")
    qtbot.waitUntil(lambda: search.result is not None and len(search.result.marked) == 100)
    qtbot.waitUntil(lambda: not search.busy and not timeline.marks_pending())
    assert timeline.marked_count() == 100
    assert placed and not any(on_ui for _, on_ui in placed)
    # every hit placed once, by the search's own worker (the first page's by the timeline's)
    assert sorted(n for n, _ in placed) == [50, 100]


def test_marks_drawn_stay_while_more_hits_of_the_same_search_are_placed(
    qtbot, make_window, tiny_db
):
    window = make_window(tiny_db)
    timeline = window.timeline
    window.view.set_marks([2])
    qtbot.waitUntil(lambda: not timeline.marks_pending())
    assert 2 in timeline.marks
    window.view.set_marks([2, 4])  # more hits: the hit drawn stays until they are placed
    assert 2 in timeline.marks and 4 not in timeline.marks
    qtbot.waitUntil(lambda: not timeline.marks_pending())
    assert 2 in timeline.marks and 4 in timeline.marks
    window.view.set_marks([4])  # other hits: the marks drawn go at once
    assert 2 not in timeline.marks
    qtbot.waitUntil(lambda: not timeline.marks_pending())
    assert timeline.marked_count() == 1 and 4 in timeline.marks


def test_density_ticks_fill_the_pixels_of_a_two_pixel_line_in_each_marked_column(qapp):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    from viewer.timeline.painter import draw_ticks

    xs = np.array([3, 4, 5, 9, 20, 21, 40, 41, 42, 43, 77], np.int64)  # runs and lone columns
    top = 12.0

    def image(draw) -> np.ndarray:
        im = QImage(100, 40, QImage.Format.Format_ARGB32)
        im.fill(0)
        p = QPainter(im)
        draw(p)
        p.end()
        return np.frombuffer(im.constBits(), np.uint8).reshape(40, 100, 4)[:, :, 3] > 0

    def lines(p: QPainter) -> None:
        p.setPen(QPen(QColor(200, 0, 0), 2))
        p.drawLines([QPointF(x, y) for x in xs.tolist() for y in (top, top + 8)])

    def rects(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(200, 0, 0))
        draw_ticks(p, xs, top)

    assert np.array_equal(image(lines), image(rects))
    assert image(rects)[int(top) + 4, 41] and not image(rects)[int(top) + 4, 60]
