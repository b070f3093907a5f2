"""The same bad databases through the real window (MainWindow, offscreen) and through
`timeline-viewer DB --screenshot` in a subprocess: a message that says what is wrong, or a view
of what can be shown; never a traceback, never a change to the file."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from db.timekeys import period, span_keys
from tests.robustness.conftest import (
    MILLION,
    hold_write_lock,
    release,
    run_viewer,
    unchanged,
)
from tests.robustness.test_databases import GOOD, hand_made


def not_sqlite(tmp: Path, sample: Path) -> Path:
    path = tmp / "notes.db"
    path.write_text("Shopping list\n- tea\n- bread\n" * 50)
    return path


def truncated(tmp: Path, sample: Path) -> Path:
    path = tmp / "half.db"
    data = sample.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zero_bytes(tmp: Path, sample: Path) -> Path:
    path = tmp / "empty.db"
    path.write_bytes(b"")
    return path


def directory(tmp: Path, sample: Path) -> Path:
    path = tmp / "folder.db"
    path.mkdir()
    return path


def newer(tmp: Path, sample: Path) -> Path:
    path = tmp / "newer.db"
    shutil.copyfile(sample, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    return path


def missing(tmp: Path, sample: Path) -> Path:
    return tmp / "gone.db"


BAD: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "not-sqlite": (not_sqlite, "notes.db is not an SQLite database"),
    "truncated": (truncated, "half.db is damaged (truncated or corrupt)"),
    "zero-bytes": (zero_bytes, "empty.db is empty (0 bytes)"),
    "directory": (directory, "folder.db is a directory, not a database file"),
    "newer": (newer, "newer.db uses timeline schema version 7"),
    "missing": (missing, "gone.db does not exist"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_file_is_explained_and_the_shown_database_stays(
    make_window, sample_db, tmp_path, case
):
    make, expected = BAD[case]
    bad = make(tmp_path, sample_db)
    window = make_window(sample_db)
    with unchanged(bad):
        assert not window.try_open(bad)
    assert window.last_error is not None and window.last_error.isVisible()
    assert expected in window.last_error.text()
    assert (
        window.source.path == sample_db and len(window.timeline.events) == 17
    )  # the sample: 1 + 9 dated + 7 around
    window.last_error.close()


@pytest.mark.parametrize("case", ["not-sqlite", "truncated", "zero-bytes", "directory", "newer"])
def test_the_screenshot_command_says_what_is_wrong(sample_db, tmp_path, case):
    make, expected = BAD[case]
    bad = make(tmp_path, sample_db)
    out = tmp_path / "shot.png"
    with unchanged(bad):
        result = run_viewer(str(bad), "--screenshot", str(out))
    assert result.returncode == 1
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_locked_database_is_explained_in_seconds_in_the_window_and_the_command(
    make_window, sample_db, tmp_path
):
    shown = tmp_path / "shown.db"
    shutil.copyfile(sample_db, shown)
    window = make_window(shown)
    holder = hold_write_lock(sample_db)
    try:
        with unchanged(sample_db):
            started = time.monotonic()
            assert not window.try_open(sample_db)
            assert time.monotonic() - started < 5
            assert "sample.db is locked by another program" in window.last_error.text()
            window.last_error.close()
            started = time.monotonic()
            result = run_viewer(str(sample_db), "--screenshot", str(tmp_path / "x.png"))
            assert time.monotonic() - started < 15
    finally:
        release(holder)
    assert result.returncode == 1 and "sample.db is locked by another program" in result.stderr
    assert window.try_open(sample_db)  # free again


def test_a_database_locked_while_shown_keeps_the_view_and_says_why(qtbot, make_window, sample_db):
    window = make_window(sample_db)
    timeline = window.timeline
    timeline.set_range(period("2019-12-20").start, period("2019-12-25").end)
    pos = timeline.marker_position(1)  # the article's publication, on 23 December
    assert pos is not None
    holder = hold_write_lock(sample_db)
    try:
        with unchanged(sample_db):
            window.check_for_changes()  # the reload poll must not wait for the lock
            started = time.monotonic()
            qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
            assert time.monotonic() - started < 5
            # No error box for a click: a quiet line, and the event once the writer is done.
            assert window.last_error is None
            waiting = "Waiting for sample.db: another program is writing to it…"
            assert window.panel.placeholder.text() == waiting
            timeline.forget_labels()  # labels must be read again: the paint never waits
            started = time.monotonic()
            timeline.grab()
            assert time.monotonic() - started < 1  # titles are read on a worker
            qtbot.waitUntil(
                lambda: "Titles could not be read" in window.statusBar().currentMessage(),
                timeout=5000,
            )
            # Blank until asked again: nothing waits for them (a screenshot neither).
            qtbot.waitUntil(lambda: not timeline.labels_pending())
            assert not any(lb.text for lb in timeline.frame().labels)
            started = time.monotonic()
            for _ in range(5):
                timeline.forget_labels()
                timeline.grab()
            assert time.monotonic() - started < 2  # no second wait for the same lock
    finally:
        release(holder)
    clicked = timeline.event_at(pos)  # what a click there opens (events share that day)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert clicked is not None and timeline.selected == clicked
    assert window.panel.event_title.text() == window.source.brief(clicked).title


def test_a_read_only_file_in_a_read_only_folder_screenshots(
    sample_db_template, shared_tmp, tmp_path
):
    folder = shared_tmp / "ro"
    folder.mkdir()
    path = folder / "archive.db"
    path.write_bytes(sample_db_template.read_bytes())
    path.chmod(0o444)
    folder.chmod(0o555)
    out = tmp_path / "archive.png"
    with unchanged(path):
        result = run_viewer(str(path), "--screenshot", str(out), "--size", "900x500")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 900
    assert sorted(p.name for p in folder.iterdir()) == ["archive.db"]


def test_wrong_values_show_what_can_be_shown(make_window, tmp_path):
    start, end = span_keys("2019-12-02")
    path = hand_made(
        tmp_path / "odd.db",
        [
            (1, "text key", "2019-12-02", None, "day", "A", "abc", "def"),
            (2, "null key", None, None, None, None, None, None),
            (3, "real key", "2019-12-02", None, "day", "A", start + 0.5, end + 0.5),
            (4, "end before start", "2019-12-09", "2019-12-01", "day", "A", end, start),
            (5, b"\xff bytes", b"\x00", 7, 1.5, b"\x80", start, end),
            (6, "garbage dates", "garbage", "zz", "fortnight", "B", start, end),
            GOOD,
        ],
    )
    with unchanged(path):
        window = make_window(path)
        assert sorted(window.timeline.events.ids().tolist()) == [3, 4, 5, 6, 100]
        window.timeline.fit_all()
        window.timeline.grab()
        for event_id in (3, 4, 5, 6):
            window.open_event(event_id)
            assert window.panel.event_title.text()
        window.open_event(6)
        assert "garbage" in window.panel.event_date.text()  # shown as written
        window.timeline.zoom(64)
        window.timeline.grab()


def test_a_million_events_in_one_lane_open_and_draw(make_window, million_db):
    window = make_window(million_db)
    timeline = window.timeline
    assert len(timeline.events) == MILLION
    for factor in (1, 8, 64, 4096, 1 / 4096):
        timeline.zoom(factor)
        timeline.grab()
    timeline.fit_all()
    frame = timeline.frame()
    assert frame.density  # a million events in one lane: a histogram, not markers
    timeline.grab()


def test_a_new_grouping_that_cannot_be_read_says_why_and_keeps_the_lanes(
    qtbot, make_window, sample_db
):
    window = make_window(sample_db)
    lanes = window.timeline.events.lanes
    holder = hold_write_lock(sample_db)
    try:
        started = time.monotonic()
        window.set_filters(window.filters.with_(group="source"))
        assert time.monotonic() - started < 1  # read on a worker: the window never waits
        qtbot.waitUntil(lambda: window.last_error is not None, timeout=10_000)
        assert window.last_error.windowTitle() == "Cannot group the lanes"
        assert "sample.db is locked by another program" in window.last_error.text()
        assert window.timeline.events.lanes == lanes and window.filters.group == "lane"
        window.last_error.close()
    finally:
        release(holder)


def test_a_database_deleted_while_shown_keeps_the_view_and_names_what_needs_it(
    qtbot, make_window, sample_db, tmp_path
):
    window = make_window(sample_db)
    sample_db.unlink()
    # What is loaded keeps working: clicks, search, painting.
    window.open_event(1)
    assert window.panel.event_title.text().startswith("Turkish delegation in Russia")
    assert window.source.search("Idlib").hits
    window.timeline.forget_labels()
    window.timeline.grab()
    # What needs the file by name says so.
    window.check_for_changes()
    qtbot.waitUntil(lambda: "Could not reload" in window.statusBar().currentMessage())
    assert "sample.db does not exist" in window.statusBar().currentMessage()
    assert not window.export("csv", tmp_path / "events.csv")
    assert "sample.db does not exist" in window.last_error.text()
    window.last_error.close()
