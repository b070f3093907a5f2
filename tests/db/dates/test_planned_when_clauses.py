"""A coming day's "when" clause ("It returns on Whit Monday, when the whole village will walk to
the abbey") tells what is planned for that day: its own event, planned, on the day, as a past
date's "when" clause is (`story_asides.when_of_comparison`). Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 12, 7)


def events(text: str) -> dict[str, tuple[str, str]]:
    return {d.title: (d.start, d.status) for d in dated_sentences(text, DCT)}


def test_a_coming_feasts_when_clause_is_planned_on_it() -> None:
    text = (
        "The pageant was first staged in 1910. It returns on Whit Monday, when the whole "
        "village will walk in costume to the abbey."
    )
    got = events(text)
    assert got["The whole village will walk in costume to the abbey"] == ("2027-05-17", "planned")
    assert got["It returns on Whit Monday"] == ("2027-05-17", "planned")


def test_a_coming_days_when_clause_is_planned_on_it() -> None:
    text = "The hall reopens on Saturday 6 March 2027, when the band will play in the square."
    assert events(text)["The band will play in the square"] == ("2027-03-06", "planned")


def test_a_past_days_when_clause_still_happened() -> None:
    text = "The lifeboat was named on 9 May 1901, when the duchess broke a bottle over her bows."
    assert events(text)["The duchess broke a bottle over her bows"] == ("1901-05-09", "happened")
