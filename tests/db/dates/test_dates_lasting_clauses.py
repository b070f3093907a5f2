"""A history's clause that lasts an amount of time, told right after a date, starts at the
story's time, no finer than its amount (`db/dates/lasting_clauses.py`). Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 10, 14)


events = partial(starts_and_precisions, dct=DCT)


def _placed(got: dict[str, tuple[str, str]], words: str) -> tuple[str, str] | None:
    hits = [v for title, v in got.items() if words in title]
    return hits[0] if hits else None


def test_years_after_a_founding_day_start_in_its_year() -> None:
    got = events(
        "The lighthouse at Carrow Point was lit on 9 June 1851. Its first keeper, a retired "
        "sailor named Abel Trask, tended the lamp for thirty-one years."
    )
    assert _placed(got, "tended the lamp")[:2] == ("1851", "year")


def test_a_whole_day_after_a_season_is_in_that_season() -> None:
    got = events(
        "In the autumn of 1642 the burgesses gathered in the guildhall. The town clerk spent "
        "a whole day reading out the charter."
    )
    placed = _placed(got, "reading out the charter")
    assert placed is not None and placed[0].startswith("1642") and placed[1] == "season"


def test_days_after_a_story_day_get_no_day_but_after_a_month_the_month() -> None:
    # spread over its days, a clause lasting them is not on the day told before it
    got = events(
        "The relief column reached the ford on 14 March 1781. The men rested there for three days."
    )
    assert _placed(got, "rested there") != ("1781-03-14", "day")
    got = events("The great gale came in 1703, the November. The roof stood open for ten days.")
    assert _placed(got, "stood open for ten days") == ("1703-11", "month")


def test_news_and_a_new_paragraph_are_left_alone() -> None:
    # a recent date: news, where a clause lasting an amount is not placed on the last date
    got = events("The plant opened on 3 May 2025. Its staff worked for ten hours.")
    assert _placed(got, "worked for ten hours") != ("2025-05-03", "day")
    # a new paragraph is not this rule's to date (other rules may carry a day on)
    got = events("The mill burned on 2 May 1802.\n\nThe family farmed for forty years.")
    assert _placed(got, "farmed for forty years") != ("1802", "year")
