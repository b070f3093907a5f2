"""A four-digit number before a unit of measure is an amount, not a year, even after a word that
opens a time ("won the 1500 metres", "a ship of 1500 tons")."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 9)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_race_distance_is_no_year() -> None:
    got = found("At the 1948 Games in London she won the 1500 metres by two seconds.")
    assert got["1948"] == "1948"
    assert "1500" not in got


def test_a_tonnage_is_no_year_and_does_not_anchor_the_month_after_it() -> None:
    got = found("The harbour took its first ship of 1800 tons in May 1871.")
    assert got == {"May 1871": "1871-05"}


def test_a_year_before_a_name_or_a_clause_stays_a_year() -> None:
    assert found("In 1999 M. Dupont resigned as mayor.") == {"1999": "1999"}
    assert found("In 1850 the railway reached the town.") == {"1850": "1850"}
