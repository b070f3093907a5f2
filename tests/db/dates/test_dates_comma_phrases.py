"""A verbless phrase after a comma that opens with its preposition ("closed it twice, on
January 9") tells more of the past predicate before it: a year-less day there is the one gone
by, not the next. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2027, 12, 10)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_day_after_a_comma_takes_the_past_predicate_before_it() -> None:
    found = values(
        "Last winter the council shut the ford twice, on January 9 and again on February 2."
    )
    assert found["January 9"] == "2027-01-09"
    assert found["February 2"] == "2027-02-02"


def test_a_plan_before_the_comma_still_looks_ahead() -> None:
    assert values("The council will shut the ford, on January 9.")["January 9"] == "2028-01-09"


def test_a_due_date_after_a_comma_stays_ahead() -> None:
    found = values("The board declared a dividend of 12 cents, payable on January 9.")
    assert found["January 9"] == "2028-01-09"
