"""Rules shown by a minute book (narrative held-out 27): a minute that opens by recording its
meeting and day is written on that day, so the clerk's "inst." and "next" count from the meeting;
the clerk's date forms ("the 4th day of October 1791", "the 3d of December", "Friday the 12th
instant", "Lady Day next"). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.happenings import HAPPENED, PLANNED

DCT = datetime.date(2026, 12, 7)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_a_minute_counts_inst_and_next_from_its_meeting_day() -> None:
    got = found(
        "The vestry's book is kept at the church.\n\n"
        "At a Vestry holden in the church on the 2d of March 1803, it was Ordered that the "
        "bell be recast before Michaelmas next, the founder having called on the 1st inst., and "
        "that the wardens meet again on Friday next.\n\n"
        "The bell still hangs in the tower, and was rung on Sunday."
    )
    assert got["the 2d of March 1803"] == ("DATE", "1803-03-02")
    assert got["Michaelmas next"][1] == "1803-09-29"
    assert got["the 1st inst."] == ("DATE", "1803-03-01")
    assert got["Friday next"] == ("DATE", "1803-03-04")
    assert got["Sunday"] == ("DATE", "2026-12-06")  # the editor's note: from the reader's day


def test_what_a_minute_orders_for_a_later_day_is_a_plan() -> None:
    text = (
        "At a Court of the Governors held the 9th of May 1811. The Steward reported that the "
        "roof was mended on the 2d inst. Ordered that the new wing be opened on Monday next."
    )
    got = {d.start: d.status for d in dated_sentences(text, DCT)}
    assert got["1811-05-02"] == HAPPENED
    assert got["1811-05-13"] == PLANNED


def test_the_clerk_s_date_forms() -> None:
    got = found("The lease was sealed on Wednesday the 5th day of June 1799.")
    assert got["Wednesday the 5th day of June 1799"] == ("DATE", "1799-06-05")
    got = found("The court sat on the 23d of April 1822 and rose on the 2d of May.")
    assert got["the 23d of April 1822"] == ("DATE", "1822-04-23")
    assert got["the 2d of May"][1] == "1822-05-02"
    got = found("The hall opens on Friday the 18th instant.")
    assert got["Friday the 18th instant"] == ("DATE", "2026-12-18")


def test_the_older_ordinal_and_postposed_next_need_their_context() -> None:
    got = found("A loaf cost 3d of the old money in May 1799.")
    assert "3d of the old money" not in " ".join(got)
    assert got["May 1799"] == ("DATE", "1799-05")
    got = found("We will see them at Christmas next year.")
    assert "Christmas next" not in got
    got = found("The rent falls due at Lady Day next.")
    assert got["Lady Day next"] == ("DATE", "2027-03-25")


def test_a_meeting_of_our_own_time_or_a_plain_paragraph_keeps_the_reader_s_day() -> None:
    got = found("At a meeting held on 1 December 2026 the club agreed to meet on Friday next.")
    assert got["Friday next"] == ("DATE", "2026-12-11")
    got = found("At the start of May 1802 the canal froze. The company met on Friday next.")
    assert got["Friday next"] == ("DATE", "2026-12-11")
