"""Dates written the old ways: the Roman days of a month ("the Ides of March", "the Kalends of
January", "the Nones of December"), dual years of the English legal year ("13 February
1688/89", "January 1688/9": the later, New Style year) and dates marked Old Style ("1 November
1688 (Old Style)", "O.S."), which TIMEX3 writes in the Gregorian calendar (ISO 8601).
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import DAY, MONTH, MONTH_FULL, YEAR_DIGITS
from ..story_years import bc_stand_in
from .absolute import _bc, _bc_era
from .anchoring import _anchored, pick_year_anchored
from .common import _date, _day, _month
from .early_years import EARLY
from .table import Ctx, Groups, Res, make, rule

# The Nones are the 7th and the Ides the 15th in March, May, July and October; else the 5th
# and the 13th. The Kalends are the 1st.
_LONG_MONTHS = {3, 5, 7, 10}


def roman_day(name: str, month: int) -> int:
    """The day of `month` that the Kalends, Nones or Ides ("kalends", "nones", "ides") name."""
    name = name.lower()
    if name in ("kalends", "calends"):
        return 1
    if name == "nones":
        return 7 if month in _LONG_MONTHS else 5
    return 15 if month in _LONG_MONTHS else 13


@rule(
    "roman_day",
    r"(?:(?i:the)\s+)?(?P<w>Kalends|Calends|Nones|Ides)\s+(?i:of)\s+"
    rf"(?P<mon>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR_DIGITS}|{EARLY}|[1-9]\d?)"
    rf"(?:\s*{_bc_era('era')})?|\s+(?P<that>(?i:that|the\s+same)\s+year))?(?![\w/])",
    starts="the kalends calends nones ides",
)
def _roman_day(g: Groups, c: Ctx) -> Res | None:
    """ "the Ides of March 44 BC", "on the Kalends of January", "the Nones of December that
    year": a day of the month, its year as any day's."""
    month = _month(g.req("mon"))
    day = roman_day(g.req("w"), month)
    if g["y"] and g["era"]:
        year = int(g.req("y"))
        return _bc(f"BC{year:04d}-{month:02d}-{day:02d}", bc_stand_in(year, month, day, "day"))
    if g["y"]:
        if len(g.req("y")) < 3:
            return None  # a year under 100 needs its era
        d = _date(int(g.req("y")), month, day)
        return make((d, "day"), explicit_year=True) if d else None
    if g["that"]:
        year_of_text = _anchored(c, 0, "year").point
        if year_of_text is None:
            return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
        return make((dt.date(year_of_text[0].year, month, day), "day"), from_ref=True)
    picked, anchored = pick_year_anchored(c, month, day)
    if picked is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return make((dt.date(picked, month, day), "day"), yearless=True, relative=not anchored)


def _later_year(first: str, tail: str) -> int | None:
    """The second year of a dual year ("1688/89", "1688/9"): the year after the first, or None
    when the tail does not end it."""
    year = int(first)
    later = year + 1
    return later if str(later).endswith(tail) and len(tail) < len(first) else None


@rule(
    "dual_year_date",
    rf"(?:(?:(?P<d>{DAY})\s+(?:(?i:of)\s+)?)?(?P<mon>{MONTH})|(?P<mon2>{MONTH})\s+(?P<d2>{DAY}))"
    rf",?\s+(?P<y>{YEAR_DIGITS}|{EARLY})/(?P<y2>\d{{1,2}})(?!\d)",
    starts="#digit #month",
)
def _dual_year_date(g: Groups, c: Ctx) -> Res | None:
    """ "13 February 1688/89", "January 1688/9", "February 12th 1688/9" (account books and
    letters put the month first): a date of January to March before 1752 in England, when the
    legal year began on 25 March; the later year is the modern one."""
    year = _later_year(g.req("y"), g.req("y2"))
    if year is None:
        return None
    month = _month(g["mon"] or g.req("mon2"))
    day = g["d"] or g["d2"]
    if not day:
        return make((dt.date(year, month, 1), "month"), explicit_year=True)
    d = _date(year, month, _day(day))
    return make((d, "day"), explicit_year=True) if d else None


def julian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Julian calendar date (None if there is no such day), by way of
    its Julian day number."""
    if day > 29 and _date(2000, month, day) is None:
        return None
    if month == 2 and day == 29 and year % 4:
        return None
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    try:
        return dt.date.fromordinal(jdn - 1721425)
    except (ValueError, OverflowError):
        return None


@rule(
    "old_style_date",
    rf"(?:(?P<d>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH}),?\s+|(?P<mon2>{MONTH})\s+"
    rf"(?P<d2>{DAY}),?\s+)(?P<y>{YEAR_DIGITS}|{EARLY})(?:/(?P<y2>\d{{1,2}}))?"
    r"(?P<os>,?\s*\(?\s*(?:(?i:Old\s+Style)|O\.\s?S\.?(?!\w))\s*\)?)",
    starts="#digit #month",
)
def _old_style_date(g: Groups, c: Ctx) -> Res | None:
    """ "sailed on 1 November 1688 (Old Style)": the Julian date, written as the Gregorian
    one (1688-11-11); the mark itself is not part of the expression."""
    year = int(g.req("y"))
    if g["y2"]:
        later = _later_year(g.req("y"), g.req("y2"))
        if later is None:
            return None
        year = later
    month = _month(g["mon"] or g.req("mon2"))
    d = julian_to_gregorian(year, month, _day(g["d"] or g.req("d2")))
    if d is None:
        return None
    res = make((d, "day"), explicit_year=True)
    res.end = g.end("os") - len(g.req("os"))
    return res
