"""A quoted entry's heading takes the year told right after the quotation, and its times count
from that day (`rules.quoted_heading_years`, `headed_quotes`). Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_an_entry_then_is_from_its_year() -> None:
    text = (
        "The gardener's books are terse. "
        '"Aug. 3. First house martins at the school, 6 a.m." is from 1927 and is one of many.'
    )
    got = values(text)
    assert got["Aug. 3"] == "1927-08-03"
    assert got["6 a.m."] == "1927-08-03T06:00"


def test_an_entry_with_its_year_in_brackets() -> None:
    text = 'Her shortest entry is "May 9: hail all afternoon" (1911).'
    assert values(text)["May 9"] == "1911-05-09"
