"""What was known when, in the real window on real files: "as known on" from the command line,
the date field and the overview's slider; the panel's reporting lag; the lag histogram dialog."""

from __future__ import annotations

import datetime
import sqlite3

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from db import schema
from db.ingest.importers import import_articles
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE, add_events
from tests.db.store.test_reporting import EARLIER
from tests.viewer.test_cli import run_cli
from viewer.app import apply_view_args, screenshot
from viewer.cli import viewer_parser


@pytest.fixture
def two_articles(tmp_path):
    """The sample article (published Mon 23 Dec 2019), one published Fri 20 Dec 2019, and a
    record without an article."""
    path = tmp_path / "two.db"
    earlier = tmp_path / "talks.txt"
    earlier.write_text(EARLIER, encoding="utf-8")
    for file, day in ((SAMPLE_ARTICLE, 23), (earlier, 20)):
        report = import_articles(path, [file], published=datetime.date(2019, 12, day), lane="News")
        assert report.imported == 1 and not report.failed
    db = schema.open_for_writing(path)
    add_events(db, [{"title": "A record", "start": "2019-12-01", "lane": "Records"}])
    db.conn.commit()
    db.close()
    return path


def _ids(path, where: str) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute(f"SELECT id FROM events WHERE {where}")}
    finally:
        conn.close()


def _of_23_dec(path) -> set[int]:
    return _ids(path, "article_id = (SELECT id FROM articles WHERE published = '2019-12-23')")


def test_as_of_on_the_command_line_hides_the_23_dec_article(make_window, two_articles, tmp_path):
    late = _of_23_dec(two_articles)
    assert len(late) >= 5
    args = viewer_parser().parse_args(
        [str(two_articles), "--screenshot", str(tmp_path / "x.png"), "--as-of", "2019-12-22",
         "--range", "2019-12-15..2019-12-27"]
    )  # fmt: skip
    args.mapping = None  # as viewer.cli.main sets it for a database (not `open`)
    window = make_window(None, show=False)
    apply_view_args(window, args)
    assert screenshot(window, args) == 0
    shown = set(window.timeline.events.ids().tolist())
    assert shown and not shown & late  # the 23 Dec article's events are not shown
    assert shown == _ids(two_articles, "1") - late  # the rest are
    assert window.status_count.text().endswith("as known on 22 Dec 2019")
    assert window.as_of_bar.date.text() == "22 Dec 2019"


def test_a_screenshot_with_as_of_differs_where_the_later_article_was(two_articles, tmp_path):
    shots = {}
    for name, extra in (("all", []), ("known", ["--as-of", "2019-12-22"])):
        out = tmp_path / f"{name}.png"
        result = run_cli(str(two_articles), "--screenshot", str(out), "--size", "1000x600",
                         "--range", "2019-12-15..2019-12-27", *extra)  # fmt: skip
        assert result.returncode == 0, result.stderr
        shots[name] = QImage(str(out))
    assert shots["known"].size() == shots["all"].size()
    assert shots["known"] != shots["all"]
    bad = run_cli(str(two_articles), "--screenshot", str(tmp_path / "y.png"), "--as-of", "soon")
    assert bad.returncode == 2 and "--as-of" in bad.stderr


def test_the_date_field_and_show_all(qtbot, make_window, two_articles):
    window = make_window(two_articles)
    late = _of_23_dec(two_articles)
    bar = window.as_of_bar
    bar.date.setText("22 Dec 2019")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    assert window.view.as_of == period("2019-12-22").end - 1
    qtbot.waitUntil(lambda: not set(window.timeline.events.ids().tolist()) & late)
    assert "as known on 22 Dec 2019" in window.status_count.text()
    assert window.timeline.as_of == window.overview.as_of == window.view.as_of  # the line
    # CSV export of the events shown honours it.
    out = window.source.path.parent / "known.csv"
    assert window.export("csv", out)
    exported = out.read_text(encoding="utf-8")
    assert "Talks on Idlib announced" in exported and "Turkish delegation" not in exported
    qtbot.mouseClick(bar.show_all, Qt.MouseButton.LeftButton)
    assert window.view.as_of is None
    qtbot.waitUntil(lambda: late <= set(window.timeline.events.ids().tolist()))
    assert "as known on" not in window.status_count.text() and bar.date.text() == ""


