"""A diary's bare hours in its clipped style ("Up at five", "Home by nine") on the entry's day.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates.extract import analyse

DCT = datetime.date(2026, 5, 4)


def timexes(text: str) -> list[tuple[str, str]]:
    doc = analyse(text, DCT)
    return [(text[m.begin : m.end], m.res.value) for m in doc.mentions]


def test_clipped_hours_of_a_diary_entry() -> None:
    got = timexes("11 August 1843. Up at four. Climbed to the col by noon. Home by seven, soaked.")
    assert ("four", "1843-08-11T04:00") in got
    assert ("seven", "1843-08-11T19:00") in got


def test_clipped_hours_in_a_dated_letter() -> None:
    got = timexes(
        'On 20 March 1861 the curate wrote to his sister: "Rose at six and walked to Fenby. '
        'Supper at eight with the Lowes."'
    )
    assert ("six", "1861-03-20T06:00") in got
    assert ("eight", "1861-03-20T20:00") in got


def test_an_age_or_a_margin_is_no_hour() -> None:
    got = timexes("Born in 1843, she could read at five. The motion was carried by nine.")
    assert [text for text, _ in got] == ["1843"]
