""" "The first fortnight was quiet", "During the second fortnight they built canoes": a fortnight
of the story's time, in a history (its last dated point a year long past). After a month ("came
into the line in April 1917") it is the month's days 1-14 (15-28, the last 14 for "the last");
after a day ("reached the fort on 6 June 1820") the stay begun that day, counted from it. Drawn
as the fourteen days, marked as TimeML does (a DURATION, "P2W"); "the first fortnight of any
new job" (an "of" after it) is no time."""

from __future__ import annotations

import calendar
import datetime as dt

from ..periods import ymd
from .anchoring import HISTORY_YEARS
from .table import Ctx, Groups, Res, rule

_NTH = {"first": 0, "second": 1, "last": -1, "final": -1}
_DAYS = 14


@rule(
    "story_fortnight",
    r"(?i:the)\s+(?P<nth>(?i:first|second|last|final))\s+(?i:fortnight)(?![\w'’-])"
    r"(?!\s+(?i:of|or|and)\b)",
    starts="the",
)
def _story_fortnight(g: Groups, c: Ctx) -> Res | None:
    ref = c.ref
    if ref is None or ref[1] not in ("month", "day") or c.dct is None:
        return None
    if ref[0].year > c.dct.year - HISTORY_YEARS:
        return None
    nth = _NTH[g.lower("nth")]
    if ref[1] == "month":
        first = ref[0].replace(day=1)
        if nth < 0:
            last_day = calendar.monthrange(first.year, first.month)[1]
            first = first.replace(day=last_day - _DAYS + 1)
        else:
            first += dt.timedelta(days=nth * _DAYS)
    elif nth < 0:
        return None  # the last fortnight of a stay whose end is not told
    else:
        first = ref[0] + dt.timedelta(days=nth * _DAYS)
    last = first + dt.timedelta(days=_DAYS - 1)
    c.basis = "ref"
    # the story stays in its month (no day of it was told), or moves to the fortnight's first day
    point = (first, "day") if ref[1] == "day" else ref
    res = Res("DATE", ymd(first), point, (ymd(first), ymd(last), "day"), from_ref=True)
    res.timeml = ("DURATION", "P2W", c.end)  # TimeML marks the fortnight as its length
    return res
