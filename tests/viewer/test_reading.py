"""Finding and reading, driven through the real widgets: search, filters, overview, keys, panel,
export and remembered state."""

from __future__ import annotations

import datetime
import json

import pytest
import sqlite_utils
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QInputDialog, QToolTip

from db.ingest.importers import import_articles
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE, add_events
from viewer.timeline.widget import GUTTER_W
from viewer.window import MainWindow


@pytest.fixture
def reading_db(tmp_path):
    """The sample article (lane "Syria") plus a second source with a URL and HTML-like text."""
    path = tmp_path / "reading.db"
    import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    db = sqlite_utils.Database(path)
    article = (
        db["articles"]
        .insert(
            {
                "headline": "Ceasefire talks in Geneva <b>stall</b>",
                "published": "2019-12-10",
                "source": "Example Wire",
                "url": "https://example.org/geneva",
                "categories": '["World"]',
                "body": "Talks stalled on Tuesday. <script>alert('x')</script> Envoys left.",
                "content_hash": "geneva",
            }
        )
        .last_pk
    )
    add_events(
        db,
        [
            {"title": "Geneva talks stall", "start": "2019-12-10", "lane": "Diplomacy",
             "article_id": article, "kind": "publication", "text": "Talks stalled on Tuesday."},
            {"title": "Envoys leave Geneva", "start": "2019-12-11", "lane": "Diplomacy",
             "article_id": article, "text": "Envoys left."},
            {"title": "Parliament vote on budget", "start": "2019-12-05", "lane": "Politics"},
        ],
    )  # fmt: skip
    db.close()
    return path


def search_for(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: not window.search.busy and window.search.result is not None)
    qtbot.waitUntil(lambda: not window.timeline.marks_pending())  # the hits found on a worker


def event_id(path, where: str) -> int:
    return sqlite_utils.Database(path).execute(f"SELECT id FROM events WHERE {where}").fetchone()[0]


# -- search ------------------------------------------------------------------------------------


