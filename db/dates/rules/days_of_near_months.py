""" "The 23rd of last month", "the 4th of next month", "the 9th of this month": that day of the
month before, after or of the writer's day (the publication date, or a quoted letter's or
diary entry's day), as "the 23rd ult." is (`letter_style_days`), not the month alone."""

from __future__ import annotations

import calendar

from ..periods import shift
from .table import Ctx, Groups, Res, make, rule

_STEP = {"last": -1, "this": 0, "next": 1}


@rule(
    "day_of_near_month",
    r"(?i:the)\s+(?P<d>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\s+(?i:of)\s+"
    r"(?P<w>(?i:last|this|next))\s+(?i:month)(?![\w'’-])",
    starts="the",
)
def _day_of_near_month(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    month = shift(c.dct.replace(day=1), _STEP[g.lower("w")], "month")
    day = int(g.req("d"))
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    return make((month.replace(day=day), "day"), relative=True)
