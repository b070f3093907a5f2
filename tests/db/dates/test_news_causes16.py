"""News causes left after session 15's blind sets (issue 13), each in sentences written for
these tests: a first-person feature's dateless clauses on the writer's day, a lede's perfect
retold, a day soon to come after a plan's later year, a month after "last year" closed an
earlier predicate, a quoted note's plans seen from the day it names, a perfect
not dated by its subject's "years ago"."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from tests.db.dates.event_rows import days_placed as placed


def values(text: str, dct: datetime.date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def on_title(got: dict[str, set[str]], words: str) -> set[str]:
    """The dates of the events whose title begins with `words`."""
    return {s for t, days in got.items() if t.startswith(words) for s in days}


def test_a_quotation_in_a_relative_clause_keeps_the_story_day() -> None:
    # a walking column: the farmer's quoted words are an aside on him, not the writer's report
    text = (
        "Lunch was served at noon on Friday 2 October. I ate the trout, talked to a farmer who "
        'calls the valley "the last quiet place", and slept until four.'
    )
    assert on_title(placed(text, datetime.date(2026, 10, 20)), "I ate the trout") == {"2026-10-02"}


def test_the_writers_dateless_clauses_go_on_the_trip_day_past_a_history() -> None:
    # a ferry crossing written up three weeks on, with the ship's history between
    text = (
        "Crossings | Saturday 24 October 2026\n\n"
        "The Isle of Carna ferry sails from Oban twice a week, and on Monday 5 October it left "
        "at 08.30 sharp. The route opened in 1878; the present ship was launched in 1994. The "
        "heater in my cabin came on at Mull and would not switch off.\n\n"
        "I was on deck at 11.40 off Carna Point, with the engines stopped. A fishing boat had "
        "drifted across our bows, a deckhand told me. We docked at 13.15."
    )
    got = placed(text, datetime.date(2026, 10, 24))
    assert on_title(got, "The heater in my cabin came on") == {"2026-10-05"}
    assert on_title(got, "A fishing boat had drifted") == {"2026-10-05"}  # hours before 11.40
    assert on_title(got, "The route opened") == {"1878"}


def test_a_speakers_own_years_keep_their_clauses() -> None:
    # an interview by questions: the speaker's past is told by its years, not the interview day
    text = (
        "Mona Keel retires as harbour master on Friday. She spoke to us on Sunday.\n\n"
        "How did it start?\nI signed on as a deckhand in the spring of 1991. My first winter "
        "was that December. I was seasick for a week.\n\n"
        "And now?\nWe had two callouts yesterday, both for kayaks."
    )
    got = placed(text, datetime.date(2027, 8, 30))
    assert "2027-08-29" not in on_title(got, "I was seasick")


def test_a_ledes_perfect_participle_takes_the_day_it_is_retold_on() -> None:
    # `lede_retold` serves the same participle told again ("were born") as well as the stem
    text = (
        "Two Bactrian camel calves have been born at Harlow Farm Park, its owners said.\n\n"
        "The calves were born on 9 May, a week apart, and are both feeding well."
    )
    got = placed(text, datetime.date(2026, 5, 20))
    assert on_title(got, "Two Bactrian camel calves have been born") == {"2026-05-09"}
    # "has been in" is no participle of a happening: the year after "since" keeps it
    text = (
        "The Ashby Psalter has been in the county library since 1951.\n\n"
        "It was shown at the British Museum on 3 May."
    )
    assert on_title(placed(text, datetime.date(2026, 5, 20)), "The Ashby Psalter") == {"1951"}


def test_a_day_soon_to_come_after_a_plans_later_year_is_this_years() -> None:
    # a transport story: the trams' year is a plan's; the buses' stop comes this January
    text = (
        "New trams, ordered in May 2025, are due to enter service in the summer of 2029; until "
        "then the buses carry on. From 6 January the buses will also stop at the hospital.\n\n"
        "The council hopes to finish the depot in 2028. On 4 March it will open a ticket office."
    )
    got = values(text, datetime.date(2026, 11, 20))
    assert got["6 January"] == "2027-01-06"
    assert got["4 March"] == "2028-03-04"  # months off: the later year named holds


def test_a_month_in_a_predicate_after_last_year_is_the_publications() -> None:
    # a business brief in June: "last year" dates the passengers, the fine is this February
    text = (
        "The airline carried 9 million passengers last year and was fined by the regulator in "
        "February for late refunds.\n\n"
        "Last year the bakery doubled its output and in April it opened a second shop."
    )
    got = values(text, datetime.date(2026, 6, 10))
    assert got["February"] == "2026-02"
    assert got["April"] == "2025-04"  # "Last year" framing the sentence holds it all


def test_a_quoted_notes_plans_are_seen_from_the_day_it_names() -> None:
    # a late postcard: "We come home on Sunday" was to come when it was written
    text = (
        "A postcard sent from a school trip in 1979 has reached its address, forty-seven years "
        'late.\n\nAnn Gray, 58, said it arrived on Monday. It reads: "Dear Mum, today is '
        'Thursday 12th July 1979 and we are in Whitby. We come home on Sunday."'
    )
    rows = dated_sentences(text, datetime.date(2026, 5, 20))
    home = [d for d in rows if d.title.startswith("We come home")]
    assert [(d.start, d.status) for d in home] == [("1979-07-15", "planned")]


def test_a_ledes_perfect_is_not_dated_by_its_subjects_years_ago() -> None:
    # "ago" dates the participle in the subject ("lost ... thirty years ago"): English does not
    # date a perfect by it: the loss is 1996's, and the finding the day the next paragraph's
    # first sentence tells it on ("dug it up on Sunday", `lede_nearest`; the publication day
    # before session 17)
    text = (
        "A wedding ring lost in a potato field by a farmer's wife thirty years ago has been "
        "found by a metal detectorist.\n\n"
        "The detectorist, Paul Greer, dug it up on Sunday afternoon near Ballyclare."
    )
    got = placed(text, datetime.date(2026, 5, 14))
    assert on_title(
        got, "A wedding ring lost in a potato field by a farmer's wife has been found"
    ) == {"2026-05-10"}
    assert got["A wedding ring lost in a potato field by a farmer's wife"] == {"1996"}
