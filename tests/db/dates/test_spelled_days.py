"""A day of the month in words ("the ninth of October 2015", "the twenty-second of May"): read
as its figure would be. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 10, 8)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_spelled_day_with_its_year_is_that_day() -> None:
    got = values("We buried my grandfather on the ninth of October 2015, in the rain.")
    assert got["the ninth of October 2015"] == "2015-10-09"
    got = values("The deeds are dated the twenty second of May, 1887.")
    assert got["the twenty second of May, 1887"] == "1887-05-22"


def test_a_spelled_day_without_a_year_takes_the_texts_year() -> None:
    got = values("The mill burned in 1911. On the seventeenth of August the owners left.")
    assert got["the seventeenth of August"] == "1911-08-17"


def test_an_impossible_spelled_day_is_no_day() -> None:
    assert "the thirty-first of June" not in values("He swore it was the thirty-first of June.")
