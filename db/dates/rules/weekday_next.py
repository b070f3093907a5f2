"""A weekday with "week" after it, as British papers write: "Sunday week" (and "a week on
Sunday") is the Sunday after the coming one, counted from the writer's day, never back: the words
say it is ahead. A fortnight reads the same way, a week further on: "Tuesday fortnight", "a
fortnight Tuesday" and "a fortnight on Tuesday" are the Tuesday two weeks after the coming one.
"Monday next" is `letter_style_days.weekday_last_next`'s.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAY, WEEKDAYS
from ..periods import ymd
from .common import _weekday_from
from .table import Ctx, Groups, Res, make, rule

# "for a fortnight on Tuesday", "a fortnight Monday to Friday": the fortnight is a length
_SPAN_AROUND = re.compile(r"(?i)(?:\bfor\s+$|^\s*(?:to|through|until|till|[-–])\s)")


@rule(
    "weekday_next",
    rf"(?:(?P<a>(?i:a))\s+(?P<aw>(?i:week\s+on|fortnight(?:\s+on)?))\s+(?P<wd2>{WEEKDAY})"
    rf"|(?P<wd>{WEEKDAY})\s+(?P<w>(?i:week|fortnight)))(?![\w'’-])",
    starts="a #weekday",
)
def _weekday_next(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    name = g["wd"] or g.req("wd2")
    if not name[0].isupper():
        return None
    ahead = (g["aw"] or g.req("w")).lower()
    if ahead.startswith("fortnight") and (
        _SPAN_AROUND.search(c.before()[-8:]) or _SPAN_AROUND.search(c.after()[:12])
    ):
        return None
    coming = _weekday_from(c.dct, WEEKDAYS[name.lower()], forward=True, inclusive=False)
    d = coming + dt.timedelta(days=14 if ahead.startswith("fortnight") else 7)
    return make((d, "day"), "DATE", ymd(d), relative=True)
