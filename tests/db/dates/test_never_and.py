"""A simple past after "never ... and" is a predicate of its own, not negated
(`clause_negation.negated_before_but`). Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 5, 7)


def test_never_then_and_a_past_of_its_own_happened() -> None:
    got = dated_sentences("The skipper never went to sea again and died at Hull in 1903.", DCT)
    assert [s.status for s in got] == ["happened"]


def test_never_before_the_date_itself_is_negated() -> None:
    got = dated_sentences("The ferry never reached the island in 1903.", DCT)
    assert [s.status for s in got] == ["negated"]
