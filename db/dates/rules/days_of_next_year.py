"""A day or a month with its year counted from the story's: "on 12 April of the following
year", "in March of the next year", "by 3 May of the previous year". The year words belong to
the date (one date in the year after or before the text's last point); read apart, the day
took the story's year and "the following year" made a second event.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import DAY, MONTH
from .common import _date, _day, _month
from .table import Ctx, Groups, Res, make, rule

_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
_YEAR_WORDS = (
    r",?\s+(?i:of)\s+(?i:the)\s+(?P<rel>(?i:following|next|previous|preceding))\s+(?i:year)\b"
)


def _year(g: Groups, c: Ctx) -> int | None:
    if c.ref is None or c.ref[0].year < 1000:  # no story time, or a BC year's stand-in
        return None
    c.basis = "ref"
    return c.ref[0].year + _STEP[g.lower("rel")]


@rule(
    "day_month_of_next_year",
    rf"(?:(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<mon>{MONTH})|(?P<mon2>{MONTH})\s+(?P<d2>{DAY})){_YEAR_WORDS}",
    starts="#digit #month",
)
def _day_month(g: Groups, c: Ctx) -> Res | None:
    year = _year(g, c)
    if year is None:
        return None
    d = _date(year, _month(g["mon"] or g.req("mon2")), _day(g["d"] or g.req("d2")))
    return make((d, "day"), from_ref=True) if d else None


@rule("month_of_next_year", rf"(?P<mon>{MONTH}){_YEAR_WORDS}", starts="#month")
def _month_of(g: Groups, c: Ctx) -> Res | None:
    year = _year(g, c)
    if year is None:
        return None
    return make((dt.date(year, _month(g.req("mon")), 1), "month"), from_ref=True)
