"""What someone denies, admits or is charged with happened, whatever the tense of the charge: a
year-less feast or weekday in it is the one gone by. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2027, 11, 18)  # a Thursday, six weeks before New Year's Eve


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_denied_act_on_a_feast_is_the_last_one() -> None:
    text = (
        "The hearing of a 30-year-old roofer, who denies punching a taxi driver outside the "
        "station on New Year's Eve, was put off until January."
    )
    assert values(text)["New Year's Eve"] == "2026-12-31"


def test_a_charged_act_on_a_weekday_is_the_last_one() -> None:
    assert values("A teenager is charged with stealing a moped on Saturday.")["Saturday"] == (
        "2027-11-13"
    )


def test_a_plan_stays_ahead() -> None:
    assert values("The club will hold its New Year's Eve party on December 31.")["December 31"] == (
        "2027-12-31"
    )
