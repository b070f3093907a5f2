"""A day of the month with "past" after it, as older letters and account books write the last
such day before the writer's ("the storm of the 28th past", written on 2 August: 28 July); the
same count as "the 28th ult." when the day is later in the month than the writer's, else this
month's. The writer's day is the publication date, a quoted letter's or an entry's heading.
"""

from __future__ import annotations

import datetime as dt

from ..periods import shift
from .common import _date
from .table import Ctx, Groups, Res, make, rule


@rule(
    "day_past",
    r"(?:(?i:the)\s+)(?P<d>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\s+(?i:past)"
    r"(?![\w'’-]|\s+(?i:the|a|an|his|her|its|their)\b)",
    starts="the",
)
def _day_past(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    day, month = int(g.req("d")), c.dct.replace(day=1)
    if day >= c.dct.day:
        month = shift(month, -1, "month")
    d: dt.date | None = _date(month.year, month.month, day)
    return make((d, "day"), relative=True) if d else None
