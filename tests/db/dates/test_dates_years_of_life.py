"""A year of a life counted from the birth the text told: "in his thirtieth year", "the
sixty-fifth year of her age". Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_year_of_a_life_counts_from_the_birth() -> None:
    text = "The cantor was born in 1756. In his thirtieth year he married. That winter he was ill."
    got = values(text)
    assert got["his thirtieth year"] == "1785"  # the year his thirtieth year began in
    assert got["That winter"] == "1785-WI"
    got = values("The composer was born in 1756. He married in the thirtieth year of his age.")
    assert got["the thirtieth year of his age"] == "1785"
    got = values("Ada Wren (1815-1880) was a botanist. She died in the sixty-fifth year of her age")
    assert got["the sixty-fifth year of her age"] == "1879"


def test_a_short_or_unborn_year_of_a_life_is_none() -> None:
    # a small ordinal is a term's or a school's year; a year "as" or "at" something, too
    got = values(
        "The composer was born in 1756. In his third year he was made organist. In his "
        "fifteenth year as organist he retired."
    )
    assert "his third year" not in got and "his fifteenth year" not in got
    # no birth told: no calendar
    assert "his thirtieth year" not in values("In his thirtieth year he married.")
    # a reign counted: the reign's year (`regnal_years`)
    got = values(
        "The king came to the throne in 1300. He was born in 1280. In the third year of his "
        "reign he built a bridge. In his twentieth year he built a wall."
    )
    assert got["his twentieth year"] == "1319"
