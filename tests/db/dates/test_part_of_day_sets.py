"""A part of the day that recurs, every day or on one weekday (`rules.part_of_day_sets`).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


def test_every_morning() -> None:
    got = found("The vans leave the depot every morning, rain or shine.")
    assert got["every morning"] == ("SET", "XXXX-XX-XXTMO")


def test_a_weekdays_evening_each_week() -> None:
    got = found("The choir rehearses each Friday evening in the school hall.")
    assert got["each Friday evening"] == ("SET", "XXXX-WXX-5TEV")
