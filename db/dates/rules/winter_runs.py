"""A run of days told without years that crosses New Year ("from 28 December to 3 February",
"between 20 December and 6 January") in a story that is on a day inside it: the run is the one
around the story's day, its first day in the year before. A story on 12 January 1841 that sums up
its frost as lasting "from 28 December to 3 February" means December 1840, not the December
eleven months on that "the story goes forward" would otherwise pick (`anchoring._onward`).
"""

from __future__ import annotations

import re

from ..lexicon import DAY, MONTH
from .common import _date, _day, _month
from .table import Ctx

# the run's opening word right before its first day ("from", "between")
_OPENS = re.compile(r"(?i)\b(?:from|between)\s+(?:the\s+)?$")
# its last day right after the first: "to 3 February", "and 6 January", "until February 3"
_LAST_DAY = re.compile(
    rf"\s*(?:[-–]|\s(?:to|until|till|through|and)\s)\s*(?:the\s+)?"
    rf"(?:(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})|(?P<mon2>{MONTH})\s+(?P<d2>{DAY}))(?![\d])"
)


def year_around_story(c: Ctx, year: int, month: int, day: int | None) -> int:
    """`year` for the run's first day at c.begin..c.end, or the year before it where the run
    then crosses New Year around the story's day (c.ref, a day or a month)."""
    ref = c.ref
    if day is None or ref is None or ref[1] not in ("day", "month"):
        return year
    if _OPENS.search(c.text, max(0, c.begin - 20), c.begin) is None:
        return year
    last = _LAST_DAY.match(c.text, c.end)
    if last is None:
        return year
    last_month = _month(last.group("mon") or last.group("mon2"))
    last_day = _day(last.group("d") or last.group("d2"))
    if (last_month, last_day) >= (month, day):
        return year  # "from 3 to 28 January": inside one year
    first, end = _date(year - 1, month, day), _date(year, last_month, last_day)
    if first is None or end is None:
        return year
    return year - 1 if first <= ref[0] <= end else year
