""" "The year" told in the past right after a sentence naming a year long past is that year, as
a reader takes "within the year" after a death in 1894; in news it stays the writer's year.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_the_year_after_a_year_long_past_is_that_year() -> None:
    got = values(
        "The brewer died at Hale on 3 June 1872. His sons sold the malt house within the year,"
        " and the brewery closed six years later."
    )
    assert got["the year"] == "1872"
    got = values("The pier was damaged in 1953. Before the year was out it had been rebuilt.")
    assert got["the year"] == "1953"


def test_the_year_in_news_stays_the_writers() -> None:
    got = values("Sales fell in 2025. The company expects a loss for the year.")
    assert got["the year"] == "2026"
