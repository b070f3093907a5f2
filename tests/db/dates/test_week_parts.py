""" "Earlier in the week", "later in the week": the publication day's week in news, the story
day's week in a story; "by the weekend" as a deadline points to the coming weekend. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 13)  # a Wednesday of ISO week 20


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_earlier_in_the_week_is_the_publication_week() -> None:
    got = values("The ferry operator, whose shares had slid earlier in the week, cut fares.")
    assert got["earlier in the week"] == "2026-W20"


def test_later_in_the_week_after_a_story_day_is_that_days_week() -> None:
    got = values(
        "The gales began on Monday 6 March 1950, and later in the week the old pier collapsed."
    )
    assert got["later in the week"] == "1950-W10"


def test_by_the_weekend_as_a_hope_is_the_coming_weekend() -> None:
    got = values("Engineers hope to restore water supplies to the estate by the weekend.")
    assert got["the weekend"] == "2026-W20-WE"


def test_the_weekend_told_as_done_is_the_last_one() -> None:
    assert values("Most of the fallen trees were cleared over the weekend.")["the weekend"] == (
        "2026-W19-WE"
    )
    got = values("The last of the flood debris had been cleared by the weekend.")
    assert got["the weekend"] == "2026-W19-WE"
