"""Ranges of dates as CLDR writes them (Babel's interval formats): what the two ends share is
said once, "15–17 March 2012", "15 March – 2 April 2012", "30 December 2011 – 2 January 2012",
"March – May 2011". One locale for everyone (the viewer's English, day before month), so that a
screenshot is the same on every machine."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import parse_pattern

from viewer.timeline.ticks import FULL_MONTHS, year_label

LOCALE = Locale.parse("en_001")  # international English: "15 March 2012", "15–17 March 2012"
DAYS, MONTHS, YEARS = "yMMMd", "yMMMM", "y"  # CLDR skeletons of the three resolutions
_FIELDS = ("y", "M", "d")  # the greatest field in which two dates differ, largest first


@cache
def _halves(skeleton: str, field: str) -> tuple[str, str]:
    """The interval pattern's two halves for dates that first differ in `field`, months in
    full: CLDR English has day ranges only with abbreviated months ("MMM"); the widths of the
    skeleton asked for are the ones to use (UTS #35, interval formats)."""
    first, second = LOCALE.interval_formats[skeleton][field]
    if skeleton == DAYS:
        first, second = (p.replace("MMM", "MMMM") for p in (first, second))
    return first, second


def _interval(skeleton: str, a: tuple[int, int, int], b: tuple[int, int, int]) -> str:
    one = dt.date(*a)
    if a == b or (skeleton != DAYS and a[:2] == b[:2]) or (skeleton == YEARS and a[0] == b[0]):
        return parse_pattern(_halves(skeleton, _FIELDS[0])[1]).apply(one, LOCALE)
    other = dt.date(*b)
    field = next(f for f, x, y in zip(_FIELDS, a, b, strict=True) if x != y)
    first, second = _halves(skeleton, field)
    return parse_pattern(first).apply(one, LOCALE) + parse_pattern(second).apply(other, LOCALE)


def separator() -> str:
    """What stands between two dates said in full: the locale's ("\u2009–\u2009")."""
    return _halves(YEARS, "y")[0].removeprefix("y")


def _in_calendar(*years: int) -> bool:
    return all(dt.MINYEAR <= y <= dt.MAXYEAR for y in years)  # Python's dates, Babel's too


def day_range(y0: int, m0: int, d0: int, y1: int, m1: int, d1: int) -> str:
    """Two days, what they share said once: "15–17 March 2012"."""
    if _in_calendar(y0, y1):
        return _interval(DAYS, (y0, m0, d0), (y1, m1, d1))
    first, last = f"{d0} {FULL_MONTHS[m0 - 1]}", f"{d1} {FULL_MONTHS[m1 - 1]}"
    if (y0, m0, d0) == (y1, m1, d1):
        return f"{first} {year_label(y0)}"
    return f"{first} {year_label(y0)}{separator()}{last} {year_label(y1)}"  # before year 1: in full


def month_range(y0: int, m0: int, y1: int, m1: int) -> str:
    """Two months: "March – May 2011", "November 2010 – February 2011"."""
    if _in_calendar(y0, y1):
        return _interval(MONTHS, (y0, m0, 1), (y1, m1, 1))
    first = f"{FULL_MONTHS[m0 - 1]} {year_label(y0)}"
    last = f"{FULL_MONTHS[m1 - 1]} {year_label(y1)}"
    return first if first == last else f"{first}{separator()}{last}"


def year_range(y0: int, y1: int) -> str:
    """Two years: "2010 – 2013" ("501 BCE – 401 BCE" before year 1)."""
    if _in_calendar(y0, y1):
        return _interval(YEARS, (y0, 1, 1), (y1, 1, 1))
    return year_label(y0) if y0 == y1 else f"{year_label(y0)}{separator()}{year_label(y1)}"
