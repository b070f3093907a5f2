""" "The following winter" told from a year is the winter that year runs into (`rules.calendar`'s
season_ref: "took a lease in 1998 and replanted the following winter" is 1998-WI, not a year
on), and a thing named for a feast ("grew Christmas trees", "sold Easter eggs") is no date
(`rules.holidays`). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 20)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_the_following_winter_after_a_year_is_the_one_it_runs_into() -> None:
    text = "The society bought the mill in 1911 and began to restore it the following winter."
    assert values(text)["the following winter"] == "1911-WI"


def test_the_following_winter_after_a_season_or_a_winter() -> None:
    assert (
        values("A drought struck in the summer of 1976; the following winter was mild.")[
            "the following winter"
        ]
        == "1976-WI"
    )
    assert (
        values("The lake froze in the winter of 1962, and again the following winter.")[
            "the following winter"
        ]
        == "1963-WI"
    )


def test_the_following_spring_after_a_year_is_a_year_on() -> None:
    text = "The old pier was pulled down in 2019 and a new one opened the following spring."
    assert values(text)["the following spring"] == "2020-SP"


def test_a_thing_named_for_a_feast_is_no_date() -> None:
    assert "Christmas" not in values("For forty years the field grew Christmas trees.")
    assert "Easter" not in values("The bakery sold Easter eggs all through April 2025.")
    assert values("The shop shuts at Christmas.")["Christmas"] == "2026-12-25"
