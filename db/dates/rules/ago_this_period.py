""" "Three years ago this month", "A year ago this week", "Two years ago today": an anniversary
counted back from the publication date, the period named ("this month") of that many years
back, at its precision, not a year back and the current month as two expressions. Any count a
column heading gives ("Two hundred years ago today", "150 years ago this week"). So is "On this
day in 1908": the publication's day of the year named."""

from __future__ import annotations

import calendar
import datetime as dt

from ..lexicon import NUM, YEAR_DIGITS, number_of
from ..periods import PLACEHOLDER, shift
from .table import Ctx, Groups, Res, make, rule


@rule(
    "years_ago_this_period",
    rf"(?P<n>{NUM})\s+(?i:years?)\s+(?i:ago)\s+"
    r"(?:(?i:this)\s+(?P<p>(?i:month|week))|(?P<today>(?i:today)))(?![\w'’-])",
    starts="#digit #number",
)
def _years_ago_this_period(g: Groups, c: Ctx) -> Res | None:
    n = number_of(g.lower("n"))
    gran = "day" if g["today"] else g.lower("p")
    if n is None or c.dct is None:
        return Res("DATE", PLACEHOLDER[gran]) if n is not None else None
    back: dt.date = shift(c.dct, -n, "year")
    return make((back, gran), relative=True, offset=(-n, "year"))


@rule(
    "this_day_in_year",
    rf"(?P<day>(?i:this\s+day|this\s+date|today))\s+(?i:in)\s+(?P<y>{YEAR_DIGITS})(?![\w'’-])",
    starts="this today",
)
def _this_day_in_year(g: Groups, c: Ctx) -> Res | None:
    """ "On this day in 1908, the bridge collapsed", "Today in 1865": an anniversary column's
    or post's day of the publication date in the year named."""
    if c.dct is None:
        return None
    year = int(g.req("y"))
    if c.dct.month == 2 and c.dct.day == 29 and not calendar.isleap(year):
        return None
    return make((c.dct.replace(year=year), "day"), relative=True)
