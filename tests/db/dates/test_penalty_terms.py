"""A penalty's term after a perfect ("has been banned from driving for 18 months") runs on from
the decision: no span back from the publication date, as "has lived there for 18 months" has.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2027, 11, 18)


def starts(text: str) -> list[str]:
    return [d.start for d in dated_sentences(text, DCT)]


def test_a_penalty_term_is_no_span_back_from_now() -> None:
    got = starts("A van driver from Oakley has been banned from driving for 18 months.")
    assert all(s >= "2027-11" for s in got)


def test_a_state_lasting_for_months_still_reaches_back() -> None:
    got = starts("The family has lived in the caravan for 18 months.")
    assert got and got[0][:7] == "2026-05"
