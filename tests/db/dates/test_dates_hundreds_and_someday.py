"""A count past a hundred in words ("a hundred and one years", `lexicon.NUMBER_WORDS`) and "one
day" after a modal, some day to come (`rules.durations`). Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 7)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, DCT)]


def test_a_hundred_and_one_years() -> None:
    assert found("The mill ground corn for a hundred and one years.") == [
        ("a hundred and one years", "DURATION", "P101Y")
    ]


def test_one_hundred_and_twenty_five_days() -> None:
    assert found("The siege lasted one hundred and twenty-five days.") == [
        ("one hundred and twenty-five days", "DURATION", "P125D")
    ]


def test_one_day_after_a_modal_is_some_day_to_come() -> None:
    assert found("The founders hoped the village would one day have a hall.") == [
        ("one day", "DATE", "FUTURE_REF")
    ]


def test_one_day_as_a_span_stays_a_duration() -> None:
    assert found("The ferry strike lasted one day.") == [("one day", "DURATION", "P1D")]
