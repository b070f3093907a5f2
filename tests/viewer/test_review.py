"""Reviewing in the window, on real files: Edit ▸ Start Reviewing, a correction shown on the
timeline and in the panel, undo and redo through the window's QUndoStack, rejected events hidden
by default, and a file only viewed never written to."""

from __future__ import annotations

import csv
import datetime
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from db.ingest.importers import import_articles
from db.review.state import parse_date
from db.review.writer import ReviewWriter
from db.store.model import ACCEPTED, CORRECTED
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE
from tests.reviewing import menu_action, review_rows, start_from_menu, sunday_event
from viewer.timeline.review_marks import CORRECTED_COLOR


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "sample.db"
    import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    return path


def _wait_reloaded(qtbot, window, check):
    qtbot.waitUntil(lambda: check(window.source), timeout=5000)


def test_correct_undo_redo_in_the_window(qtbot, make_window, sample_db):
    event_id = sunday_event(sample_db)
    window = make_window(sample_db, size=(1300, 760))
    window.timeline.set_range(period("2019-12-15").start, period("2019-12-27").end)
    window.open_event(event_id)
    accept = menu_action(window, "Accept Event")
    assert not accept.isEnabled()  # not reviewing yet: nothing can be written
    assert start_from_menu(qtbot, window) and accept.isEnabled()
    assert window.panel.review.isVisible()
    assert window.panel.review.text() == "Not reviewed yet"

    assert window.review.correct_date(parse_date("~2019-12-21"), note="Saturday, in fact")
    _wait_reloaded(qtbot, window, lambda s: s.event(event_id).start == "2019-12-21")
    qtbot.waitUntil(lambda: window.panel.review.text().startswith("Corrected"))
    assert "Saturday, in fact" in window.panel.review.text()
    assert window.panel.event_date.text().startswith("around Saturday 21 December 2019")
    place = window.timeline.events.locate(event_id)
    assert place.start == period("2019-12-21").start and place.flags & CORRECTED
    assert [r[:2] for r in review_rows(sample_db)] == [(event_id, "date")]

    # Ctrl+Z on the window: the row is gone and the imported date is back.
    stack = window.review.undo_stack
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == 0 and review_rows(sample_db) == []
    _wait_reloaded(qtbot, window, lambda s: s.event(event_id).start == "2019-12-22")
    qtbot.waitUntil(lambda: window.panel.review.text() == "Not reviewed yet")
    # Ctrl+Shift+Z: written again.
    qtbot.keyClick(
        window, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert [r[:2] for r in review_rows(sample_db)] == [(event_id, "date")]
    _wait_reloaded(qtbot, window, lambda s: s.event(event_id).start == "2019-12-21")

    assert window.review.accept()
    _wait_reloaded(qtbot, window, lambda s: s.event(event_id).review.verdict == "accepted")
    qtbot.waitUntil(lambda: bool(window.timeline.events.locate(event_id).flags & ACCEPTED))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert review_rows(sample_db) == []


def test_the_timeline_marks_a_corrected_event(qtbot, make_window, tiny_db):
    with ReviewWriter(tiny_db) as writer:
        writer.retitle(1, "First point, retitled")
    window = make_window(tiny_db, size=(1200, 600))
    window.timeline.set_range(period("2019-11-25").start, period("2019-12-25").end)
    qtbot.waitUntil(lambda: not window.timeline.labels_pending())
    pos = window.timeline.marker_position(1)
    assert pos is not None
    image: QImage = window.timeline.grab().toImage()
    ratio = image.devicePixelRatio()
    near = [
        image.pixelColor(round((pos.x() + dx) * ratio), round((pos.y() + dy) * ratio))
        for dx in range(-16, 16)
        for dy in range(-14, 0)
    ]
    orange = CORRECTED_COLOR
    assert any(
        abs(c.red() - orange.red()) < 40
        and abs(c.green() - orange.green()) < 40
        and abs(c.blue() - orange.blue()) < 40
        for c in near
    ), "no corrected mark at the event (a day, drawn as a band here)"
    assert window.source.titles([1]) == {1: "First point, retitled"}


def test_rejected_events_are_hidden_by_default(qtbot, make_window, tiny_db):
    with ReviewWriter(tiny_db) as writer:
        writer.reject(4, "duplicate")
    window = make_window(tiny_db)
    assert window.timeline.events.locate(4) is None
    assert window.timeline.events.locate(1) is not None
    assert "3 events" in window.status_count.text()
    window.filter_panel.review["rejected"].setChecked(True)
    assert window.timeline.events.locate(4) is not None
    window.filter_panel.review["rejected"].setChecked(False)
    window.filter_panel.review["unreviewed"].setChecked(False)
    assert len(window.timeline.events) == 0


def test_reject_in_the_window_hides_the_event(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    window.open_event(2)
    assert window.review.start()
    assert window.review.reject(note="not an event")
    qtbot.waitUntil(lambda: window.timeline.events.locate(2) is None, timeout=5000)
    qtbot.waitUntil(lambda: window.panel.review.text().startswith("Rejected"))
    window.review.undo_stack.undo()
    qtbot.waitUntil(lambda: window.timeline.events.locate(2) is not None, timeout=5000)


def test_the_date_dialog_keeps_precision_and_around(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    window.open_event(1)
    assert window.review.start()
    menu_action(window, "Correct Date…").trigger()
    dialog = window.review.dialog
    assert dialog.start.text() == "2019-12-02" and dialog.precision.currentText() == "day"
    dialog.precision.setCurrentText("month")
    assert dialog.start.text() == "2019-12"
    dialog.end.setText("2020-01")
    dialog.around.setChecked(True)
    assert dialog.reading.text().startswith("around December 2019\u2009–\u2009January 2020")
    dialog.note.setText("a season, not a day")
    dialog.start.setText("2019-13")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.start.setText("2019-12")
    dialog.accept()
    assert review_rows(tiny_db)[-1][0:2] == (1, "date")
    assert (
        '"precision": "month"' in review_rows(tiny_db)[-1][2]
        and '"around": true' in review_rows(tiny_db)[-1][2]
    )
    _wait_reloaded(qtbot, window, lambda s: s.event(1).precision == "month")


def test_export_from_the_window_carries_reviewed_values(qtbot, make_window, tiny_db, tmp_path):
    with ReviewWriter(tiny_db) as writer:
        writer.retitle(3, "November, reviewed")
        writer.move(3, "A")
    window = make_window(tiny_db)
    out = tmp_path / "view.csv"
    assert window.export("csv", out)
    rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows["3"]["title"], rows["3"]["lane"]) == ("November, reviewed", "A")


def test_viewing_a_reviewed_file_never_writes_to_it(qtbot, make_window, tiny_db):
    with ReviewWriter(tiny_db) as writer:
        writer.accept(1)
    conn = sqlite3.connect(tiny_db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = tiny_db.read_bytes()
    window = make_window(tiny_db)
    window.open_event(1)
    window.open_event(2)
    assert not window.review.reviewing
    window.close()
    assert tiny_db.read_bytes() == before


def test_a_plain_table_cannot_be_reviewed(qtbot, make_window, tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (title TEXT, date TEXT)")
    conn.execute("INSERT INTO things VALUES ('x', '2019-12-01')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    window = make_window(path)
    assert not window.review.start()
    assert "only a timeline database" in window.last_error.text()
    assert path.read_bytes() == before


def test_merge_the_event_into_the_one_opened_before(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    assert window.review.start()
    window.open_event(1)
    window.open_event(4)
    menu_action(window, "Merge Into Event…").trigger()
    dialog = window.review.dialog
    assert dialog.intValue() == 1  # the one opened before
    dialog.accept()
    assert review_rows(tiny_db) == [(4, "merge", '{"into": 1}')]
    qtbot.waitUntil(lambda: window.timeline.events.locate(4) is None, timeout=5000)
    qtbot.waitUntil(lambda: window.panel.review.text().startswith("Merged into event 1"))
    window.open_event(1)
    assert "Merged into this one: event 4 “Late point”" in window.panel.review.text()
    window.activateWindow()  # the dialog had it: shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review_rows(tiny_db) == []
    qtbot.waitUntil(lambda: window.timeline.events.locate(4) is not None, timeout=5000)


def test_a_correction_made_in_the_window_survives_reimport_and_export(
    qtbot, make_window, sample_db, tmp_path
):
    """The issue's promise end to end: correct in the window, import the same article again
    through File ▸ Import's job, export CSV from the window: the correction is there."""
    event_id = sunday_event(sample_db)
    window = make_window(sample_db, size=(1300, 760))
    window.open_event(event_id)
    assert window.review.start()
    assert window.review.retitle("Erdogan: more military support for Libya")
    assert window.review.correct_date(parse_date("2019-12-21"))
    job = window.import_into(sample_db, [SAMPLE_ARTICLE])
    with qtbot.waitSignal(job.finished, timeout=20_000) as signal:
        pass
    report, error = signal.args
    assert error is None and report.imported == 0 and report.skipped_duplicates == 1
    _wait_reloaded(qtbot, window, lambda s: s.event(event_id).start == "2019-12-21")
    out = tmp_path / "after.csv"
    assert window.export("csv", out)
    rows = {int(r["id"]): r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows[event_id]["title"] == "Erdogan: more military support for Libya"
    assert rows[event_id]["start"] == "2019-12-21"
    conn = sqlite3.connect(sample_db)
    imported = conn.execute("SELECT title, start FROM events WHERE id = ?", (event_id,)).fetchone()
    conn.close()
    assert imported[1] == "2019-12-22" and imported[0] != rows[event_id]["title"]


def test_a_change_while_another_program_writes_is_refused_plainly(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    window.open_event(1)
    assert window.review.start()
    other = sqlite3.connect(tiny_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        assert not window.review.accept()
        assert "locked" in window.last_error.text()
        assert window.review.undo_stack.count() == 0  # nothing to undo: nothing was written
    finally:
        other.execute("ROLLBACK")
        other.close()
    window.last_error.close()
    assert window.review.accept()
    entry = window.review.undo_stack.command(0).entry
    with ReviewWriter(tiny_db) as writer:
        writer.put_back(entry)  # a redo of a row still there: the same row, not a second one
        assert writer.entries() == [entry]
