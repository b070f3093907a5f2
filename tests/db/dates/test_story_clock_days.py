"""A clock time told in the past after a story's day, with only background years since, is on
the story's day; a 24-hour clock's small hours after an evening one are the next morning.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 21)


def spans(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_clock_time_after_background_years_is_on_the_story_day() -> None:
    got = spans(
        "The ferry left Dunmore at 19.40 on Tuesday 3 March. The harbour was dredged "
        "in 1978 and the pier rebuilt in 2001. I slept until 06.10, when we docked at Carrick."
    )
    assert got["06.10"] == "2026-03-03T06:10"


def test_the_small_hours_after_an_evening_are_the_next_morning() -> None:
    got = spans(
        "We sailed from Oban at 18.15 on Friday 13 March. The old ferry was built in 1979. The bar "
        "stayed open until 22.30. I woke at 05.40 to the engines stopping, and we landed "
        "at 07.20."
    )
    assert got["22.30"] == "2026-03-13T22:30"
    assert got["05.40"] == "2026-03-14T05:40"
    assert got["07.20"] == "2026-03-14T07:20"


def test_a_clock_time_still_to_come_keeps_the_publication_day() -> None:
    got = spans(
        "The council met on Monday 16 March. The hall was built in 1902. The doors will open "
        "at 18.30 for the public meeting."
    )
    assert got["18.30"] == "2026-03-21T18:30"
