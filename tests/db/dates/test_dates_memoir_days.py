"""A first-person memoir that names its year once (narrative held-out 21): an amount counted to
a happening in apposition to the day just named, "on the 30th I ...", and a clock time with "the
next morning". Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 6)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


def test_weeks_after_a_birthday_in_apposition_are_an_amount_and_the_day_holds() -> None:
    got = found(
        "I joined the ship at Leith on the morning of 4 May 1921, two weeks after my twentieth "
        "birthday. The next afternoon we sailed for Iceland."
    )
    assert got["two weeks"] == ("DURATION", "P2W")
    assert got["The next afternoon"] == ("TIME", "1921-05-05TAF")


def test_a_day_in_apposition_names_the_happening_s_day_but_the_story_stays() -> None:
    text = "The ferry reached Oban on 4 May 1921, two days after the gale. The next day it left."
    got = found(text)
    assert got["two days after"] == ("DATE", "1921-05-02")  # the gale's day, as TimeBank has it
    assert got["The next day"] == ("DATE", "1921-05-05")


def test_the_nth_before_a_pronoun_is_a_day_of_the_story_s_month() -> None:
    got = found(
        "In early June the company was moved to the coast, and on the 19th I was given leave. "
        "We came back in July, and on the 30th of the month we sailed."
    )
    assert got["the 19th"] == ("DATE", "2026-06-19")
    assert got["the 30th"] == ("DATE", "2026-07-30")
    text = "The company landed in June 1917, and on the 19th I was given leave."
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    assert ("1917-06-19", "day") in {(r["start"], r["precision"]) for r in rows}


def test_a_clock_time_in_words_the_next_morning_is_on_the_day_after() -> None:
    got = found(
        "We reached the hut on 11 August 1934, and at a quarter to five the next morning we set "
        "off for the ridge."
    )
    assert got["a quarter to five the next morning"] == ("TIME", "1934-08-12T04:45")
    got = found("They met on 3 June 1921; at half past nine the following evening they signed.")
    assert got["half past nine the following evening"] == ("TIME", "1921-06-04T21:30")
    got = found("The envoys met on 3 June 1921 at half past nine in the morning.")
    assert got["half past nine in the morning"] == ("TIME", "1921-06-03T09:30")