def test_the_overview_slider_sets_the_day(qtbot, make_window, two_articles):
    window = make_window(two_articles)
    overview = window.overview
    h = overview.height()
    start = QPoint(int(overview.as_of_x()), h - 4)  # the handle, parked at the right end
    qtbot.mousePress(overview, Qt.MouseButton.LeftButton, pos=start)
    # The strip spans 2011 to 2019 (a pixel is days): aim at 18 Dec, get the day there.
    target = overview.point_of(period("2019-12-18").start).toPoint()
    qtbot.mouseMove(overview, QPoint(target.x(), h - 4))
    qtbot.mouseRelease(overview, Qt.MouseButton.LeftButton, pos=QPoint(target.x(), h - 4))
    qtbot.waitUntil(lambda: window.view.as_of is not None)
    key = window.view.as_of
    assert key == overview.as_of_at(target.x()) and (key + 1) % 86_400 == 0
    assert period("2019-12-10").start < key < period("2019-12-23").start
    late = _of_23_dec(two_articles)
    qtbot.waitUntil(lambda: not set(window.timeline.events.ids().tolist()) & late)
    assert window.as_of_bar.date.text().endswith("Dec 2019")
    assert overview.as_of_x() == pytest.approx(
        target.x(), abs=2 + 2 * 86_400 / overview.scale().spp
    )


def test_the_panel_says_how_late_the_event_was_reported(make_window, two_articles):
    (sunday,) = _ids(two_articles, "start = '2019-12-22' AND text LIKE '%said on Sunday%'")
    (monday,) = _ids(two_articles, "start = '2019-12-23' AND text LIKE '%arrived in Moscow%'")
    (caption,) = _ids(two_articles, "start = '2019-10-24'")
    (record,) = _ids(two_articles, "title = 'A record'")
    (publication,) = _ids(two_articles, "kind = 'publication' AND start = '2019-12-23'")
    window = make_window(two_articles)
    panel = window.panel
    expected = {
        sunday: "reported the next day",
        monday: "reported the same day",
        caption: "reported about 2 months later",
    }
    for event_id, text in expected.items():
        window.show_event(event_id)
        assert panel.reporting_lag.isVisible() and panel.reporting_lag.text() == text
    for event_id in (record, publication):  # no article; the article itself
        window.show_event(event_id)
        assert panel.reporting_lag.isHidden()
    planned = _ids(
        two_articles,
        "start > '2019-12-20' AND article_id = "
        "(SELECT id FROM articles WHERE published = '2019-12-20')",
    )
    assert planned  # "next week", said on 20 Dec
    window.show_event(min(planned))
    assert panel.reporting_lag.text() == "reported before it happened (planned)"


def test_the_lag_histogram_dialog(qtbot, make_window, two_articles):
    window = make_window(two_articles)
    dialog = window.known_then.show_lags()
    qtbot.waitUntil(lambda: dialog.chart.histogram is not None)
    lags = dialog.chart.histogram
    assert lags.lanes == window.timeline.events.lanes
    news = lags.lane("News")
    # Counted by hand from the rows: the sample's Sunday event the next day, the caption's
    # 24 October two months before its report, "next week" before it happened.
    conn = sqlite3.connect(two_articles)
    rows = conn.execute(
        "SELECT start_key, end_key, reported_key FROM events WHERE lane = 'News' "
        "AND kind != 'publication'"
    ).fetchall()
    conn.close()
    start, end, reported = (np.array(c, np.int64) for c in zip(*rows, strict=True))
    from db.store.reporting import lag_days

    days = lag_days(start, end, reported)
    assert news["same day"] == int((days == 0).sum()) > 0
    assert news["next day"] == int((days == 1).sum()) > 0
    assert news["before it happened"] == int((days < 0).sum()) > 0
    assert sum(news.values()) == len(rows)
    assert lags.unknown[lags.lanes.index("Records")] == 1
    assert "events with a known report day in 1 lane" in dialog.intro.text()
    assert dialog.intro.text().endswith("No report days in: Records.")
    # The chart is drawn: a bar of the News lane's "same day" column is in the lane's colour.
    image = dialog.chart.grab().toImage()
    bar = dialog.chart.bar_rect(lags.lanes.index("News"), 1)
    pixel = image.pixelColor(int(bar.center().x()), int(bar.bottom() - 2))
    assert pixel.name() != "#ffffff"


def test_the_date_field_takes_no_row_of_its_own(qtbot, make_window, two_articles):
    # It sits in the status bar, beside the range: the overview is the left column's foot and
    # the timeline keeps the height a row would take.
    window = make_window(two_articles, size=(1024, 680))
    bar, status = window.as_of_bar, window.statusBar()
    assert bar.isVisible() and status.isAncestorOf(bar)
    column = window.overview.parentWidget()
    assert window.overview.geometry().bottom() == column.height() - 1
    assert window.timeline.height() + window.overview.height() == column.height()
    assert bar.height() <= status.height()
    # A message in the status bar leaves it there, and what the field says reads on.
    status.showMessage("Titles could not be read: locked", 5000)
    assert bar.isVisible()
    bar.date.setText("22 Dec 2019")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    assert window.view.as_of == period("2019-12-22").end - 1


def test_a_small_hours_event_in_that_days_paper_is_reported_the_same_day():
    from viewer.reporting_text import describe_lag

    assert describe_lag("2026-03-21T01:15", None, "minute", "2026-03-21", "event") == (
        "reported the same day"
    )
    assert describe_lag("2026-03-22T01:15", None, "minute", "2026-03-21", "event") == (
        "reported before it happened (planned)"
    )
