"""A weekday with "next" or "week" after it, as British and older American papers write: "Monday
next" is the coming Monday, "Sunday week" (and "a week on Sunday") the Sunday after it. Both
count from the writer's day, never back: the words say it is ahead. A fortnight reads the same
way, a week further on: "Tuesday fortnight", "a fortnight Tuesday" and "a fortnight on Tuesday"
are the Tuesday two weeks after the coming one.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAY, WEEKDAYS
from ..periods import ymd
from .table import Ctx, Groups, Res, make, rule

# "Monday next week", "Friday next door": "next" belongs to the words after it
_NEXT_OWNS = re.compile(r"\s+(?:week|month|year|time|day|door|to)\b", re.IGNORECASE)
# "for a fortnight on Tuesday", "a fortnight Monday to Friday": the fortnight is a length
_SPAN_AROUND = re.compile(r"(?i)(?:\bfor\s+$|^\s*(?:to|through|until|till|[-–])\s)")


@rule(
    "weekday_next",
    rf"(?:(?P<a>(?i:a))\s+(?P<aw>(?i:week\s+on|fortnight(?:\s+on)?))\s+(?P<wd2>{WEEKDAY})"
    rf"|(?P<wd>{WEEKDAY})\s+(?P<w>(?i:next|week|fortnight)))(?![\w'’-])",
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
    ahead = (g["aw"] or g.lower("w")).lower()
    if "fortnight" in ahead and (
        _SPAN_AROUND.search(c.before()[-8:]) or _SPAN_AROUND.search(c.after()[:12])
    ):
        return None
    if ahead.startswith("fortnight"):
        d += dt.timedelta(days=14)
    elif g["a"] or ahead == "week":
        d += dt.timedelta(days=7)
    return make((d, "day"), "DATE", ymd(d), relative=True)
