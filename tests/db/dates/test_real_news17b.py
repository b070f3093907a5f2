"""Real news, second round (issue 13, seventeenth session): what a careful reader puts on the
timeline. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import DatedSentence, dated_sentences

DCT = datetime.date(2026, 3, 14)  # a Saturday


def _events(text: str, dct: datetime.date = DCT) -> list[DatedSentence]:
    return list(dated_sentences(text, dct))


def _days_of(text: str, words: str, dct: datetime.date = DCT) -> set[str]:
    """The days of the events whose titles hold `words`' start."""
    at = text.index(words)
    return {
        d.start[:10]
        for d in _events(text, dct)
        if d.title_span is not None and d.title_span[0] <= at < d.title_span[1]
    }


# ---- a later day's report of a toll: the toll is the story's ----------------------------------

_FERRY = (  # wire
    "A crowded ferry capsized off the coast of Sumatra on Tuesday. Fishermen pulled dozens "
    "of passengers from the water.\n\n"
    "Rescue teams reported on Wednesday 41 dead and 12 missing, and the search went on "
    "through the night.\n"
)

_STAND = (  # sports
    "A temporary stand collapsed during the second half of the cup tie at Ashford on Sunday. "
    "The referee stopped the match.\n\n"
    "Local radio reported on Monday at least 14 people injured, two of them seriously.\n"
)

_CASES = (  # science brief: new cases reported are the report's own day's news
    "A measles outbreak reached the capital on Monday. Schools sent pupils home.\n\n"
    "The health ministry reported on Thursday 40 new cases in the capital.\n"
)


def test_a_toll_reported_a_day_later_is_on_the_disaster_day() -> None:
    assert _days_of(_FERRY, "41 dead") == {"2026-03-10"}
    assert _days_of(_FERRY, "Rescue teams reported") == {"2026-03-11"}


def test_an_at_least_toll_of_injured_is_on_the_collapse_day() -> None:
    assert _days_of(_STAND, "at least 14 people injured") == {"2026-03-08"}


def test_a_count_of_new_cases_stays_on_the_report_day() -> None:
    assert _days_of(_CASES, "The health ministry reported") == {"2026-03-12"}


# ---- a happening a few minutes before a dated one, told at the clause's end --------------------

_GLIDER = (  # wire, with a state opening the sentence
    "A training glider crashed into a field near Dunstable on Thursday. Its two crew died.\n\n"
    "The glider was a two-seat model owned by the local club; the tower lost contact with it "
    "over the ridge, 20 minutes after it took off from the club's airfield.\n"
)


def test_a_take_off_minutes_before_the_crash_is_on_the_crash_day() -> None:
    assert _days_of(_GLIDER, "it took off") == {"2026-03-12"}
