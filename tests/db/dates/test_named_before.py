"""A named time counted back: "the Christmas before" (from the text's time), "the summer before
last" (from the writer's day), "the week before Easter" (an ISO week). Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 10, 8)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_feast_or_month_before_counts_back_from_the_texts_time() -> None:
    got = values("The mill was sold in 2008. Its founder had died the Christmas before.")
    assert got["the Christmas before"] == "2007-12-25"
    got = values("She took her seat in 1997, having lost narrowly the March before.")
    assert got["the March before"] == "1996-03"
    got = values("The club folded in 1984. It had been relegated the spring before.")
    assert got["the spring before"] == "1983-SP"


def test_the_new_year_after_a_christmas_before_is_the_following_year() -> None:
    got = values(
        "By 2015 the shop had gone. The owners sold up the Christmas before and left in the "
        "new year."
    )
    assert got["the Christmas before"] == "2014-12-25" and got["the new year"] == "2015"


def test_a_feast_before_something_named_is_not_counted_back() -> None:
    got = values("The mill was sold in 2008. They met the Christmas before the sale.")
    assert "the Christmas before" not in got


def test_before_last_is_one_further_back_than_last() -> None:
    assert values("We camped there the summer before last.")["the summer before last"] == (
        "2025-SU"
    )
    assert values("The roof leaked the winter before last.")["the winter before last"] == (
        "2024-WI"
    )
    assert values("They won the cup the year before last.")["the year before last"] == "2024"


def test_the_week_before_or_after_a_feast_is_an_iso_week() -> None:
    got = values("The new ferry entered service in 2022, the week before Easter that year.")
    assert got["the week before Easter that year"] == "2022-W15"  # Easter: 17 April 2022
    got = values("The depot shut the week after Christmas 2021.")
    assert got["the week after Christmas 2021"] == "2021-W52"
