"""A season in words quoted from a month of a year long past, with no day the introducing words
name ("The surveyor reported to the sessions in January 1810: 'I have put a ferry across until
the spring.'"): the writer's now is that month (`quoted_letters.month_quotation`), so "the
spring" is the first one from it, 1810's; told in the past ("we lost the crop in the summer")
the last one begun before it. Used by `calendar._season` where the quotation has no day to
count from."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import shift
from ..tense import PAST
from .table import Ctx, Res, make

# a bound still to come from the writer's month: "until the spring", "by the summer"
_AHEAD_BEFORE = re.compile(r"(?i)\b(?:until|till|by|before|for)\s+(?:the\s+)?$")


def month_quote_season(c: Ctx, code: str, month: int) -> Res | None:
    """The season `code` (first month `month`) counted from the month a quotation was written
    in, where the quotation has no writer's day (`c.dct` None inside a dated text) and the
    reference time is that month; else None."""
    ref = c.ref
    if c.dct is not None or c.pub is None or ref is None or ref[1] != "month":
        return None
    if ref[0].year > c.pub.year - 2:
        return None  # only a writing of a year long past
    first = ref[0]
    ahead = _AHEAD_BEFORE.search(c.before()[-20:]) is not None  # "until the spring"
    if not ahead and c.tense() == PAST:  # the last one begun before the month
        year = max(y for y in (first.year - 1, first.year) if dt.date(y, month, 1) <= first)
    else:  # the first one not over by the month: "until the spring" written in January
        year = min(
            y
            for y in (first.year - 1, first.year, first.year + 1)
            if shift(dt.date(y, month, 1), 1, "season") > first
        )
    return make((dt.date(year, month, 1), "season"), from_ref=True)
