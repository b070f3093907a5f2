""" "Ostravia will bring in the permit on 1 January 2027. ... a visa issued before 1 January":
a year-less day named again a sentence or two after the same day with its year is that date,
whatever the tense around it. Only the same day and month, written with a year in the text
just before (`_REACH` characters), or told as a feast of a year that falls on it ("came at Whitsun
1973 ... 'Sunday 10th June. Up at six.'": a quoted diary's heading).
"""

from __future__ import annotations

import calendar
import re

from .table import Ctx
from .weekday_years import weekday_fits

_REACH = 600  # characters back: a sentence or two
_MONTH_NAMES = [calendar.month_name[m] for m in range(13)]


def year_named_before(c: Ctx, month: int, day: int, weekday: int | None = None) -> int | None:
    """The year of the same day and month written with a year just before the match, unless
    the weekday given with it misses that year ("unveiled on 14 March 1894 ... next year it falls
    on Sunday 14 March": an anniversary, not the day again)."""
    name = _MONTH_NAMES[month]
    lo = max(0, c.begin - _REACH)
    feast = _feast_before(c, lo, month, day)
    if feast is not None:
        return feast if weekday_fits(feast, month, day, weekday) else None
    window = c.text[lo : c.begin]
    if name[:3] not in window or str(day) not in window:  # the cheap tests first
        return None
    short = rf"{name[:3]}(?:{name[3:]}|\.)?"
    found = re.findall(
        rf"(?<!\d)(?:{day}(?:st|nd|rd|th)?\s+{short}|{short}\s+{day}(?:st|nd|rd|th)?,?)\s+(\d{{4}})\b",
        window,
    )
    if not found:
        return None
    year = int(found[-1])
    return year if weekday_fits(year, month, day, weekday) else None


def _feast_before(c: Ctx, lo: int, month: int, day: int) -> int | None:
    """The year of the same day told just before as a feast or a day of its year ("came at
    Whitsun 1973 ... 'Sunday 10th June. Up at six.'"), else None."""
    for m in reversed(c.told):
        if m.begin < lo:
            return None
        point = m.res.point
        if (
            point is not None
            and point[1] == "day"
            and m.res.explicit_year
            and (point[0].month, point[0].day) == (month, day)
        ):
            return int(point[0].year)
    return None
