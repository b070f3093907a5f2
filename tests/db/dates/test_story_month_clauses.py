"""A history's dateless clauses told on after a past month: one with an amount of hours is still
in that month ("We searched for nine hours"), and the sentence after such a one goes on in it.
Texts written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.model import NEGATED

DCT = datetime.date(2026, 9, 14)

STORY = (
    "The worst was the Kittiwake, in March 2011. We searched for nine hours and we lifted three "
    "men from the water. The skipper we never found."
)


def placed(text: str, words: str) -> list[tuple[str, str]]:
    at = text.index(words)
    got = dated_sentences(text, DCT)
    return [(d.start, d.status) for d in got if d.clause[0] <= at < d.clause[1]]


def test_a_clause_with_an_amount_of_hours_stays_in_the_month() -> None:
    assert [s for s, _ in placed(STORY, "We searched")] == ["2011-03"]


def test_the_sentence_after_a_dateless_one_goes_on_in_the_month() -> None:
    assert placed(STORY, "The skipper") == [("2011-03", NEGATED)]


def test_an_amount_of_days_is_placed_once_as_a_stretch_that_starts_in_the_month() -> None:
    # not carried on as the month's own clause, but told as lasting (db.dates.lasting_clauses)
    text = "The worst was the Kittiwake, in March 2011. We searched for nine days without rest."
    assert [s for s, _ in placed(text, "We searched")] == ["2011-03"]
