"""A weekday set beside a date as its description: "were married on 2 June 1962, a wet
Saturday", "born on 5 March 1940, a Tuesday". The weekday names the date just told (a reader
checks it fits), not a day of the publication week. Used by `relative._weekday`."""

from __future__ import annotations

import datetime as dt
import re

from .table import Ctx

# ", a [wet] [and windy] ": the words between the date and its weekday (at most three)
_BETWEEN = re.compile(r"(?i),\s+(?:a|an|that|the)\s+(?:[a-z]+[\s-]+){0,3}")


def apposed_day(c: Ctx, weekday: int) -> dt.date | None:
    """The day the mention just before names, when the weekday at `c` follows it as ", a ..."
    and falls on it."""
    if not c.told or "," not in c.text[max(c.sent_begin, c.begin - 40) : c.begin]:
        return None  # cheap guard: no comma just before
    last = c.told[-1]
    point = last.res.point
    if (
        point is None
        or point[1] != "day"
        or last.end < c.sent_begin
        or point[0].weekday() != weekday
    ):
        return None
    gap = c.text[last.end : c.begin]
    if len(gap) > 40 or _BETWEEN.fullmatch(gap) is None:
        return None
    return point[0]
