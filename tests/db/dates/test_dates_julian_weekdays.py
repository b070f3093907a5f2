"""Weekdays counted from a date before the Gregorian reform are the Julian calendar's, as the
chronicles of the time wrote their dates. Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes
from db.dates.rules.common import weekday_of

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_julian_weekdays_of_known_days() -> None:
    assert weekday_of(datetime.date(1066, 10, 14)) == 5  # the day of Hastings: a Saturday
    assert weekday_of(datetime.date(1492, 10, 12)) == 4  # a Friday
    assert weekday_of(datetime.date(1900, 1, 1)) == datetime.date(1900, 1, 1).weekday()


def test_the_following_weekday_counts_on_the_julian_calendar() -> None:
    # 11 June 1510 was a Tuesday on the Julian calendar; its Friday is the 14th
    text = "The abbot left Selby on 11 June 1510. The following Friday he reached York."
    assert values(text)["The following Friday"] == "1510-06-14"
