""" "And a second in February": an ordinal whose noun the first of a pair gave is no second of
time; "for a second" still is. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2027, 6, 11)


def texts(text: str) -> list[str]:
    return [t.text for t in find_timexes(text, DCT)]


def test_a_second_of_a_pair_is_an_ordinal() -> None:
    got = texts("One flood inquiry sat in March 2026, and a second in October heard the farmers.")
    assert "a second" not in got
    assert "October" in got


def test_a_second_of_time_stays() -> None:
    assert "a second" in texts("The screen went dark for a second in the final minute.")
