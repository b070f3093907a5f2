""" "has" with an object is the verb of owning, not the perfect: it leaves a later present verb's
date ahead ("The gallery has it, and it goes on loan in January", db.dates.tense). Sentences
written for these tests."""

import datetime

from db.dates import find_timexes
from db.dates.tense import PAST, PRESENT, SentenceTense

_DCT = datetime.date(2025, 10, 20)


def test_owning_has_is_present() -> None:
    text = "The gallery has it, and it goes on loan in January."
    tense = SentenceTense(text)
    assert tense.at(text.index("January"), len(text) - 1) == PRESENT
    assert SentenceTense("The gallery has sold it.").at(0, 3) == PAST


def test_a_present_verb_after_owning_points_ahead() -> None:
    got = {
        t.text: t.value
        for t in find_timexes("The gallery has it, and it goes on loan in January.", _DCT)
    }
    assert got["January"] == "2026-01"
