"""A present verb of lasting right before "until" points ahead even where the sentence opened in
the past ("was unveiled on Monday and stays until 3 March"). Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_present_verb_of_lasting_after_a_past_one_points_ahead() -> None:
    text = "The quilt show was unveiled on Monday by the vicar and stays until 3 March."
    assert values(text)["3 March"] == "2027-03-03"
    text = "The maps were hung last week and are on display until 12 January."
    assert values(text)["12 January"] == "2027-01-12"


def test_a_past_verb_of_lasting_looks_back() -> None:
    assert values("The quilt show ran until 3 March.")["3 March"] == "2026-03-03"
