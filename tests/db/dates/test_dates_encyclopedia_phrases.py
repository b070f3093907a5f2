"""Phrases of encyclopedia histories: a recurring month ("every May"), "a generation later",
"another twelve years" (issue 13). Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes


def typed(text: str, dct: datetime.date = datetime.date(2026, 2, 9)) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_a_month_that_recurs_is_a_set() -> None:
    text = "The abbey was founded in 1132, and pilgrims came to its well every May until 1540."
    got = typed(text)
    assert got["every May"] == ("SET", "XXXX-05")
    assert got["1540"] == ("DATE", "1540")


def test_a_generation_later_is_the_decade_some_25_years_on() -> None:
    text = "The mine closed in 1921. A generation later the valley was planted with spruce."
    assert typed(text)["A generation later"] == ("DATE", "194")


def test_another_amount_keeps_its_another() -> None:
    text = "The dam was finished in 1931, but the power station waited another twelve years."
    assert typed(text)["another twelve years"] == ("DURATION", "P12Y")


def test_that_month_ending_its_clause_is_the_month_of_the_story() -> None:
    text = "The mill reopened in March 1887, and the owner married a weaver's daughter that June."
    assert typed(text)["that June"] == ("DATE", "1887-06")
    assert "June" not in typed("In 1887 he wrote that June was the wettest month he had seen.")
