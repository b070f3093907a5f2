from PySide6.QtCore import QPointF, Qt

from db.timekeys import period
from tests.viewer.helpers import wheel
from viewer.timeline.widget import GUTTER_W


def test_clicking_a_marker_selects_it_and_fills_the_panel(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    timeline = window.timeline
    timeline.set_range(period("2019-11-25").start, period("2019-12-31").end)
    pos = timeline.marker_position(4)
    assert pos is not None
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert timeline.selected == 4
    assert window.panel.event_title.text() == "Late point"
    assert "Friday 20 December 2019" in window.panel.event_date.text()


def test_month_precision_is_drawn_as_a_period_not_a_day(make_window, tiny_db):
    window = make_window(tiny_db)
    window.timeline.set_range(period("2019-10-20").start, period("2019-12-31").end)
    frame = window.timeline.frame()
    month = [b for b in frame.bars if b.id == 3]
    assert month and month[0].kind == "imprecise"
    width_px = month[0].x1 - month[0].x0
    assert width_px > 20 * 86400 / window.timeline.scale.spp  # about a month wide
    assert all(m.id != 3 for m in frame.markers)


def test_wheel_zoom_keeps_the_time_under_the_cursor(make_window, tiny_db):
    window = make_window(tiny_db)
    timeline = window.timeline
    x = GUTTER_W + 300.5
    before = timeline.scale.t_of(x - GUTTER_W)
    spp = timeline.scale.spp
    wheel(timeline, QPointF(x, 200), notches=2)
    assert timeline.scale.spp < spp
    assert abs(timeline.scale.t_of(x - GUTTER_W) - before) < timeline.scale.spp
    wheel(timeline, QPointF(x, 200), notches=-5)
    assert abs(timeline.scale.t_of(x - GUTTER_W) - before) < timeline.scale.spp


def test_dragging_pans_the_view(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    timeline = window.timeline
    t0 = timeline.scale.t0
    start = QPointF(GUTTER_W + 400, 300).toPoint()
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, start + QPointF(120, 0).toPoint())
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=start + QPointF(120, 0).toPoint())
    assert abs((t0 - timeline.scale.t0) / timeline.scale.spp - 120) < 1.0
    assert timeline.selected is None  # a drag is not a click


def test_a_bad_file_is_explained_and_the_open_database_stays(make_window, tiny_db, tmp_path):
    window = make_window(tiny_db)
    broken = tmp_path / "broken.db"
    broken.write_bytes(tiny_db.read_bytes()[:1024] + b"\x00garbage" * 100)
    before = broken.read_bytes()
    assert not window.try_open(broken)
    assert window.last_error is not None and window.last_error.isVisible()
    assert "broken.db" in window.last_error.text()
    assert window.source.path == tiny_db  # what was shown is still shown
    assert len(window.timeline.events) == 4
    assert broken.read_bytes() == before
    window.last_error.close()


def test_opening_in_the_background_keeps_the_current_view_until_ready(
    qtbot, make_window, tiny_db, tmp_path
):
    window = make_window(tiny_db)
    shown = window.timeline.events
    garbage = tmp_path / "notes.db"
    garbage.write_text("not a database at all " * 100)
    window.open_later(garbage)
    assert window.timeline.events is shown  # nothing torn down while the file is read
    qtbot.waitUntil(lambda: window.last_error is not None)
    assert "notes.db is not an SQLite database" in window.last_error.text()
    assert window.source.path == tiny_db and window.timeline.events is shown


def test_events_without_a_usable_date_are_counted_in_the_status_bar(make_window, tiny_db):
    import sqlite3

    conn = sqlite3.connect(tiny_db)
    conn.execute("UPDATE events SET start_key = 'soon' WHERE id = 4")  # written by another tool
    conn.commit()
    conn.close()
    window = make_window(tiny_db)
    assert len(window.timeline.events) == 3
    assert "1 left out (no usable date)" in window.status_count.text()
