"""A day with the year named relative to now: "on March 24 this year", "on 3 May last year",
"by June 30 next year". The year words belong to the day (one date in the publication date's
year, or the one before or after); read apart, the day took the story's year and "this year"
made a second event.
"""

from __future__ import annotations

from ..lexicon import DAY, MONTH
from .common import _date, _day, _month
from .table import Ctx, Groups, Res, make, rule

_YEAR_WORDS = r"\s+(?P<ry>(?i:this|last|next))\s+(?i:year)\b(?!['’])"


def _dated(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    year = c.dct.year + {"this": 0, "last": -1, "next": 1}[g.lower("ry")]
    d = _date(year, _month(g.req("mon")), _day(g.req("d")))
    return make((d, "day"), relative=True) if d else None


@rule(
    "month_day_of_named_year", rf"(?P<mon>{MONTH})\s+(?P<d>{DAY}),?{_YEAR_WORDS}", starts="#month"
)
def _month_day_year(g: Groups, c: Ctx) -> Res | None:
    return _dated(g, c)


@rule(
    "day_month_of_named_year",
    rf"(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<mon>{MONTH}),?{_YEAR_WORDS}",
    starts="#digit",
)
def _day_month_year(g: Groups, c: Ctx) -> Res | None:
    return _dated(g, c)
