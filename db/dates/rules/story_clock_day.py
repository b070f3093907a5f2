""" "On Thursday 22 October the train left at 21.42. The carriages were built in 1986. Dinner
was served until 23.00.": a clock time told in the past, after a story told by the clock and only
background years or months since, is on the story's day, not the publication day.
`clock._on_day` asks `story_day` where no reference of a day (or a moment in it) is at hand."""

from __future__ import annotations

import datetime as dt
import re

from ..tense import PAST
from .anchoring import HISTORY_YEARS
from .table import Ctx

# a clock time, or a part of a day named with it ("on Wednesday afternoon ... at about 4pm")
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(?:\d\d:\d\d|MO|AF|EV|NI)")
_REACH = 700  # characters back to the story's clock: a paragraph of background at most


def story_day(c: Ctx) -> dt.date | None:
    """The day of the last clock time told before this one, in the past of the publication
    date, if every date told since it is coarser than a day (years, months: background) and the
    sentence is in the past; else None."""
    if c.dct is None or c.writer or c.tense() != PAST:
        return None
    for m in reversed(c.told):
        if m.begin >= c.begin:
            continue
        if c.begin - m.end > _REACH:
            return None
        point = getattr(m.res, "point", None)
        if point is None:
            continue
        if point[1] != "day":
            continue  # "built in 1986": background, the story's day still holds
        # the story is told by the clock: the last day told has a clock time ("it left at
        # 21.42"); a day named without one ("was shot at 10 p.m." after "on April 8") is not
        day = point[0]
        if day.year <= c.dct.year - HISTORY_YEARS:
            return day  # a history's day: "on 2 July 1868 ... Play began at half past eleven"
        if not any(
            _CLOCK.match(f"{getattr(t.res, 'value', '')}") and t.res.point[0] == day
            for t in c.told
            if t.begin < c.begin
        ):
            return None
        return day if day < c.dct else None
    return None
