"""A weekday with "next" or "week" after it, as British and older American papers write: "Monday
next" is the coming Monday, "Sunday week" (and "a week on Sunday") the Sunday after it. Both
count from the writer's day, never back: the words say it is ahead.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAY, WEEKDAYS
from ..periods import ymd
from .table import Ctx, Groups, Res, make, rule

# "Monday next week", "Friday next door": "next" belongs to the words after it
_NEXT_OWNS = re.compile(r"\s+(?:week|month|year|time|day|door|to)\b", re.IGNORECASE)


@rule(
    "weekday_next",
    rf"(?:(?P<a>(?i:a))\s+(?i:week)\s+(?i:on)\s+(?P<wd2>{WEEKDAY})"
    rf"|(?P<wd>{WEEKDAY})\s+(?P<w>(?i:next|week)))(?![\w'’-])",
    starts="a #weekday",
)
def _weekday_next(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    name = g["wd"] or g.req("wd2")
    if not name[0].isupper():
        return None
    if g["w"] and g.lower("w") == "next" and _NEXT_OWNS.match(c.after()):
        return None
    wd = WEEKDAYS[name.lower()]
    d = c.dct + dt.timedelta(days=(wd - c.dct.weekday() - 1) % 7 + 1)  # the coming one
    if g["a"] or g.lower("w") == "week":
        d += dt.timedelta(days=7)
    return make((d, "day"), "DATE", ymd(d), relative=True)
