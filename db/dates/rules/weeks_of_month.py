"""A week counted within a month ("in the first week of January", "the last week of March
1917") or told by its last day ("the week to August 9", "the week ending 9 August"). TimeML has
no value of its own for the first; its value here is the ISO week that holds most of those seven
days (the one with the 4th, 11th, 18th or 25th, and for the last week the one with the fourth
day from the end), so "the first week of January" is always week 1, as ISO defines it. A week
told by its last day is the ISO week holding that day."""

from __future__ import annotations

import calendar

from ..lexicon import DAY, MONTH, YEAR
from .absolute import week_holding
from .anchoring import named_or_picked_year
from .common import _date, _day, _month
from .table import Ctx, Groups, Res, make, rule

# the middle day of the nth week of a month (its days 1-7, 8-14, ...)
_MIDDLE_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


@rule(
    "week_of_month",
    r"(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of)\s+"
    rf"(?P<mon>{MONTH})\b(?:,?\s+(?P<y>{YEAR})\b)?",
    starts="the",
)
def _week_of_month(g: Groups, c: Ctx) -> Res | None:
    month, nth = _month(g.req("mon")), g.lower("nth")
    year, anchored = named_or_picked_year(c, g["y"], month)
    if year is None:
        return None
    day = _MIDDLE_DAY.get(nth) or calendar.monthrange(year, month)[1] - 3
    d = _date(year, month, day)
    if d is None:
        return None
    if g["y"]:
        return make((d, "week"), explicit_year=True)
    return make((d, "week"), yearless=True, relative=not anchored)


# "the week to August 9", "the week ending 9 August", "the week ended Aug. 9, 2026"
@rule(
    "week_to_day",
    r"(?i:the)\s+(?i:week)\s+(?i:to|ending|ended)\s+(?:(?i:on)\s+)?"
    rf"(?:(?P<mon>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?P<mon2>{MONTH}))\b"
    rf"(?:,?\s+(?P<y>{YEAR})\b)?",
    starts="the",
)
def _week_to_day(g: Groups, c: Ctx) -> Res | None:
    """A week told by its last day: the (ISO) week holding that day."""
    month = _month(g["mon"] or g.req("mon2"))
    day = _day(g["d"] or g.req("d2"))
    return week_holding(g, c, month, day)
