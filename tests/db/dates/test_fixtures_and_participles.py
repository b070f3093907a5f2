"""A fixture told with "is" ("Their next game is at Hull on Thursday night") is to come; a dated
past participle after a noun in a clause of what is to come ("will miss a month with an injury
picked up on Tuesday") happened. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 9, 4)  # a Friday


def test_a_fixture_told_with_is_is_the_next_one() -> None:
    text = "Rovers drew at home on Tuesday. Their next match is at Exeter on Tuesday night."
    got = [(t.text, t.value) for t in find_timexes(text, DCT)]
    assert got[0] == ("Tuesday", "2026-09-01")
    assert got[1] == ("Tuesday night", "2026-09-08TNI")


def test_a_game_told_in_the_past_stays_behind() -> None:
    got = {t.text: t.value for t in find_timexes("The game was at Exeter on Tuesday.", DCT)}
    assert got["Tuesday"] == "2026-09-01"


def test_a_dated_participle_in_a_plan_happened() -> None:
    text = "The keeper will miss the derby with a wrist injury sustained in training on Monday."
    items = dated_sentences(text, DCT)
    injury = next(d for d in items if d.start == "2026-08-31")
    assert injury.status == "happened" and "sustained" in injury.title
