"""Ranges of dates as CLDR writes them (Babel's interval formats): what the two ends share is
said once, "15–17 March 2012", "15 March – 2 April 2012", "30 December 2011 – 2 January 2012",
"March – May 2011". One locale for everyone (the viewer's English, day before month), so that a
screenshot is the same on every machine."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import parse_pattern

from viewer.timeline.ticks import FULL_MONTHS, MONTHS, year_label

LOCALE = Locale.parse("en_001")  # international English: "15 March 2012", "15–17 March 2012"
SK_DAYS, SK_MONTHS, SK_YEARS = "yMMMd", "yMMMM", "y"  # CLDR skeletons of the three resolutions
_FIELDS = ("y", "M", "d")  # the greatest field in which two dates differ, largest first


@cache
def _halves(skeleton: str, field: str, short: bool = False) -> tuple[str, str]:
    """The interval pattern's two halves for dates that first differ in `field`, months in
    full unless `short`: CLDR English has day ranges only with abbreviated months ("MMM");
    the widths of the skeleton asked for are the ones to use (UTS #35, interval formats)."""
    first, second = LOCALE.interval_formats[skeleton][field]
    if skeleton == SK_DAYS and not short:
        first, second = (p.replace("MMM", "MMMM") for p in (first, second))
    return first, second


def _interval(
    skeleton: str, a: tuple[int, int, int], b: tuple[int, int, int], short: bool = False
) -> str:
    one = dt.date(*a)
    if (
        a == b
        or (skeleton != SK_DAYS and a[:2] == b[:2])
        or (skeleton == SK_YEARS and a[0] == b[0])
    ):
        return parse_pattern(_halves(skeleton, _FIELDS[0], short)[1]).apply(one, LOCALE)
    other = dt.date(*b)
    field = next(f for f, x, y in zip(_FIELDS, a, b, strict=True) if x != y)
    first, second = _halves(skeleton, field, short)
    return parse_pattern(first).apply(one, LOCALE) + parse_pattern(second).apply(other, LOCALE)


def separator() -> str:
    """What stands between two dates said in full: the locale's ("\u2009–\u2009")."""
    return _halves(SK_YEARS, "y")[0].removeprefix("y")


def _in_calendar(*years: int) -> bool:
    return all(dt.MINYEAR <= y <= dt.MAXYEAR for y in years)  # Python's dates, Babel's too


def day_range(y0: int, m0: int, d0: int, y1: int, m1: int, d1: int, short: bool = False) -> str:
    """Two days, what they share said once: "15–17 March 2012" ("15–17 Mar 2012" `short`)."""
    if _in_calendar(y0, y1):
        return _interval(SK_DAYS, (y0, m0, d0), (y1, m1, d1), short)
    names = MONTHS if short else FULL_MONTHS
    first, last = f"{d0} {names[m0 - 1]}", f"{d1} {names[m1 - 1]}"
    if (y0, m0, d0) == (y1, m1, d1):
        return f"{first} {year_label(y0)}"
    return f"{first} {year_label(y0)}{separator()}{last} {year_label(y1)}"  # before year 1: in full


def month_range(y0: int, m0: int, y1: int, m1: int) -> str:
    """Two months: "March – May 2011", "November 2010 – February 2011"."""
    if _in_calendar(y0, y1):
        return _interval(SK_MONTHS, (y0, m0, 1), (y1, m1, 1))
    first = f"{FULL_MONTHS[m0 - 1]} {year_label(y0)}"
    last = f"{FULL_MONTHS[m1 - 1]} {year_label(y1)}"
    return first if first == last else f"{first}{separator()}{last}"


def year_range(y0: int, y1: int) -> str:
    """Two years: "2010 – 2013" ("501 BCE – 401 BCE" before year 1)."""
    if _in_calendar(y0, y1):
        return _interval(SK_YEARS, (y0, 1, 1), (y1, 1, 1))
    return year_label(y0) if y0 == y1 else f"{year_label(y0)}{separator()}{year_label(y1)}"
