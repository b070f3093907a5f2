"""A past spelled as its base form ("cut", "quit", "set") after "he", "she" or "it" is past:
the present would take an "-s". A year-less month told so is the last one gone by, not the
next. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.tense import PAST, verb_tag

DCT = datetime.date(2026, 5, 7)


def test_a_base_form_past_after_a_singular_pronoun_is_past() -> None:
    assert verb_tag("cut", "it", False) == PAST
    assert verb_tag("quit", "she", False) == PAST
    assert verb_tag("cut", "they", False) is None  # "they cut": either
    assert verb_tag("cut", "to", False) is None


def test_a_month_after_a_past_year_told_so_is_not_in_the_future() -> None:
    # news: "cut" read as present put September ahead of the May report, as a plan
    text = "Orders at the foundry fell in 2025. In September it cut 200 jobs."
    got = {d.timex.text: (d.start, d.status) for d in dated_sentences(text, DCT)}
    assert got["September"] == ("2025-09", "happened")


def test_a_narrative_told_with_base_form_pasts_keeps_its_months_behind() -> None:
    text = "The old chapel lost its roof in a gale. In August he put a tarpaulin over the nave."
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT)}
    assert got["August"] == "2025-08"
