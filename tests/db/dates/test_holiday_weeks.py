"""A holiday week as travel and church news tell it: Holy Week's days by name, a holiday with a
part of the day ("Christmas morning"), a stretch to come ending "until ... Tuesday" after the
day it starts, "the Saturday" and "the Sunday before" told from the story's day, and a plan as
it stood "for" a holiday ("was first planned for Christmas"). Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 24)  # a Tuesday; Easter 2026 is 5 April, Easter 2025 was 20 April


def values(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_holy_weeks_days_are_named_holidays() -> None:
    got = values("The abbey holds a vigil on Maundy Thursday and on Holy Saturday.")
    assert got["Maundy Thursday"] == ("DATE", "2026-04-02")
    assert got["Holy Saturday"] == ("DATE", "2026-04-04")


def test_a_holiday_with_a_part_of_the_day_is_a_time() -> None:
    got = values("Hospitals expect the busiest shift on Easter Monday evening.")
    assert got["Easter Monday evening"] == ("TIME", "2026-04-06TEV")


def test_a_stretch_to_come_ends_after_the_day_it_starts() -> None:
    got = values(
        "The tunnel will close at 10pm on Good Friday. Drivers will be diverted until the "
        "first ferries on Tuesday."
    )
    assert got["Tuesday"] == ("DATE", "2026-04-07")  # not today, the Tuesday it starts on


def test_a_plain_weekday_ahead_is_unchanged() -> None:
    assert values("The mayor will open the bridge on Tuesday.")["Tuesday"][1] == "2026-03-24"


def test_the_saturday_of_a_holiday_told_before() -> None:
    got = values("Last Easter, the pier flooded on the Saturday and reopened a week later.")
    assert got["the Saturday"] == ("DATE", "2025-04-19")


def test_the_weekday_before_the_day_told() -> None:
    got = values("Term ends on Friday 17 July, and parents are invited on the Wednesday before.")
    assert got["the Wednesday before"] == ("DATE", "2026-07-15")


def test_the_weekday_before_a_thing_is_not_counted_from_the_story() -> None:
    got = values("Term ends on Friday 17 July; the Wednesday before the prize day is free.")
    assert "the Wednesday before" not in got


def test_a_plan_as_it_stood_for_a_holiday_is_the_nearest_one() -> None:
    got = values("The repairs were originally planned for Christmas but were postponed.")
    assert got["Christmas"] == ("DATE", "2025-12-25")
