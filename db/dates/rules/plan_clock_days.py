"""A clock time of a plan whose story day has gone by: "The station announced her departure on
Friday, a week after she told colleagues. Her final programme will run from 6am to 10am" is
not on the day a week before Friday (the story's last day) but on a day to come. The day is the
last day to come the text has named (her last show "on Friday 18 December"); without one the
clock keeps the story's day as before."""

from __future__ import annotations

import datetime as dt
import re

from .table import Ctx

# the plan's own words before the clock time, in its sentence ("to 9am" alone is no plan)
_WILL = re.compile(r"(?i)\b(?:will|shall)\s|['’]ll\s|\b(?:is|are)\s+(?:due\s+|set\s+)?to\s+[a-z]")

_REACH = 31  # days before the publication date a story's day may be for this to apply
_AHEAD = 400  # days after it a named day may be
_BACK = 24  # mentions looked through


def plan_day(c: Ctx, ref_day: dt.date) -> dt.date | None:
    """The last day to come named before the clock time at `c`, where `ref_day` (the story's
    day the clock would take) is a recent day gone by and the clause is a plan (future)."""
    dct = c.dct
    if dct is None or not (dct - dt.timedelta(days=_REACH) <= ref_day < dct):
        return None
    if not _WILL.search(c.text, c.sent_begin, c.begin):
        return None
    for m in reversed(c.told[-_BACK:]):
        point = m.res.point
        if point is None or point[1] != "day" or not isinstance(point[0], dt.date):
            continue
        day = point[0]
        if dct < day <= dct + dt.timedelta(days=_AHEAD):
            return day
    return None
