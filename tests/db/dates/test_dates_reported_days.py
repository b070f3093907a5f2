"""A day of the month a dated report tells of as done is on or before the report's day (a
genealogist's report quoting an old newspaper, narrative held-out 27); "on the 3rd for ..." is
a day before a clause going on. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_day_a_dated_report_tells_of_as_done_is_before_the_report() -> None:
    got = found("The Derby Courant of 18 June 1822 says that the mill was burned on the 9th.")
    assert got["the 9th"] == "1822-06-09"
    got = found("A letter of 30 April 1850 records that she was married on the 3rd for love.")
    assert got["the 3rd"] == "1850-04-03"


def test_a_day_to_come_or_a_story_s_day_still_goes_forward() -> None:
    got = found("The Derby Courant of 18 June 1822 says that the fair will open on the 9th.")
    assert got["the 9th"] == "1822-07-09"
    got = found("The siege began on 18 June 1822, and the town fell on the 9th.")
    assert got["the 9th"] == "1822-07-09"
