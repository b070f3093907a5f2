"""Lists of bare days of the month: every day of "on the 4th, 11th and 18th" is a date, the later
ones without "on" or "the"; ordinals of a noun ("the 9th and 10th holes") are not. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 5, 13)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_later_days_of_a_list_drop_the_article() -> None:
    got = values("Garden waste will be collected on the 18th, 25th and 29th.")
    assert (got["the 18th"], got["25th"], got["29th"]) == ("2026-05-18", "2026-05-25", "2026-05-29")


def test_a_list_of_days_as_the_subject_is_dated() -> None:
    got = values("It was a wet spring month: only the 2nd, the 5th and the 11th were frost-free.")
    assert (got["the 2nd"], got["the 5th"], got["the 11th"]) == (
        "2026-05-02",
        "2026-05-05",
        "2026-05-11",
    )


def test_each_day_of_a_pair_gets_an_event() -> None:
    starts = {
        str(e.start)
        for e in dated_sentences("Heavy showers on the 6th and 7th flooded the ring road.", DCT)
    }
    assert {"2026-05-06", "2026-05-07"} <= starts


def test_ordinals_of_a_noun_are_no_days() -> None:
    assert values("She birdied the 9th and 10th holes in the club final.") == {}
    assert values("The 1st and 2nd Battalions marched north.") == {}
