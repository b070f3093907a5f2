"""A feast named with its date beside it, "St George's Day, 23 April 1412", "Easter Day, 11
April 695", "on Christmas Day, December 25, 1776": the feast is that day, in the year the date
beside it names (the feast's own words carry no year, and the story's year may be another).
Only where the date beside it is the feast's own day in that year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..lexicon import MONTHS

_BESIDE = re.compile(
    r",?\s+(?:(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Z][a-z]{2,8})\.?"
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?),?\s+(?P<y>\d{3,4})\b"
)


def year_beside(after: str, when: Callable[[int], dt.date]) -> int | None:
    """The year of the date in apposition at the start of `after`, where the feast (`when`
    gives its day in a year) falls on that day."""
    if not after.startswith((",", " ")):
        return None
    m = _BESIDE.match(after)
    if m is None:
        return None
    month = MONTHS.get((m["m"] or m["m2"]).lower().rstrip("."))
    day, year = int(m["d"] or m["d2"]), int(m["y"])
    if month is None or not 1 <= year <= 9999:
        return None
    try:
        told = dt.date(year, month, day)
    except ValueError:
        return None
    return year if when(year) == told else None


def day_beside(after: str) -> dt.date | None:
    """The full date in apposition at the start of `after` (", 18 October 1131"), whatever
    feast it follows: a local saint's day the feast tables do not hold is that day."""
    m = _BESIDE.match(after) if after.startswith((",", " ")) else None
    if m is None:
        return None
    month = MONTHS.get((m["m"] or m["m2"]).lower().rstrip("."))
    try:
        return None if month is None else dt.date(int(m["y"]), month, int(m["d"] or m["d2"]))
    except ValueError:
        return None
