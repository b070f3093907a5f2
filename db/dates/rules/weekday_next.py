"""A weekday with "week" after it, as British papers write: "Sunday week" (and "a week on
Sunday") is the Sunday after the coming one, counted from the writer's day, never back: the words
say it is ahead. "Monday next" is `letter_style_days.weekday_last_next`'s.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import WEEKDAY, WEEKDAYS
from ..periods import ymd
from .common import _weekday_from
from .table import Ctx, Groups, Res, make, rule


@rule(
    "weekday_next",
    rf"(?:(?P<a>(?i:a))\s+(?i:week)\s+(?i:on)\s+(?P<wd2>{WEEKDAY})"
    rf"|(?P<wd>{WEEKDAY})\s+(?i:week))(?![\w'’-])",
    starts="a #weekday",
)
def _weekday_next(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    name = g["wd"] or g.req("wd2")
    if not name[0].isupper():
        return None
    coming = _weekday_from(c.dct, WEEKDAYS[name.lower()], forward=True, inclusive=False)
    d = coming + dt.timedelta(days=7)
    return make((d, "day"), "DATE", ymd(d), relative=True)
