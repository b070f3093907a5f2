"""A weekday something is set for, told in the present: a post left ("steps down on Friday",
"retires on Friday") and a copula closing its clause ("The funeral is on Thursday", "My last
shift's Friday") are the coming day, not the last one. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.model import PLANNED

DCT = datetime.date(2026, 10, 5)  # a Monday: the last Friday is nearer than the next


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_leaving_a_post_in_the_present_is_ahead() -> None:
    assert values("The harbour master steps down on Friday after nine years.")["Friday"] == (
        "2026-10-09"
    )
    assert values("Our longest-serving postman retires on Saturday.")["Saturday"] == ("2026-10-10")


def test_a_copula_before_a_weekday_closing_its_clause_is_ahead() -> None:
    assert values("The funeral is on Friday.")["Friday"] == "2026-10-09"
    got = values("My last exam's Saturday, and then I'm free.")
    assert got["Saturday"] == "2026-10-10"
    text = "The reading is Friday, at the old library."
    assert [d.status for d in dated_sentences(text, DCT)] == [PLANNED]


def test_the_day_itself_and_a_weekday_before_a_noun_are_left_alone() -> None:
    assert values("Today is Friday.")["Friday"] == "2026-10-02"
    assert values("The club's Friday fixture was called off.")["Friday"] == "2026-10-02"
