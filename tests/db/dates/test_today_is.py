"""A note, letter or diary that names its own day after "today is" tells what "today" is.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 4, 9)


def spans(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_today_is_the_day_a_quoted_note_names() -> None:
    got = spans(
        'The card read: "I am Anna and I am nine. Today is Friday 3rd July 1981 and we are at sea."'
    )
    assert got["Today"] == "1981-07-03"


def test_a_diary_day_in_the_american_order() -> None:
    got = spans('His logbook opens: "Today was Monday, June 5, 1944, and the sea was grey."')
    assert got["Today"] == "1944-06-05"


def test_today_without_a_named_date_is_the_publication_day() -> None:
    got = spans("Today is the last day for entries, the organisers said.")
    assert got["Today"] == "2026-04-09"
