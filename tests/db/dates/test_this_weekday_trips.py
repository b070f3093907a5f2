""" "This Friday" is the publication week's Friday while it is to come, whatever the verb; a
trip or a fixture told in the present ("flies to Ottawa on Thursday", "plays Leeds on
Saturday") is to come. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

MONDAY = datetime.date(2027, 1, 4)


def values(text: str, dct: datetime.date = MONDAY) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_this_friday_before_a_possessive_is_still_to_come() -> None:
    got = values("This Friday's only new release is a Danish crime drama.")
    assert got["This Friday"] == "2027-01-08"


def test_this_friday_told_in_the_past_is_gone_by() -> None:
    sunday = datetime.date(2027, 1, 10)
    assert values("The comedy opened this Friday to poor reviews.", sunday)["this Friday"] == (
        "2027-01-08"
    )


def test_a_trip_in_the_present_is_planned() -> None:
    text = "The foreign secretary flies to Ottawa on Thursday for two days of trade talks."
    assert values(text)["Thursday"] == "2027-01-07"
    (event,) = dated_sentences(text, MONDAY)
    assert event.status == "planned"


def test_a_fixture_in_the_present_is_to_come() -> None:
    assert values("United plays Leeds on Saturday in the cup.")["Saturday"] == "2027-01-09"


def test_visits_after_a_count_is_a_noun() -> None:
    got = values("Two visits on Thursday were called off because of snow.")
    assert got["Thursday"] == "2026-12-31"
