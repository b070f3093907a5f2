"""A search's results take their room from the source panel below them, never from the screen:
the window keeps its size (growing it re-laid out and repainted the whole window, timeline
included, just after the list was drawn), and a row's rich text, built and laid out once, draws
as one built afresh does."""

from __future__ import annotations

import pytest
import sqlite_utils
from PySide6.QtGui import QImage

from db import schema
from tests.conftest import add_events
from tests.viewer.test_search_list import many_hits_db, search_for
from viewer.panel import PANEL_MIN_H
from viewer.search import MIN_ROWS, RichDelegate, hit_html, row_height


@pytest.mark.parametrize("size", [(1000, 700), (1400, 860), (1600, 1000)])
def test_a_search_keeps_the_window_and_the_timeline_their_size(qtbot, make_window, tmp_path, size):
    window = make_window(many_hits_db(tmp_path, 120), size=size)
    qtbot.wait(50)  # laid out as shown
    before, timeline = window.size(), window.timeline.size()
    search_for(qtbot, window, "ceasefire")
    qtbot.wait(50)  # any re-layout a search asked for is done
    search = window.search
    assert search.model.rowCount() == 50 and search.list.isVisible()
    assert window.size() == before and window.timeline.size() == timeline
    assert window.minimumSizeHint().height() <= before.height()
    # The list has ten rows, or all the source panel can spare down to its minimum.
    row = row_height(search.list.fontMetrics().lineSpacing())
    ten_rows = search.list.viewport().height() >= MIN_ROWS * row
    assert ten_rows or window.panel.height() == PANEL_MIN_H
    assert window.panel.height() >= PANEL_MIN_H
    if size == (1600, 1000):
        assert ten_rows and window.panel.height() > PANEL_MIN_H

    # Cleared, the box gives the source panel its room back; the window still as it was.
    search.clear()
    qtbot.waitUntil(lambda: search.result is None and not search.busy)
    assert window.size() == before and window.right.sizes()[0] < 100


def _two_stories_db(tmp_path):
    path = tmp_path / "two.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    talks = "the envoys met again in Geneva and the ceasefire talks went on late into the night "
    fair = "the growers brought their harvest to the square and the fair went on for days "
    add_events(
        db,
        [{"title": f"Ceasefire talks, round {i}", "start": f"2001-03-{i + 1:02d}", "text": talks}
         for i in range(20)]
        + [{"title": f"Harvest fair, day {i}", "start": f"2003-09-{i + 1:02d}", "text": fair}
           for i in range(20)],
    )  # fmt: skip
    db.close()
    return path


def _rows(window) -> QImage:
    """The list's rows as drawn now."""
    window.search.list.viewport().repaint()
    return window.search.list.viewport().grab().toImage()


def test_a_rows_rich_text_is_built_once_and_draws_as_built_afresh(qtbot, make_window, tmp_path):
    window = make_window(_two_stories_db(tmp_path), size=(1400, 860))
    search = window.search
    search_for(qtbot, window, "ceasefire")
    model = search.model
    assert model.data(model.index(0)) == hit_html(model.hits[0])  # the model's, as it was
    assert model.data(model.index(0)) is model.data(model.index(0))  # built once
    shown = _rows(window)
    assert shown == _rows(window)  # drawn again from what was built

    def afresh() -> QImage:  # the rows drawn by a delegate that has built nothing yet
        kept = search.list.itemDelegate()
        search.list.setItemDelegate(RichDelegate(search.list))
        image = _rows(window)
        search.list.setItemDelegate(kept)
        return image

    assert shown == afresh()
    # Another row selected, a narrower list (headlines cut shorter): drawn as built afresh.
    search.list.setCurrentIndex(model.index(2))
    selected = _rows(window)
    assert selected != shown and selected == afresh()
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0] + 80, sizes[1] - 80])
    qtbot.waitUntil(lambda: search.list.viewport().width() < shown.width() - 40)
    assert _rows(window) == afresh()

    # Another search's rows are its own, not the rich text built for the rows before.
    search.box.clear()
    search_for(qtbot, window, "harvest")
    assert model.hits[0].title.startswith("Harvest")
    assert model.data(model.index(0)) == hit_html(model.hits[0])
    assert _rows(window) == afresh()
