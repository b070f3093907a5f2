"""A story told in the historical present keeps its year across a present-perfect state "since"
a month just before it, while a state since a bare year still brings news time back (issue 13).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 20)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_state_up_to_the_storys_present_keeps_its_year() -> None:
    text = (
        "In March 1683 the sultan's army marches north, and in early May it crosses the Drava. "
        "The vizier leads it to the city, which the imperial garrison has held since April 1683. "
        "The assault begins on 14 July, and on 2 August a mine breaks the wall."
    )
    got = found(text)
    assert got["14 July"] == "1683-07-14"
    assert got["2 August"] == "1683-08-02"


def test_a_state_since_a_bare_year_is_news_time() -> None:
    text = (
        "The rebels took the fortress in 1921 and on 3 May they burned the gate. "
        "The gate has been a museum since 1921. It reopens on 3 June after repairs."
    )
    assert found(text)["3 June"] == "2026-06-03"
