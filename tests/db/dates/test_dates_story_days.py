"""Days of a story told day by day: "On the first day" is the story's day, "the third day,
18 October" the day written beside it, "the second day" after "the first day" the day after;
and "that June" at a clause's end is the story year's June. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 4)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_the_days_of_a_siege_are_counted_from_its_start() -> None:
    got = found(
        "The Turkish guns opened fire on 6 April 1453. On the first day a section of the outer "
        "wall collapsed; on the second day the defenders rebuilt it with timber and earth."
    )
    assert got["the first day"] == "1453-04-06"
    assert got["the second day"] == "1453-04-07"


def test_a_counted_day_takes_the_date_written_beside_it() -> None:
    got = found(
        "The offensive opened on 21 March 1918. The next day the British line bent back. "
        "On the fourth day, 24 March, the Germans crossed the Somme."
    )
    assert got["the fourth day"] == "1918-03-24"
    assert got["24 March"] == "1918-03-24"


def test_a_day_counted_of_something_else_is_no_story_day() -> None:
    got = found("The shop opened on 2 May 2011 and sold out on the first day of the month.")
    assert "the first day" not in got


def test_that_month_at_a_clause_end_is_the_story_year() -> None:
    got = found("She married in the autumn of 1851 and joined the observatory that January.")
    assert got["that January"] == "1851-01"
    got = found("In 1903 the society said that January was the wettest month.")
    assert "that January" not in got
