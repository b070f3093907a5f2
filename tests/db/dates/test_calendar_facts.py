"""A fact of the calendar is no date: "the year began on Lady Day" names no year, and its feast
is every year's (db.dates.rules.calendar_facts). Sentences written for these tests."""

import datetime

from db.dates import find_timexes

_DCT = datetime.date(2025, 10, 20)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, _DCT)}


def test_the_year_that_begins_on_a_feast() -> None:
    got = _values("In Scotland the year began on Lady Day until 1600, when the calendar changed.")
    assert "the year" not in got
    assert got["Lady Day"] == "XXXX-03-25"


def test_a_year_begun_on_something_else_is_still_a_year() -> None:
    got = _values("The firm was sold in 1888. The year began on a sour note for its workers.")
    assert "The year" in got  # a time all the same, not a fact of the calendar
    assert _values("They married at Lady Day 1760.")["Lady Day 1760"] == "1760-03-25"
