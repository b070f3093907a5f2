""" "the hard winter of 1947", "the hot summer of 1911", "the wet spring of 1879": a season
named by its year with a word for its weather or its length before it is that season, and TimeML
keeps the whole phrase, "the" and the adjective inside, as it keeps "the late summer of 1918".
Only with "of" and a year: "the hard winter" alone is no date, and "a hard winter" some winter.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import SEASON_FIRST_MONTH, SEASONS, YEAR, year_of
from .table import Ctx, Groups, Res, make, rule

# what a writer says of a season's weather or length (also a trigger word after "the":
# `triggers.THE_FOLLOWERS`)
SEASON_WORDS = (
    "hard harsh severe bitter cold freezing snowy icy mild wet dry hot warm long great terrible "
    "dreadful wretched glorious fine scorching sweltering rainy stormy"
).split()


@rule(
    "described_season",
    rf"(?i:the)\s+(?i:{'|'.join(SEASON_WORDS)})\s+"
    rf"(?P<s>(?i:spring|summer|autumn|fall|winter))\s+(?i:of)\s+(?P<y>{YEAR})"
    r"(?P<y2>[-–/](?:\d{4}|\d\d?)(?!\d))?",
    starts="the",
)
def _described_season(g: Groups, c: Ctx) -> Res | None:
    """The season of that year (of the first year of a winter's two, "of 1846-7"), its whole
    phrase marked."""
    month, year = SEASON_FIRST_MONTH[SEASONS[g.lower("s")]], year_of(g.req("y"))
    res = make((dt.date(year, month, 1), "season"), explicit_year=True)
    if g["y2"] and int(g["y2"][1:]) != (year + 1) % 10 ** len(g["y2"][1:]):
        res.end = g.end("y")  # "of 1914-17": not one winter's two years
    return res
