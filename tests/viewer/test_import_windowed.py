"""File ▸ Import ends as the command does (db.import_finish): a large file just imported opens
windowed in the window the first time, its lanes in natural order. Small files: the thresholds
are lowered as the window tests lower them."""

from __future__ import annotations

from db import pyramid_cache
from db.store import window_data, window_frames
from db.windowed.frame import PyramidFrame
from tests.db.ingest.test_first_open_windowed import _table
from viewer.import_dialog import ImportJob


def test_an_import_in_the_window_opens_windowed_the_first_time(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)
    target = tmp_path / "imported.db"
    window = make_window()
    job = ImportJob(target, [_table(tmp_path)], window)
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    report, error = finished.args
    assert error is None and not report.failed
    assert window_data.kept(target)  # kept by the import, before any open
    window.open_later(target)
    qtbot.waitUntil(lambda: window.session.source is not None, timeout=20_000)
    events = window.timeline.events
    assert isinstance(events, PyramidFrame) and len(events) == 3000
    listed = [window.filter_panel.lanes.item(i).text() for i in range(len(events.lanes))]
    assert listed == [f"Lane {i}" for i in range(len(events.lanes))] == list(events.lanes)
