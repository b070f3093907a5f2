"""A programme for later on the publication day, told in the present, is planned ("the semi-final
starts at 14:00 today", "the awards follow this evening"); what the clause tells as done stays
happened. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 10, 12)


def status(text: str) -> str:
    (event,) = dated_sentences(text, DCT)
    return event.status


def test_a_timetable_present_with_a_clock_time_today_is_planned() -> None:
    assert status("The second semi-final starts at 14:00 today in Hall B.") == "planned"


def test_an_untagged_programme_verb_this_evening_is_planned() -> None:
    assert status("The awards ceremony follows this evening at the town hall.") == "planned"
    assert status("The revival of the musical opens tonight at the Playhouse.") == "planned"


def test_a_past_verb_today_stays_happened() -> None:
    assert status("The planning board met at 10 a.m. today behind closed doors.") == "happened"
    assert status("Firefighters put out the blaze this afternoon.") == "happened"
