""" "Easter Day", the Prayer Book's name of Easter Sunday, with its year or the story's
(`rules.holidays`). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_easter_day_with_its_year() -> None:
    text = "The new organ was first played on Easter Day 1921, before a full church."
    assert values(text)["Easter Day 1921"] == "1921-03-27"


def test_easter_day_of_the_storys_year() -> None:
    text = "The chapel was rebuilt in 1887 and reopened on Easter Day with a sermon by the dean."
    assert values(text)["Easter Day"] == "1887-04-10"
