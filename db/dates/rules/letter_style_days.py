"""Days as older letters and newspapers write them, counted from the writer's day (the
publication date, or a quoted letter's or issue's day):
- "the 12th inst." (instant: of this month; "Friday the 12th inst." with its weekday), "the 24th
  ult." (ultimo: of last month), "the 3rd prox." (proximo: of next month), the abbreviation
  inside the span as TimeML keeps it;
- "Wednesday last", "Tuesday next" ("Friday night last" with its part of the day): a weekday
  with "last" or "next" after it is the one before or after the writer's day, as "last
  Wednesday" and "next Tuesday" are ("on Monday next week", "Friday next door" and "Friday next
  to the bank" are not). The one rule for a postposed "next" ("Tuesday week" and "a week on
  Tuesday" are `weekday_next`'s).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..lexicon import WEEKDAY, WEEKDAYS
from ..periods import shift, ymd
from .common import _weekday_from
from .table import Ctx, Groups, Res, make, rule

_MONTH_STEP = {"inst": 0, "instant": 0, "ult": -1, "ulto": -1, "ultimo": -1, "prox": 1}
_MONTH_STEP |= {"proximo": 1}


@rule(
    "day_of_letter_month",
    rf"(?:{WEEKDAY},?\s+)?(?:(?i:the)\s+)?(?P<d>[12]\d|3[01]|0?[1-9])"
    r"(?:(?i:st|nd|rd|th)|(?<=[23])d)?\s+"  # "the 2d inst.": the older ordinal
    r"(?P<w>(?i:inst|instant|ult|ulto|ultimo|prox|proximo))(?:\.|(?![\w'’-]))",
    starts="#weekday the #digit",
)
def _day_of_letter_month(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    month = shift(c.dct.replace(day=1), _MONTH_STEP[g.lower("w")], "month")
    day = int(g.req("d"))
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    res = make((month.replace(day=day), "day"), relative=True)
    if len(g.req("w")) > 4:  # "the 9th instant.": the stop ends the sentence, not a short form
        res.end = g.end("w")
    return res


# what may not follow a postposed "last"/"next": a unit ("Monday next week", "Friday next day"),
# "to" ("next to"), "door"; or more of the word
_NOT_AFTER = re.compile(
    r"\s+(?i:week|weekend|month|year|term|season|time|day|to|door|of|one)\b|[\w'’-]"
)


@rule(
    "weekday_last_next",
    rf"(?:(?i:the)\s+)?(?P<wd>{WEEKDAY})"
    # "on Friday night last": the part of the day between (a deposition's, a letter's style)
    r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
    r"\s+(?P<rel>(?i:last|next))",  # "since the Monday last"
    starts="#weekday the",
)
def _weekday_last_next(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None or _NOT_AFTER.match(c.after()):
        return None
    forward = g.lower("rel") == "next"
    day: dt.date = _weekday_from(c.dct, WEEKDAYS[g.lower("wd")], forward, inclusive=False)
    if g["part"]:
        return make((day, "day"), "TIME", f"{ymd(day)}T{_PARTS[g.lower('part')]}", relative=True)
    return make((day, "day"), relative=True)


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
