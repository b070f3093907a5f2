""" "An inquiry the following February blamed the overloading. Her master had taken command only
in the summer": a year-less month or season told in the past perfect reaches back before the
story's point, so where it would fall after that point in the same year it is the year before's
(as a day is: `pluperfect_back`). Left alone: "had ... by the summer" (a deadline reached), a
month not after the story's point ("In June 1941 ... had landed in the spring").
"""

from __future__ import annotations

import datetime as dt
import re

from ..periods import start_of
from .table import Ctx

_PLUPERFECT_IN = re.compile(
    r"(?i)\bhad\s+(?:already\s+|first\s+|only\s+|just\s+|been\s+)?"
    r"[a-z]+(?:ed|en|wn|ne|t|ght|id|ck|ung)\b[^.;:,]{0,50}\bin\s+(?:the\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?$"
)
_FINE = ("day", "week", "month", "season", "hour", "minute", "second")


def month_told_back(c: Ctx, year: int, month: int, day: int | None) -> int:
    """`year`, or the one before where a past-perfect month or season would fall after the
    story's point in that year."""
    ref = c.ref
    if day is not None or ref is None or ref[0].year != year or ref[1] not in _FINE:
        return year
    tail = c.before()[-90:]
    if "had " not in tail or _PLUPERFECT_IN.search(tail) is None:
        return year  # the cheap test first
    if dt.date(year, month, 1) <= start_of(*ref):
        return year
    return year - 1
