"""Small news rules of session 14: "go up from April 1" starts a change (no comparison), a
weekday inside a present expectation is to come, a live page's "Updated 11 a.m.:" stamp is of
the publication day. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

WEDNESDAY = datetime.date(2026, 8, 19)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


def test_go_up_from_a_date_is_a_planned_start_not_a_comparison() -> None:
    (event,) = dated_sentences("Parking charges will go up from October 1.", WEDNESDAY)
    assert (event.start, event.status, event.comparison) == ("2026-10-01", "planned", False)
    assert event.title.startswith("Parking charges will go up")


def test_a_weekday_in_a_present_expectation_is_to_come() -> None:
    assert values("Forecasters expect the heat to break on Saturday.")["Saturday"] == "2026-08-22"
    assert values("Talks are expected to resume on Monday.")["Monday"] == "2026-08-24"


def test_a_weekday_told_in_the_past_stays_behind() -> None:
    assert values("The ferry sailed on Monday as expected.")["Monday"] == "2026-08-17"


def test_an_update_stamp_is_of_the_publication_day() -> None:
    text = (
        "The blaze began on Monday afternoon in the hills above the reservoir.\n\n"
        "Updated 11 a.m.: Two more roads were closed."
    )
    assert values(text)["11 a.m."] == "2026-08-19T11:00"


def test_hours_counted_from_a_day_leave_it_the_same_day() -> None:
    text = (
        "The accused bought petrol at a garage on the night of 14 June, an hour before the "
        "fire. A camera showed a man near the warehouse at 11.40pm."
    )
    assert values(text)["11.40pm"] == "2026-06-14T23:40"
