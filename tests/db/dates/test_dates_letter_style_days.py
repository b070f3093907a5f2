"""Days as older letters and newspapers write them: "the 3rd inst.", "the 28th ult.", "the 2nd
prox." (this, last and next month of the writer's day), "Friday last", "Thursday next".
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates.extract import analyse

DCT = datetime.date(1862, 10, 11)  # a Saturday


def timexes(text: str, dct: datetime.date = DCT) -> list[tuple[str, str]]:
    doc = analyse(text, dct)
    return [(text[m.begin : m.end], m.res.value) for m in doc.mentions]


def test_inst_ult_and_prox_are_this_last_and_next_month() -> None:
    got = timexes(
        "We acknowledge your favour of the 3rd inst., and regret that the goods shipped on the "
        "28th ult. were damaged; a fresh consignment will leave on the 2nd prox."
    )
    assert got == [
        ("the 3rd inst.", "1862-10-03"),
        ("the 28th ult.", "1862-09-28"),
        ("the 2nd prox.", "1862-11-02"),
    ]


def test_ult_in_january_is_last_december() -> None:
    got = timexes("The vestry met on the 30th ult. to fix the rate.", datetime.date(1871, 1, 14))
    assert got == [("the 30th ult.", "1870-12-30")]


def test_a_day_the_month_lacks_is_no_date() -> None:
    assert timexes("The bill fell due on the 31st ult. and was not met.") == []


def test_weekday_with_last_or_next_after_it() -> None:
    got = timexes(
        "The sale held on Friday last raised forty pounds, and the next will be on Thursday next."
    )
    assert got == [("Friday last", "1862-10-10"), ("Thursday next", "1862-10-16")]


def test_last_or_next_that_belongs_to_another_word_is_left() -> None:
    got = timexes("The fair opens on Monday next week and closes on Friday next to no regret.")
    assert ("next week", "1862-W42") in got
    assert [text for text, _ in got if text.endswith(("last", "next"))] == []


def test_half_past_with_a_hyphen() -> None:
    got = timexes("The coach left the inn on the 9th inst. at half-past seven.")
    assert got == [("the 9th inst.", "1862-10-09"), ("half-past seven", "1862-10-09T07:30")]
