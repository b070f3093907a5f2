"""The panel as a reader sees it: the date line and the reporting lag beside it, or under it
when the two do not fit on one line; the lag's words for a negated event; the page scrolled to
the dating sentence with its first line whole, in the text or above it."""

from __future__ import annotations

import datetime
import sqlite3

import pytest
from PySide6.QtCore import QPoint

from db.ingest.importers import import_articles
from tests.conftest import SAMPLE_ARTICLE
from tests.stories import FERRY_A, import_both
from tests.viewer.helpers import wrapped_lines
from viewer.panel import SourcePanel

COUNCIL = """Harbour town weighs its ferry pier

The harbour council met on Monday to discuss the new ferry pier. The council will not vote on the plan on Friday, its chairwoman said. The builders will start work on 3 March, she added.
"""  # noqa: E501


@pytest.fixture
def council(tmp_path):
    text = tmp_path / "council.txt"
    text.write_text(COUNCIL, encoding="utf-8")
    path = tmp_path / "council.db"
    report = import_articles(path, [text], published=datetime.date(2026, 2, 10), lane="News")
    assert report.imported == 1 and not report.failed
    return path


def _event(window, path, status: str):
    """The council's one event of `status` dated after the report (10 Feb 2026)."""
    with sqlite3.connect(path) as conn:
        ((event_id,),) = conn.execute(
            "SELECT id FROM events WHERE status = ? AND start > '2026-02-10'", (status,)
        ).fetchall()
    return window.source.event(event_id)


def _lines(label) -> int:
    """How many lines the label's text takes at the width it is given."""
    return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())


def _panel(qtbot, width: int) -> SourcePanel:
    panel = SourcePanel()
    qtbot.addWidget(panel)
    panel.resize(width, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_negated_event_dated_after_its_report_did_not_happen(make_window, council):
    window = make_window(council)
    negated, planned = _event(window, council, "negated"), _event(window, council, "planned")
    window.show_event(negated.id)
    assert window.panel.reporting_lag.text() == "reported before the day it names"
    window.show_event(planned.id)
    assert window.panel.reporting_lag.text() == "reported before it happened (planned)"


def test_the_lag_goes_under_the_date_when_both_do_not_fit_on_one_line(qtbot, make_window, council):
    negated = _event(make_window(council), council, "negated")
    narrow = _panel(qtbot, 420)
    narrow.show_event(negated)
    qtbot.wait(10)
    date, lag = narrow.event_date, narrow.reporting_lag
    assert "Negated\u00a0or\u00a0hypothetical" in date.text() and lag.isVisible()
    # Before: the date squeezed left of the lag, three lines ("Friday 13 / February 2026 /
    # (day) · News · ..."); now the date has the header's width and the lag a line of its own.
    assert _lines(date) <= 2
    # The status is one phrase on one line, not "Negated or / hypothetical".
    (line,) = [text for text in wrapped_lines(date) if "Negated" in text]
    assert "hypothetical" in line
    below = date.y() + date.heightForWidth(date.width())
    assert below <= lag.y() <= below + 4  # right under it: the header takes no spare height
    assert lag.x() == date.x()
    wide = _panel(qtbot, 900)
    wide.show_event(negated)
    qtbot.wait(10)
    date, lag = wide.event_date, wide.reporting_lag
    assert lag.y() == date.y() and lag.x() > date.x() + date.fontMetrics().horizontalAdvance(
        date.text()
    )
    assert _lines(date) == 1
    # The same panel made narrow moves the lag under the date, and back when widened.
    wide.resize(420, 600)
    qtbot.waitUntil(lambda: wide.reporting_lag.y() > wide.event_date.y())
    wide.resize(900, 600)
    qtbot.waitUntil(lambda: wide.reporting_lag.y() == wide.event_date.y())


@pytest.mark.parametrize("size", [(800, 500), (1400, 860)])
def test_the_page_scrolled_to_the_sentence_shows_its_first_line_whole(
    qtbot, make_window, tmp_path, size
):
    path = tmp_path / "sample.db"
    report = import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    assert report.imported == 1 and not report.failed
    with sqlite3.connect(path) as conn:
        ((sunday,),) = conn.execute(
            "SELECT id FROM events WHERE start = '2019-12-22' AND text LIKE '%said on Sunday%'"
        ).fetchall()
    window = make_window(path, size=size)
    window.show_event(sunday)
    panel = window.panel
    qtbot.waitUntil(panel.highlight_visible)
    assert panel.scroll.verticalScrollBar().value() > 0  # scrolled into the text
    body = panel.body.viewport()
    edge = body.mapFrom(panel.scroll.viewport(), QPoint(0, 0)).y()  # the page's top, in the body
    assert 0 < edge < body.height()
    line = panel.body.cursorRect(panel.body.cursorForPosition(QPoint(0, edge)))
    # No line straddles the top edge: before, the first line showed only its lower half.
    assert line.top() >= edge or line.bottom() < edge


def test_the_page_scrolled_above_the_text_shows_the_sources_line_whole(
    qtbot, make_window, tmp_path
):
    """A report whose sentence opens its text: the page is scrolled into the lines above it
    (the source's name and date), and the first of them shows whole."""
    path = tmp_path / "news.db"
    assert import_both(path).grouped == 1
    with sqlite3.connect(path) as conn:
        ((ferry,),) = conn.execute(
            "SELECT id FROM events WHERE text LIKE ? || '%'", (FERRY_A,)
        ).fetchall()
    window = make_window(path, size=(1300, 700))
    window.show_event(ferry)
    panel = window.panel
    qtbot.waitUntil(panel.highlight_visible)
    value = panel.scroll.verticalScrollBar().value()
    assert value > 0
    body_top = panel.body.viewport().mapTo(panel.page, QPoint(0, 0)).y()
    assert value < body_top  # scrolled to a line above the text
    # The label at the top edge starts there: none is cut through (before: the source's line).
    edge = panel.page.childAt(panel.page.width() // 2, value)
    assert edge is None or edge.y() >= value or edge.y() + edge.height() <= value


def test_the_lag_beside_the_date_leaves_the_date_one_line_at_any_width(qtbot, make_window, council):
    """Beside the date only where both fit: before, the header's margins (its layout's) were
    not counted, and at some widths the date wrapped under a dangling "·" to make room for the
    lag ("Sunday 22 December 2019 (day) · / News" in the demo at 1400x860)."""
    planned = _event(make_window(council), council, "planned")
    panel = _panel(qtbot, 600)
    panel.show_event(planned)
    date, lag = panel.event_date, panel.reporting_lag
    beside = stacked = 0
    for width in range(300, 720, 6):
        panel.resize(width, 600)
        qtbot.wait(5)
        if lag.y() == date.y():
            beside += 1
            assert _lines(date) == 1, width
            assert lag.x() + lag.width() <= panel.width() - 14, width  # inside the margin
        else:
            stacked += 1
            assert lag.y() > date.y() and lag.x() == date.x()
        # Where the line breaks, it breaks between its parts: each line fits (no "·" left at
        # the end of a wrapped line, "Friday 13 February 2026 (day)  ·  News  · / Planned").
        room = date.contentsRect().width()
        for line in date.text().split("\n"):
            assert date.fontMetrics().horizontalAdvance(line) <= room, (width, line)
            assert not line.endswith("·") and not line.startswith("·")
    assert beside and stacked  # both were seen
