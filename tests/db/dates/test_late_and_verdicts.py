"""Statuses a negation word does not make negated: "did not reach the island until noon" says
when it happened, past a verb group's first words and a name set off by commas; "found not
guilty" and "pleaded not guilty" are a verdict and a plea, which happened. A vote's day is not
read from a day restated in GMT. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.model import HAPPENED, NEGATED

DCT = datetime.date(2027, 11, 18)


def statuses(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {d.start: d.status for d in dated_sentences(text, dct)}


def test_not_until_past_a_long_object_happened() -> None:
    assert statuses("The ferry did not reach the outer island until about noon.") == {
        "2027-11-18T12:00": HAPPENED
    }


def test_not_until_past_a_name_set_off_by_commas_happened() -> None:
    got = statuses("The ferry did not reach the last harbour, Holm, until about noon.")
    assert got == {"2027-11-18T12:00": HAPPENED}


def test_a_plain_negation_stays_negated() -> None:
    assert statuses("The ferry did not reach the outer island on Monday.") == {
        "2027-11-15": NEGATED
    }


def test_a_verdict_of_not_guilty_happened() -> None:
    got = statuses("A 20-year-old man was found not guilty yesterday of setting fire to a bin.")
    assert got["2027-11-17"] == HAPPENED


def test_a_plea_of_not_guilty_happened() -> None:
    assert statuses("The driver pleaded not guilty on Monday.") == {"2027-11-15": HAPPENED}


def test_a_votes_day_is_not_a_day_restated_in_gmt() -> None:
    text = (
        "Polls closed at 8pm on Tuesday. In the hill country, where voting ended at 7pm "
        "Mountain Time, or 02:00 GMT on Wednesday, the last ballot bags from the valleys did "
        "not reach counting halls until about 5am local time.\n\n"
        "The governor did not concede on election night."
    )
    got = {
        text[d.clause[0] : d.clause[1]]: d.start[:10]
        for d in dated_sentences(text, datetime.date(2026, 11, 4))
    }
    assert got["The governor did not concede on election night."] == "2026-11-03"
