"""A clause dated only by how long it lasted ("The bombardment lasted about five hours") in a
story told day by day happens on the day the story is on. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 10, 14)


events = partial(starts_and_precisions, dct=DCT)


def test_a_clause_that_lasted_hours_is_on_the_storys_day() -> None:
    got = events(
        "On 9 August 1812 the Russian rearguard turned to face the French at the river. The "
        "bombardment lasted about five hours and was answered from the far bank."
    )
    assert ("1812-08-09", "day") in [v for t, v in got.items() if "bombardment" in t.lower()]


def test_hours_that_a_meeting_lasted_in_the_news_are_no_story_day() -> None:
    got = events("The council met on Monday. The meeting lasted about five hours.")
    assert all(not start.startswith("18") for start, _ in got.values())
