""" "The last day of the month", "the first day of the year", "the last working day of the
month": that day of the month or year in focus (the story's, else the DCT's), not a duration of
one day; a working or business day is the nearest weekday inside the period. Only "the month"
or "that month" and "the year" or "that year": "the first day of the trial" counts from
something else."""

from __future__ import annotations

import calendar
import datetime as dt

from .anchoring import GRAN_RANK
from .table import Ctx, Groups, Res, make, rule


@rule(
    "day_of_period",
    r"(?i:the)\s+(?P<nth>(?i:first|last|final))\s+(?P<work>(?i:working|business)\s+)?"
    r"(?i:day)\s+(?i:of)\s+"
    r"(?i:the|that)\s+(?P<unit>(?i:month|year))(?![\w-])",
    starts="the",
)
def _day_of_period(g: Groups, c: Ctx) -> Res | None:
    unit = g.lower("unit")
    if c.ref is not None and GRAN_RANK[c.ref[1]] <= GRAN_RANK[unit]:
        focus, from_ref = c.ref[0], True
    elif c.dct is not None:
        focus, from_ref = c.dct, False
    else:
        return None
    first = g.lower("nth") == "first"
    if unit == "month":
        last = calendar.monthrange(focus.year, focus.month)[1]
        day = focus.replace(day=1 if first else last)
    else:
        day = dt.date(focus.year, 1, 1) if first else dt.date(focus.year, 12, 31)
    if g["work"]:  # "the last working day of the month": a weekday (bank holidays unknown)
        step = dt.timedelta(days=1 if first else -1)
        while day.weekday() >= 5:
            day += step
    return make((day, "day"), from_ref=from_ref)
