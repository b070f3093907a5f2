"""A result row's date says as much as is known and no more, in a form short enough that a
narrow side panel keeps its line for the headline ("Sep 2012  Syria: the siege of Homs", not
"September 2012 (month precision)" wrapping and cutting the headline to "Syri...")."""

from __future__ import annotations

import pytest
import sqlite_utils

from db import schema
from tests.conftest import add_events
from tests.viewer.test_search_list import search_for
from viewer.date_text import short_date


@pytest.mark.parametrize(
    ("start", "precision", "shown"),
    [
        ("2019-12-22", "day", "22 Dec 2019"),
        ("2019-12-22T10:30", "minute", "22 Dec 2019"),
        ("2012-09", "month", "Sep 2012"),
        ("2012", "year", "2012"),
        ("2012-06-01", "fuzzy", "about 2012"),
        ("-0500", "year", "501 BCE"),
        (None, "day", "date unknown"),
    ],
)
def test_a_rows_date_is_as_precise_as_the_event(start, precision, shown):
    assert short_date(start, precision) == shown


def test_a_rows_date_for_a_rare_precision_is_said_in_full():
    said = short_date("2018-07-01", "quarter")
    assert "July 2018" in said and said.endswith("(quarter precision)")


def test_a_month_hit_in_a_narrow_list_keeps_its_headline(qtbot, make_window, tmp_path):
    path = tmp_path / "months.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(db, [
        {"title": f"Siege of Homs, week {i}", "start": f"2012-{i % 12 + 1:02d}",
         "precision": "month", "text": "the siege of Homs went on into the winter"}
        for i in range(12)
    ])  # fmt: skip
    db.close()
    window = make_window(path, size=(1000, 700))  # the side panel at its narrowest
    search_for(qtbot, window, "siege")
    search = window.search
    search.list.viewport().repaint()
    delegate = search.list.itemDelegate()
    # what the first row drew: its short date and its headline whole on the first line
    drawn = delegate._laid_out[(0, search.list.currentIndex().row() == 0)].toPlainText()
    first = drawn.splitlines()[0]
    assert first.startswith("Jan 2012") and "precision" not in drawn
    assert first.endswith("Siege of Homs, week 0"), first
