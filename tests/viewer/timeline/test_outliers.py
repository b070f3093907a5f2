"""One outlier does not ruin Fit All: a 1200 BCE event among 2010-2012 leaves the bulk readable
in the timeline and the overview, a mark at the edge says it is there, a second Fit All (or a
click on the mark) shows everything."""

from __future__ import annotations

import numpy as np
import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from db import schema
from db.store.memory_frame import MemoryFrame
from db.store.model import EventIndex
from db.timekeys import key_of
from tests.conftest import add_events
from viewer.timeline.bulk import bulk_span
from viewer.timeline.theme import GUTTER_W


def outlier_db(tmp_path, *, outlier: str | None = "-1199-06-01"):
    path = tmp_path / "outlier.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"Event {i}", "start": f"{2010 + i // 24}-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
         "lane": "AB"[i % 2]}
        for i in range(72)
    ]  # fmt: skip
    if outlier:
        rows.append({"title": "Bronze age", "start": outlier, "precision": "day", "lane": "A"})
    add_events(db, rows)
    db.close()
    return path


def test_fit_all_fits_the_bulk_then_everything(qtbot, make_window, tmp_path):
    window = make_window(outlier_db(tmp_path), size=(1200, 700))
    timeline = window.timeline
    # Opened, the view fits the bulk (2010-2012): less than five years across, not 3200.
    t0, t1 = timeline.visible_range()
    assert key_of(2009) < t0 < key_of(2010) and key_of(2013) < t1 < key_of(2014)
    timeline.grab()
    assert [text for _, text, _ in timeline.painter.outside_marks] == ["◂ 1 earlier"]
    # The events of 2010-2012 are drawn apart, not in one column.
    xs = {round(m.x) for m in timeline.frame().markers}
    assert len(xs) > 30
    # The overview fits the bulk too, with the same mark.
    overview = window.overview
    assert overview.outside_text() == ["◂ 1 earlier"]
    assert overview.point_of(key_of(2010)).x() < GUTTER_W + 0.1 * overview.width()
    assert overview.point_of(key_of(2013)).x() > GUTTER_W + 0.8 * (overview.width() - GUTTER_W)

    # Fit All again (Ctrl+0): everything, the outlier in view and no mark.
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    t0, t1 = timeline.visible_range()
    assert t0 < key_of(-1199) and t1 > key_of(2012)
    timeline.grab()
    assert timeline.painter.outside_marks == []
    # And again: the bulk.
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert timeline.visible_range()[0] > key_of(2009)


def test_a_click_on_the_mark_shows_the_outlier(qtbot, make_window, tmp_path):
    window = make_window(outlier_db(tmp_path), size=(1200, 700))
    timeline = window.timeline
    timeline.grab()
    (_, _, rect), = timeline.painter.outside_marks  # fmt: skip
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert timeline.visible_range()[0] < key_of(-1199)


def test_no_outlier_no_trim(qtbot, make_window, tmp_path):
    window = make_window(outlier_db(tmp_path, outlier="2009-11-20"), size=(1200, 700))
    timeline = window.timeline
    timeline.fit_all()
    assert timeline.visible_range()[0] < key_of(2009, 11, 20)
    timeline.grab()
    assert timeline.painter.outside_marks == []
    assert window.overview.outside_text() == []
    # Ctrl+0 twice keeps showing everything.
    timeline.fit_all()
    assert timeline.visible_range()[0] < key_of(2009, 11, 20)


def frame_of(starts: list[int], length: int = 3600) -> MemoryFrame:
    start = np.sort(np.asarray(starts, np.int64))
    n = len(start)
    index = EventIndex(
        np.arange(n, dtype=np.int64), start, start + length, np.zeros(n, np.int32),
        np.zeros(n, np.uint8), ("A",),
    )  # fmt: skip
    return MemoryFrame(index)


def test_the_bulk_leaves_out_only_far_events():
    day = 86_400
    rng = np.random.default_rng(1)
    bulk = rng.integers(key_of(2010), key_of(2012), 1000).tolist()
    # 1% of 1000 may go: the two far ones go, the bulk's own first and last events stay.
    b = bulk_span(frame_of(bulk + [key_of(-1199), key_of(2200)]))
    assert (b.earlier, b.later) == (1, 1)
    assert b.t0 <= min(bulk) + day and b.t1 >= max(bulk)
    # Nothing far: nothing left out, whatever the quantiles.
    b = bulk_span(frame_of(bulk + [key_of(2008)]))
    assert not b.trimmed and b.t0 == key_of(2008)
