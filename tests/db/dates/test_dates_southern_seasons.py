"""A season of the southern hemisphere in a voyage's story: the next such season from the
text's time, written as TIMEX3 writes a season (issue 13). Sentences written for these tests,
none from an evaluation file. A place named for a feast ("Easter Island") is no date."""

from __future__ import annotations

import datetime

from db.dates import find_timexes


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, datetime.date(2026, 1, 10))}


def test_the_southern_winter_after_a_january_is_that_years() -> None:
    text = (
        "The expedition reached the ice shelf on 9 January 1841. It sailed north to Tasmania "
        "and waited out the southern winter in Hobart."
    )
    assert found(text)["southern winter"] == "1841-WI"


def test_the_southern_summer_after_a_winter_begins_in_december() -> None:
    text = "The ship left the Cape in May 1911. In the southern summer it pushed into the pack."
    assert found(text)["southern summer"] == "1911-SU"


def test_a_place_named_for_a_feast_is_no_date() -> None:
    text = "In March 1722 the Dutch fleet sighted Easter Island and sailed past Christmas Island."
    assert found(text) == {"March 1722": "1722-03"}
    assert found("The island was sighted on Easter Sunday 1722.") == {
        "Easter Sunday 1722": "1722-04-05"
    }
