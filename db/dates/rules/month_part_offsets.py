"""A counted time in apposition to a part of a month: "announced the rise in early December, a
fortnight after the regulator approved it". The phrase names the time of what it counts from,
that many days or weeks before (or after) the part of the month; where the part so moved lies
wholly in one month, that month is the phrase's ("early December" less a fortnight is late
November). A plain month ("in December, a week after ...") leaves the month unknown, as before.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..lexicon import MONTH_FULL, MONTHS
from ..periods import Point

# the part of the month just before the phrase: "in early December, ", "late March 2024, "
_PART_BEFORE = re.compile(
    rf"(?i)\b(?P<part>early|mid|late)[-\s]+(?P<m>{MONTH_FULL})(?:\s+(?P<y>\d{{4}}))?\s*,\s*$"
)
# the days of each part: early 1-10, mid 11-20, late 21 to the month's end
_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_DAYS_OF = {"day": 1, "week": 7, "fortnight": 14}


def month_part_shift(before: str, ref: Point | None, n: int, unit: str) -> Point | None:
    """The month of a phrase counting `n` `unit`s (days or weeks; negative: back) from the part
    of the month that ends `before`, if the moved part lies in one month; else None."""
    if ref is None or ref[1] != "month" or unit not in _DAYS_OF or not before.endswith(", "):
        return None
    m = _PART_BEFORE.search(before[-40:])
    if m is None or MONTHS[m["m"].lower()[:3]] != ref[0].month:
        return None
    year, month = ref[0].year, ref[0].month
    first, last = _PARTS[m["part"].lower()]
    last = min(last, calendar.monthrange(year, month)[1])
    step = dt.timedelta(days=n * _DAYS_OF[unit])
    lo, hi = dt.date(year, month, first) + step, dt.date(year, month, last) + step
    if (lo.year, lo.month) != (hi.year, hi.month):
        return None
    return dt.date(lo.year, lo.month, 1), "month"
