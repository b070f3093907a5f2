"""A plan told with a report's date after it ("will reopen on 8 May, the council said on
Monday"): the story's time for what is to come next is the plan's date, not the report's; and
a dateless happening "at the same meeting" is on the day the meeting was told. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 3, 12)  # a Thursday


def starts(text: str) -> dict[str, str]:
    return {d.title: d.start for d in dated_sentences(text, DCT)}


def test_a_later_plan_counts_from_the_reported_plans_date() -> None:
    got = starts(
        "The pool will reopen on 4 May, the trust said on Tuesday. The gym will follow "
        "two weeks later."
    )
    assert got["The gym will follow"] == "2026-05-18"


def test_a_past_sentence_after_it_does_not_go_to_the_plans_date() -> None:
    got = starts(
        "The pool will reopen on 4 May, the trust said on Tuesday. A day later, the manager "
        "resigned."
    )
    assert got["The manager resigned"] == "2026-03-11"


def test_the_same_meeting_is_the_one_a_sentence_before_dated() -> None:
    got = starts(
        "The head teacher resigned at a governors' meeting on Monday evening. Parents asked at "
        "the same meeting for an inquiry."
    )
    assert got["Parents asked at the same meeting for an inquiry"] == "2026-03-09"
