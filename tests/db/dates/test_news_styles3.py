"""News in styles the news sets lack, third round (bench/reader_styles/newsself3.json, texts
written for these tests with what a careful reader puts on a timeline). Each test is one cause;
the sentences here are new ones of the same kinds, not the texts' own."""

from __future__ import annotations

import datetime

from tests.db.dates.test_news_styles import values
from tests.db.dates.test_news_styles2 import days_of

TUESDAY = datetime.date(2026, 6, 9)


def test_a_plan_told_in_the_past_takes_the_nearer_weekday() -> None:
    # a coach trip's breakdown told on the Tuesday after: the Saturday just gone
    text = "The coach was due to leave Marlow at 7.15am on Saturday, but it never arrived."
    assert days_of(text, "was due to leave", TUESDAY) == {"2026-06-06T07:15"}
    # a plan still ahead, nearer ahead than back, stays ahead
    ahead = "The minister cancelled a visit that was due to begin on Wednesday."
    assert values(ahead, TUESDAY)["Wednesday"] == "2026-06-10"
    # reported speech keeps the report's past tense only: the day is to come
    reported = "Officials said the ferry was due to sail on Saturday."
    assert values(reported, TUESDAY)["Saturday"] == "2026-06-13"
    # "is due to" is ahead whatever is nearer
    assert values("The ferry is due to sail on Saturday.", TUESDAY)["Saturday"] == "2026-06-13"
