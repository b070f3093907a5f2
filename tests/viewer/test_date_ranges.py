"""A range of dates says what its two ends share once, as CLDR writes it (Babel): "15–17 March
2012" in the panel's date line, not "15 March 2012 – 17 March 2012"."""

from __future__ import annotations

import pytest
import sqlite_utils

from db import schema
from tests.conftest import add_events
from viewer.date_text import describe_date, short_span
from viewer.timeline.date_ranges import day_range, month_range, separator, year_range

SEP = separator()  # CLDR English: an en dash between thin spaces


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        ("2014-06-02", "2014-06-05", "2–5 June 2014"),  # one month: its name and year once
        ("2014-06-28", "2014-07-03", f"28 June{SEP}3 July 2014"),  # one year: the year once
        ("2014-12-29", "2015-01-04", f"29 December 2014{SEP}4 January 2015"),
        ("2014-02", "2014-04", f"February{SEP}April 2014 (month precision)"),
        ("2008", "2011", f"2008{SEP}2011 (year precision)"),
        ("-0300", "-0250", f"301 BCE{SEP}251 BCE (year precision)"),  # before Babel's calendar
        ("2014-02", "2014-05-20", f"February 2014{SEP}20 May 2014 (month precision)"),
    ],
)
def test_a_range_says_what_its_ends_share_once(start, end, text):
    precision = "day" if len(start) == 10 else "month" if len(start) == 7 else "year"
    assert describe_date(start, end, precision) == text


def test_the_parts_of_a_range():
    assert day_range(2014, 6, 2, 2014, 6, 2) == "2 June 2014"  # one day is a day
    assert day_range(-40, 3, 1, -40, 3, 4) == f"1 March 41 BCE{SEP}4 March 41 BCE"
    assert month_range(2014, 6, 2014, 6) == "June 2014"
    assert year_range(2014, 2014) == "2014"


def test_the_panel_dates_a_range_of_days_once(make_window, tmp_path):
    path = tmp_path / "ranges.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": "The festival", "start": "2014-06-02", "end": "2014-06-05"},
            {"id": 2, "title": "The tour", "start": "2014-06-28", "end": "2014-07-03"},
        ],
    )
    db.close()
    window = make_window(path)
    window.show_event(1)
    # Before: "2 June 2014 – 5 June 2014".
    assert window.panel.event_date.text().startswith("2–5 June 2014  ·  ")
    window.show_event(2)
    assert window.panel.event_date.text().startswith(f"28 June{SEP}3 July 2014  ·  ")
    # Each in the other's list of the article's events: not "2014-06-02 – 2014-06-05".
    window.show_event(1)


def test_a_list_row_says_a_range_short():
    assert short_span("2014-06-02", "2014-06-05", "day") == "2–5 Jun 2014"
    assert short_span("2014-12-29", "2015-01-04", "day") == f"29 Dec 2014{SEP}4 Jan 2015"
    assert short_span("2014-06-02", None, "day") == "2 Jun 2014"
    assert short_span("2014", "2015-03-01", "year") == f"2014{SEP}1 Mar 2015"
