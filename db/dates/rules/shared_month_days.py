""" "between 2 and 4 December", "on 18 and 19 May", "from 9 to 12 March": a bare day number
before "and", "or" or "to" and a day with its month is a day of that month, in the year the
next date takes. One DATE for the number alone (TimeML marks it apart from "4 December"); "3
and 4 percent" has no month after it and is no date."""

from __future__ import annotations

import datetime as dt

from ..lexicon import MONTH_FULL
from .table import Ctx, Groups, Res, make, rule


@rule(
    "day_before_month_day",
    r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"(?=\s+(?:and|or|to|until|till)\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{MONTH_FULL}\b)",
    starts="#digit",
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
    c.basis = "next"
    return make((d, "day"))
