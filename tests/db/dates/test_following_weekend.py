""" "The following weekend" after a weekday is that week's weekend; after a Saturday or Sunday,
the next week's. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_the_following_weekend_after_a_weekday_is_that_weeks() -> None:
    got = values(
        "The bridge was closed on Wednesday 4 November and reopened the following weekend."
    )
    assert got["the following weekend"] == "2026-W45-WE"


def test_the_following_weekend_after_a_sunday_is_the_next_weeks() -> None:
    got = values("The market ran on Sunday 8 November and again the following weekend.")
    assert got["the following weekend"] == "2026-W46-WE"
