"""A timetable's present or a plain future after a history told in days: the date it sets,
close ahead of the publication date, is the reader's (issue 13). Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 4)  # a Wednesday
STORY = (
    "On 2 March 1916 the regiment reached the front. On 5 March it took the ridge, and on "
    "9 March it was relieved. "
)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_timetable_day_after_a_story_is_the_readers() -> None:
    got = found(STORY + "The colonel's letters go on display at the museum on 12 March.")
    assert got["9 March"] == "1916-03-09"
    assert got["12 March"] == "2026-03-12"


def test_a_timetable_weekday_after_a_story_is_ahead() -> None:
    got = found(STORY + "The colonel's letters go on display on Friday.")
    assert got["Friday"] == "2026-03-06"


def test_a_future_seen_from_the_story_stays_in_it() -> None:
    got = found(STORY + "The colonel wrote that he would return to the line on 12 March.")
    assert got["12 March"] == "1916-03-12"


def test_a_report_of_the_timetable_keeps_its_past_weekday() -> None:
    got = found(STORY + "The letters go on display this spring, the curator said on Monday.")
    assert got["Monday"] == "2026-03-02"


def test_a_day_further_ahead_in_the_historical_present_stays_in_the_story() -> None:
    got = found(STORY + "The division begins its own attack on 30 April.")
    assert got["30 April"] == "1916-04-30"


def test_a_listings_closing_days_after_a_story_are_the_readers() -> None:
    got = found(STORY + "The regimental museum is closed 20-21 March and on 3 April.")
    assert got["20-21 March"] == "2026-03-20" and got["3 April"] == "2026-04-03"
