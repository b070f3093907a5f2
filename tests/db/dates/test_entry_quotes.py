"""A log's or diary's entry quoted with its day named after it, or before the colon that opens
it (`entry_quotes`): "today" inside is the entry's day. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_today_in_an_entry_whose_day_follows_the_quotation() -> None:
    got = values(
        'The lock-keeper was a man of few words. "Ice on the cut today, no boats," runs the '
        "entry for 9 February 1895."
    )
    assert got["today"] == "1895-02-09"


def test_today_in_an_entry_dated_before_its_colon() -> None:
    got = values(
        "Her first entry, dated Monday 4 September 1905, reads: \"Opened the new infants' "
        'room today. Thirty on the roll."'
    )
    assert got["today"] == "1905-09-04"


def test_a_recent_entry_leaves_today_to_the_publication_date() -> None:
    got = values('"Quiet on the ward today," runs the entry for 3 May 2026.')
    assert got["today"] == "2026-05-07"
