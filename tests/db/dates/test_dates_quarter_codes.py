"""A quarter or half-year abbreviated with its year ("Q2 1987", "2031 H1") is that quarter or
half; lower case or without a year it is not read. Sentences written for these tests, none from
an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_quarter_and_half_codes_with_a_year() -> None:
    text = "The mill changed owners in Q2 1987 and its order book recovered by 1988 Q4."
    assert timexes(text) == [("Q2 1987", "1987-Q2"), ("1988 Q4", "1988-Q4")]
    assert timexes("Deliveries should start in H1 2031.") == [("H1 2031", "2031-H1")]


def test_codes_in_lower_case_or_without_a_year_are_not_dates() -> None:
    assert timexes("Answer Q2 before lunch.") == []
    assert timexes("The q2 1987 sheet is missing.") == [("1987", "1987")]
