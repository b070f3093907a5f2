"""A weekday with "next" or "week" after it ("Monday next", "Tuesday week", "a week on
Saturday"): ahead of the writer's day. Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 10, 8)  # a Thursday


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_weekday_next_is_the_coming_one() -> None:
    assert values("The band plays its farewell concert on Friday next.")["Friday next"] == (
        "2026-10-09"
    )


def test_a_weekday_week_is_the_one_after_the_coming_one() -> None:
    assert values("The inquest resumes on Tuesday week.")["Tuesday week"] == "2026-10-20"
    assert values("The fair opens a week on Saturday.")["a week on Saturday"] == "2026-10-17"


def test_next_that_belongs_to_the_words_after_it_is_left_alone() -> None:
    got = values("The committee will sit on Monday next week.")
    assert got["Monday"] == "2026-10-12" and "Monday next" not in got


def test_a_postposed_next_owned_by_day_is_left_alone() -> None:
    got = values("The stalls open on Friday next day by day until the fair ends.")
    assert "Friday next" not in got and got["Friday"] == "2026-10-09"


def test_the_sunday_before_a_day_before_1582_counts_julian_weekdays() -> None:
    text = "The bishop arrived on Saturday 12 May 1520. On the Sunday before, he preached at Ely."
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["the Sunday before"] == "1520-05-06"  # 12 May 1520 was a Saturday (Julian)


def test_a_weekday_fortnight_is_two_weeks_after_the_coming_one() -> None:
    assert values("The ferry resumes Friday fortnight.")["Friday fortnight"] == "2026-10-23"
    got = values("My cousin flies in a fortnight Sunday, so we are tidying up.")
    assert got["a fortnight Sunday"] == "2026-10-25"
    assert values("Auditions close a fortnight on Monday.")["a fortnight on Monday"] == (
        "2026-10-26"
    )


def test_a_fortnight_that_is_a_length_is_left_a_duration() -> None:
    got = values("She stayed with us for a fortnight on Saturday and Sunday visits.")
    assert got["a fortnight"] == "P2W"
