"""Rules shown by texts of mixed genres (a history with a news ending, a life, an expedition with
clock times): looks back to a named month ("the previous September"), days of a month in focus
("the last day of the month"), clock times, "current" the noun, "the eve of" a dated happening,
seasons in reported speech, "not ... until" and a change "from" a time. Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 7, 14)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_the_previous_month_is_the_last_one_before_the_story_time() -> None:
    got = found(
        "The 1874 survey of the delta began in April. Its chief engineer had been appointed "
        "the preceding November, when the old board resigned."
    )
    assert got["the preceding November"] == ("DATE", "1873-11")
    got = found("The bridge opened in 1902. Work had begun the previous May.")
    assert got["the previous May"] == ("DATE", "1901-05")
    got = found("The mill burned in 1911. It had been insured in the spring of the preceding year.")
    assert got["the spring of the preceding year"] == ("DATE", "1910-SP")


def test_the_last_day_of_the_month_is_that_day_of_the_month_in_focus() -> None:
    got = found(
        "The garrison was relieved on 9 March 1644. Its last stores were eaten on the last day "
        "of the month, and the first day of the year had brought snow."
    )
    assert got["the last day of the month"] == ("DATE", "1644-03-31")
    assert got["the first day of the year"] == ("DATE", "1644-01-01")
    assert "the first day of the trial" not in found("On the first day of the trial he spoke.")
