"""A day and month of the story's year, or of the one after or before it ("8 July that year",
"3 May the following year"): one expression, dated from the story (`rules.days_of_year_ref`).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_day_of_that_year() -> None:
    text = (
        "The canal company was formed in 1792. Its engineer surveyed the route on 12 June that "
        "year."
    )
    assert values(text)["12 June that year"] == "1792-06-12"


def test_a_day_of_the_following_year_month_first() -> None:
    text = (
        "The first lock was finished in 1794, and water was let in on April 3 the following year."
    )
    assert values(text)["April 3 the following year"] == "1795-04-03"
