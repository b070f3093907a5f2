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


def test_the_nth_day_of_a_journey_counts_from_its_start() -> None:
    text = (
        "The caravan left Kashgar on 12 April 1906, and on the fourth day it reached the first "
        "pass. The next morning the camels refused to climb."
    )
    got = typed(text)
    assert got["the fourth day"] == ("DATE", "1906-04-15")
    assert got["The next morning"] == ("TIME", "1906-04-16TMO")


def test_the_nth_day_of_something_named_or_in_a_row_is_not_the_journeys() -> None:
    text = "The strike began on 3 May 1926; on the third day of the strike the army moved in."
    assert "the third day" not in typed(text)


def test_an_amount_after_for_is_how_long_not_when() -> None:
    text = (
        "In October 1912 the barge sank in the estuary, where it lay for nearly a year before "
        "it was raised the following September."
    )
    got = typed(text)
    assert got["nearly a year"] == ("DURATION", "P1Y")
    assert got["the following September"] == ("DATE", "1913-09")


def test_the_whole_day_is_one_day_long() -> None:
    text = "The rain did not stop on 4 June 1888, and the crew spent the whole day below deck."
    assert typed(text)["the whole day"] == ("DURATION", "P1D")
