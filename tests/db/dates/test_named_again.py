"""A year-less day named again just after the same day with its year is that date, whatever
the tense around it. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 11, 2)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_day_named_again_takes_the_year_it_was_given() -> None:
    got = values(
        "The port will charge a landing fee from 1 March 2027. Boats registered before "
        "1 March pay half."
    )
    assert got["1 March"] == "2027-03-01"


def test_another_day_keeps_its_own_reading() -> None:
    got = values("The port will charge a fee from 1 March 2027. The fee was set on 2 March.")
    assert got["2 March"] == "2026-03-02"
