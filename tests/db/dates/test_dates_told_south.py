""" "That winter" after a southern season of its name told just before, in an aside too, is that
season. Texts written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 2, 20)

VOYAGE = (
    "The brig left Hobart on 2 February 1841 and sailed for the ice, which stopped her on the "
    "20th; she turned back to Hobart, where her crew spent the southern winter. That winter the "
    "men rebuilt the rudder. In the southern summer she sailed south again."
)


def test_that_winter_is_the_southern_winter_just_told() -> None:
    got = {t.text: t.value for t in find_timexes(VOYAGE, DCT)}
    assert got["That winter"] == "1841-WI"
    assert got["southern summer"] == "1841-SU"


def test_without_a_southern_season_that_winter_is_the_northern_one() -> None:
    text = VOYAGE.replace("where her crew spent the southern winter", "where her crew rested")
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["That winter"] == "1840-WI"
