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


# "Tomorrow"/"tonight" opening a clause told in the present: a plan of the told now, the
# publication day's or a diarist's day long past.


def test_tomorrow_with_a_present_verb_in_a_diary_is_planned() -> None:
    got = [
        (e.start, e.status)
        for e in dated_sentences(
            "Sunday, 9 March 1902. Reached the pass at noon. Tomorrow we cross to the lake.",
            DCT,
        )
    ]
    assert ("1902-03-10", "planned") in got


def test_tonight_opening_a_coordinate_clause_is_planned() -> None:
    text = "The choir first sang the cantata in 1958, and tonight we sing it for the third time."
    statuses = {e.start: e.status for e in dated_sentences(text, DCT)}
    assert statuses["1958"] == "happened"
    assert statuses["2026-10-12"] == "planned"


def test_tonight_with_a_state_or_a_past_stays_happened() -> None:
    assert status("Tonight the harbour is quiet under the snow.") == "happened"
    assert status("Tonight we lit the lamps along the quay.") == "happened"
