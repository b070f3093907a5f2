"""An anniversary counted back: "Three years ago this month" is this month of three years back,
"A year ago this week" this week of last year, "Two years ago today" this day of two years back.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates.extract import analyse

DCT = datetime.date(2026, 10, 14)


def timexes(text: str) -> list[tuple[str, str]]:
    doc = analyse(text, DCT)
    return [(text[m.begin : m.end], m.res.value) for m in doc.mentions]


def test_years_ago_this_month_is_that_month_years_back() -> None:
    got = timexes("Three years ago this month, the old footbridge collapsed in a gale.")
    assert got == [("Three years ago this month", "2023-10")]


def test_a_year_ago_this_week_and_two_years_ago_today() -> None:
    assert timexes("A year ago this week the mill closed its doors.") == [
        ("A year ago this week", "2025-W42")
    ]
    assert timexes("Two years ago today, the first ferry sailed.") == [
        ("Two years ago today", "2024-10-14")
    ]


def test_a_column_headings_larger_counts() -> None:
    assert timexes("Three hundred years ago today the abbey burned.") == [
        ("Three hundred years ago today", "1726-10-14")
    ]
    assert timexes("175 years ago this week, the first trams ran on Quay Street.") == [
        ("175 years ago this week", "1851-W42")
    ]
    assert timexes("Forty years ago this month the pit closed.") == [
        ("Forty years ago this month", "1986-10")
    ]
