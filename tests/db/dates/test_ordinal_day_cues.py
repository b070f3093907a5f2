"""A day of the story's month written alone ("the 12th"): after a part of that day ("on the
morning of the 12th") or a record's entry for it ("the log's entry for the 12th"), before a
named subject and its past verb ("On the 29th Morrow wrote"), and a few days back from a story
day that was only looked ahead to. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 11, 3)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_part_of_the_day_of_an_ordinal() -> None:
    got = found(
        "The ice came down the valley on 9 February 1855. The keeper found the sluice "
        "jammed on the evening of the 11th and sent for help."
    )
    assert got["the 11th"] == "1855-02-11"


def test_a_record_entry_for_an_ordinal() -> None:
    got = found(
        "The barn caught fire on Friday 6 October 1899. The bailiff's log has one entry "
        "for the 7th: nothing saved."
    )
    assert got["the 7th"] == "1899-10-07"


def test_a_named_subject_and_its_past_verb_after_the_ordinal() -> None:
    got = found(
        "The clerk posted the notice on 2 June 1811. On the 5th Morrow wrote to the bishop."
    )
    assert got["the 5th"] == "1811-06-05"


def test_a_day_back_from_a_day_looked_ahead_to() -> None:
    # the story's day moved to the Saturday looked ahead to (the 16th); the 14th is two days
    # back, not a month on
    got = found(
        "On 9 May 1772 the mate was ordered to sail on the Saturday following. On the 14th "
        "the owners met at the Angel."
    )
    assert got["the 14th"] == "1772-05-14"


def test_near_misses_stay_alone() -> None:
    got = found(
        "The company marched out on 3 April 1915. The men of the 9th Lancers stood by, and a "
        "morning of the 19th century came to mind; they kept the minutes for the 2nd time."
    )
    assert "the 9th" not in got
    assert "the 19th" not in got
    assert "the 2nd" not in got


def test_a_later_ordinal_still_goes_forward_to_the_next_month() -> None:
    got = found("The ship left Leith on 20 August 1790, and on the 3rd she reached Bergen.")
    assert got["the 3rd"] == "1790-09-03"
