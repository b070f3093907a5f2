""" "On 3 and 4 July", "the 18th, 19th and 20th May", "between 2 and 4 December", "from 9 to 12
March": a bare day number before the last day of a list or a run, with its month, is a day of
that month. After one day and "and", "or", "to", "until" ("between 2 and 4 December") it takes
the year the next date took (`day_before_month_day`: TimeML marks it apart from "4 December");
a longer list joined by commas and "and"/"or"/"&" (`shared_month_day`) shares the month and its
year. "3 and 4 percent" has no month after it and is no date."""

from __future__ import annotations

import datetime as dt

from ..lexicon import MONTH_FULL, WEEKDAY, WEEKDAYS, YEAR, year_of
from .anchoring import pick_year_anchored
from .common import _date, _month
from .table import Ctx, Groups, Res, make, rule

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@rule(
    "day_before_month_day",
    # a weekday may lead either day: "from Monday 21 to Thursday 24 December"
    rf"(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    rf"(?=\s+(?:and|or|to|until|till)\s+(?:{WEEKDAY}\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{MONTH_FULL}\b)",
    starts="#digit monday tuesday wednesday thursday friday saturday sunday",
)
def _day_before_month_day(g: Groups, c: Ctx) -> Res | None:
    point = c.peek_next(2)
    if point is None or point[1] != "day":
        return None
    day = int(g.req("d"))
    try:
        d = dt.date(point[0].year, point[0].month, day)
    except ValueError:
        return None  # "31 and 1 May"
    if d > point[0]:
        return None  # "30 to 2 December": no such run in one month
    if g["wd"] and WEEKDAYS[g.lower("wd")] != d.weekday():
        return None  # "Monday 22 to ..." where the 22nd is no Monday: not that month's day
    c.basis = "next"
    return make((d, "day"))


@rule(
    "shared_month_day",
    r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?=(?:\s*,\s*{_DAY})*\s*,?\s+(?:and|or|&)\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?"
    rf"(?P<mon>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR}))?(?![\w-]))",
    starts="#digit",
)
def _shared_month_day(g: Groups, c: Ctx) -> Res | None:
    if c.before()[-1:].isdigit() or c.before()[-1:] in ".,/:-":
        return None  # inside a figure: "1,3 and", "2.3 and"
    month, day = _month(g.req("mon")), int(g.req("d"))
    if g["y"]:
        year, anchored, explicit = year_of(g.req("y")), True, True
    else:
        picked, anchored = pick_year_anchored(c, month, day)
        if picked is None:
            return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
        year, explicit = picked, False
    d = _date(year, month, day)
    if d is None:
        return None
    return make((d, "day"), explicit_year=explicit, yearless=not explicit, relative=not anchored)
