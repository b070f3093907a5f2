"""A weekday with a day of the month and no month, as logs, diaries and journals head their
entries once the month is told ("Friday 3rd May 1850. ... Sunday 5th. ... Tuesday the 7th."):
the first day with that number and that weekday from the story's day on (or from the first day
of the week or month it is on), in its month or one of the next two. Where no such day has the
weekday named, the rule leaves the match to the plain weekday's; "Sunday 5th May" and "Sunday
the 5th of May" are the day-and-month rules', "Monday the 29th instant" is
`letter_style_days`'.
"""

from __future__ import annotations

from ..lexicon import MONTH, WEEKDAY, WEEKDAYS
from ..periods import start_of
from .common import _date
from .table import Ctx, Groups, Res, make, rule

_MONTHS_ON = 3  # the story's month and the next two


@rule(
    "weekday_day",
    rf"(?P<wd>{WEEKDAY}),?\s+(?:(?i:the)\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    rf"(?![\w/-]|\s*,?\s*(?:(?i:of)\s+)?{MONTH}\b|\s+(?i:inst|instant|ult|ultimo|prox|proximo)\b)",
    starts="#weekday",
)
def _weekday_day(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None or c.ref[1] not in ("day", "week", "month"):
        return None
    # from the story's day, or the first day of its week or month ("in the first week of
    # August 1842 ... On Monday the 8th")
    start, day, wd = start_of(*c.ref), int(g.req("d")), WEEKDAYS[g.lower("wd")]
    year, month = start.year, start.month
    for _ in range(_MONTHS_ON):
        d = _date(year, month, day)
        if d is not None and d >= start and d.weekday() == wd:
            c.basis = "ref"  # counted from the story's day: the story moves on to it
            return make((d, "day"), from_ref=True)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None