def test_search_as_you_type_lists_marks_and_opens_hits(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    search_for(qtbot, window, "erdog")  # a prefix, as typed so far
    hits = window.search.result.hits
    assert hits and all(h.start.startswith("2019") for h in hits)
    html = window.search.model.data(window.search.model.index(0))
    assert "<b style='background:#ffe58a'>Erdogan</b>" in html
    assert window.timeline.marked_count() == len(hits)
    assert "search hits" in window.status_count.text()

    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    chosen = hits[0].event_id
    assert window.timeline.selected == chosen
    assert window.panel.current.id == chosen
    t0, t1 = window.timeline.visible_range()
    place = window.timeline.events.locate(chosen)
    assert t0 <= place.start <= t1


def test_search_escapes_html_from_the_database(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    search_for(qtbot, window, "stall")
    html = window.search.model.data(window.search.model.index(0))
    assert "&lt;b&gt;stall&lt;/b&gt;" in html  # the headline's tag is shown, not applied


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(", "a AND OR", "col:umn*"])
def test_malformed_fts_queries_fall_back_to_plain_words(qtbot, make_window, reading_db, query):
    window = make_window(reading_db)
    search_for(qtbot, window, query)
    assert window.search.result is not None  # answered, no exception
    assert "Search failed" not in window.search.status.text()


def test_search_and_filters_combine(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    search_for(qtbot, window, "geneva")
    assert {h.title for h in window.search.result.hits} >= {"Geneva talks stall"}
    window.filter_panel.set_hidden("Diplomacy", True)
    qtbot.waitUntil(lambda: not window.search.busy)
    assert all(h.title != "Geneva talks stall" for h in window.search.result.hits)


# -- filters -----------------------------------------------------------------------------------


def test_lanes_hide_show_and_reorder(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    window.filters_dock.show()
    lanes = window.filter_panel.lanes
    assert window.timeline.events.lanes == ("Diplomacy", "Politics", "Syria")
    item = lanes.item(1)  # Politics: untick it as a user does
    rect = lanes.visualItemRect(item)
    qtbot.mouseClick(
        lanes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )
    assert window.timeline.events.lanes == ("Diplomacy", "Syria")
    window.filter_panel.all.click()
    lanes.setCurrentRow(2)
    window.filter_panel.up.click()
    assert window.timeline.events.lanes == ("Diplomacy", "Syria", "Politics")
    assert "of 13" not in window.status_count.text()


def test_group_by_source_and_date_range(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    window.filter_panel.group.setCurrentIndex(window.filter_panel.group.findData("source"))
    # The grouping reads the file on a worker: the lanes change when it is read.
    qtbot.waitUntil(lambda: set(window.timeline.events.lanes) == {"", "Example Wire", "Press TV"})
    window.filter_panel.start.setText("December 2019")
    window.filter_panel.end.setText("2019-12-10")
    window.filter_panel.end.editingFinished.emit()
    events = window.timeline.events
    assert len(events) > 0
    first, last = events.span()
    assert first < period("2019-12-11").start and last > period("2019-12").start
    assert "(of 20)" in window.status_count.text()  # with the 7 around the publication day
    window.filter_panel.end.setText("31 Febtember")
    window.filter_panel.end.editingFinished.emit()
    assert window.filter_panel.date_error.isVisibleTo(window.filter_panel)


# -- overview ----------------------------------------------------------------------------------


def test_overview_click_jumps_and_drag_moves_and_resizes(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    timeline, strip = window.timeline, window.overview
    timeline.set_range(period("2019-12-01").start, period("2019-12-07").end)
    target = period("2011-06-15").start
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.point_of(target).toPoint())
    t0, t1 = timeline.visible_range()
    assert abs((t0 + t1) / 2 - target) < 3 * strip.scale().spp

    timeline.set_range(period("2013").start, period("2013").end)
    t0, t1 = timeline.visible_range()
    rect = strip.window_rect()
    start = rect.center().toPoint()
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(strip, start + QPoint(40, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 0))
    moved = timeline.visible_range()
    assert moved[0] > t0 and abs((moved[1] - moved[0]) - (t1 - t0)) < 1e-3 * (t1 - t0) + 1

    timeline.set_range(period("2015").start, period("2016").end)
    rect = strip.window_rect()
    edge = QPointF(rect.right(), rect.center().y()).toPoint()
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(strip, edge + QPoint(30, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=edge + QPoint(30, 0))
    r0, r1 = timeline.visible_range()
    assert r1 - r0 > (period("2016").end - period("2015").start) * 1.05


# -- keyboard and navigation -------------------------------------------------------------------


def test_keyboard_navigation_and_history(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    timeline = window.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    first = timeline.selected
    assert first == int(timeline.events.ids()[0])  # the caption's 2011 range starts first
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    second = timeline.selected
    assert second == int(timeline.events.ids()[1])
    assert window.panel.current.id == second  # the panel follows the selection
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected == first
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    last = timeline.selected
    assert last == int(timeline.events.ids()[-1])
    place = timeline.events.locate(last)
    t0, t1 = timeline.visible_range()
    assert t0 <= (place.start + place.end) / 2 <= t1

    spp = timeline.scale.spp
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    assert timeline.scale.spp == pytest.approx(spp / 2)
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    assert timeline.scale.spp == pytest.approx(spp)

    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    qtbot.keyClick(timeline, Qt.Key.Key_Return)  # open: goes into the history
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    qtbot.keyClick(timeline, Qt.Key.Key_Enter)
    assert window.history[-2:] == [first, last]
    back = QKeySequence(QKeySequence.StandardKey.Back)[0]
    qtbot.keyClick(window, back.key(), back.keyboardModifiers())
    assert timeline.selected == first and window.panel.current.id == first
    forward = QKeySequence(QKeySequence.StandardKey.Forward)[0]
    qtbot.keyClick(window, forward.key(), forward.keyboardModifiers())
    assert timeline.selected == last

    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert timeline.selected is None and window.panel.current is None


def test_fit_all_and_go_to_date(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    timeline = window.timeline
    timeline.set_range(period("2019-12-01").start, period("2019-12-02").end)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    t0, t1 = timeline.visible_range()
    assert t0 < period("2011").start and t1 > period("2019-12-23").end

    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = window.go_dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    line = dialog.findChild(type(window.search.box))
    qtbot.keyClicks(line, "March 2011")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    t0, t1 = timeline.visible_range()
    assert (t0, t1) == pytest.approx((period("2011-03").start, period("2011-03").end), abs=60)
    assert not window.go_to_date("Smarch")
    assert "not a date" in window.last_error.text()


def test_hover_shows_date_and_title(make_window, reading_db):
    window = make_window(reading_db)
    timeline = window.timeline
    timeline.set_range(period("2019-12-01").start, period("2019-12-14").end)
    target = event_id(reading_db, "title = 'Parliament vote on budget'")
    pos = timeline.marker_position(target).toPoint()
    QApplication.sendEvent(
        timeline, QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    )
    assert QToolTip.text() == "Thursday 5 December 2019 (day)\nParliament vote on budget"
    QToolTip.hideText()


# -- the panel ---------------------------------------------------------------------------------


def test_panel_links_citation_and_text_shown_as_text(qtbot, make_window, reading_db):
    window = make_window(reading_db)
    geneva = event_id(reading_db, "title = 'Geneva talks stall'")
    envoys = event_id(reading_db, "title = 'Envoys leave Geneva'")
    window.open_event(geneva)
    panel = window.panel
    assert panel.others.count() == 1
    item = panel.others.item(0)
    assert "Envoys leave Geneva" in item.text() and item.text().startswith("11 Dec 2019   ")
    rect = panel.others.visualItemRect(item)
    qtbot.mouseClick(panel.others.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.timeline.selected == envoys and panel.current.id == envoys
    assert window.history[-2:] == [geneva, envoys]

    assert panel.open_original.isEnabled()
    qtbot.mouseClick(panel.copy_citation, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == (
        "Ceasefire talks in Geneva <b>stall</b>. Example Wire. Tuesday 10 December 2019. "
        "https://example.org/geneva"
    )
    assert "<script>alert('x')</script>" in panel.body.toPlainText()  # shown, never run
    assert panel.headline.text() == "Ceasefire talks in Geneva <b>stall</b>"


def test_sample_article_has_no_original_link_to_open(make_window, reading_db):
    window = make_window(reading_db)
    window.open_event(event_id(reading_db, "start = '2019-12-22' AND text LIKE '%Sunday%'"))
    assert not window.panel.open_original.isEnabled()  # the sample file carries no URL
    assert window.panel.others.count() == 16  # 9 dated, 7 around the publication day


# -- export ------------------------------------------------------------------------------------


def test_export_view_as_png_and_svg(make_window, reading_db, tmp_path):
    window = make_window(reading_db)
    assert window.export("png", tmp_path / "view.png")
    image = QImage(str(tmp_path / "view.png"))
    assert image.size() == window.timeline.size()
    assert window.export("svg", tmp_path / "view.svg")
    svg = (tmp_path / "view.svg").read_text()
    assert svg.startswith("<?xml") and "<svg" in svg and "Syria" in svg


# -- state -------------------------------------------------------------------------------------


def test_state_is_remembered_between_windows(make_window, reading_db, tiny_db):
    window = make_window(reading_db)
    window.resize(777, 555)
    window.splitter.setSizes([420, 357])
    window.timeline.set_range(period("2019-12-01").start, period("2019-12-31").end)
    window.open_database(tiny_db)  # the first database's range is kept for next time
    window.close()

    again = make_window(size=None, show=False)  # as it comes back, before it is shown
    assert (again.size().width(), again.size().height()) == (777, 555)
    assert [a.text() for a in again.recent_menu.actions()][:2] == [str(tiny_db), str(reading_db)]
    again.show()
    assert abs(again.splitter.sizes()[1] - window.splitter.sizes()[1]) <= 4
    again.open_database(reading_db)
    t0, t1 = again.timeline.visible_range()
    assert (t0, t1) == pytest.approx((period("2019-12-01").start, period("2019-12-31").end), abs=60)


def test_dropping_a_database_file_opens_it(qtbot, make_window, reading_db, tiny_db):
    window = make_window(reading_db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tiny_db))])
    enter = QDragEnterEvent(
        QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # a .db file is welcome
    drop = QDropEvent(
        QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.source.path == tiny_db)  # opened off the UI thread
    assert json.dumps(window.timeline.events.lanes) == '["A", "B"]'
    assert GUTTER_W > 0


def test_export_filtered_events_as_csv_and_timelinejs(make_window, reading_db, tmp_path):
    import csv

    window = make_window(reading_db)
    window.filter_panel.set_hidden("Syria", True)  # only Diplomacy and Politics are shown
    assert window.export("csv", tmp_path / "events.csv")
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["title"] for r in rows) == [
        "Envoys leave Geneva", "Geneva talks stall", "Parliament vote on budget"
    ]  # fmt: skip
    assert window.export("timelinejs", tmp_path / "events.json")
    story = json.loads((tmp_path / "events.json").read_text())
    assert {e["text"]["headline"] for e in story["events"]} == {r["title"] for r in rows}
    assert {e.get("group") for e in story["events"]} == {"Diplomacy", "Politics"}


def test_emoji_before_the_sentence_do_not_shift_the_highlight(make_window, tmp_path):
    body = "🎉🎉🎉🎉🎉 Party time 😀😀. The talks began on Monday in Moscow."
    path = tmp_path / "emoji.db"
    db = sqlite_utils.Database(path)
    from db import schema

    schema.create(db)
    article = (
        db["articles"]
        .insert({"headline": "Emoji", "body": body, "content_hash": "e", "published": "2019-12-23"})
        .last_pk
    )
    begin = body.index("The talks")
    add_events(db, [{"title": "Talks", "start": "2019-12-23", "article_id": article,
                     "span_start": begin, "span_end": len(body)}])  # fmt: skip
    db.close()
    window = make_window(path)
    window.open_event(int(window.timeline.events.ids()[0]))
    assert window.panel.highlighted_text() == "The talks began on Monday in Moscow."


def test_a_tooltip_shows_markup_from_the_database_as_text(make_window, tmp_path):
    path = tmp_path / "markup.db"
    db = sqlite_utils.Database(path)
    from db import schema

    schema.create(db)
    add_events(db, [{"title": "<b>bold</b> <img src=x>", "start": "2019-12-05"}])
    # A file written by another tool: readable keys, but markup where the date text should be.
    db.execute("UPDATE events SET start = '<i>2019</i>'")
    db.conn.commit()
    db.close()
    window = make_window(path)
    timeline = window.timeline
    pos = timeline.marker_position(int(timeline.events.ids()[0])).toPoint()
    QApplication.sendEvent(
        timeline, QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    )
    assert "&lt;i&gt;2019&lt;/i&gt;" in QToolTip.text()  # escaped: shown, not applied
    assert "&lt;b&gt;bold&lt;/b&gt;" in QToolTip.text()
    QToolTip.hideText()
