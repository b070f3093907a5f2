""" "This Friday" in news is the Friday of the publication week while it is still to come ("This
Friday's widest release is a thriller", written on a Monday), whatever the verb; only a past verb
makes it the one gone by ("The film opened this Friday", written on a Sunday, is two days
back, and so is "this Tuesday" told in the past on a Thursday)."""

from __future__ import annotations

import datetime as dt

from ..tense import PAST
from .common import _weekday_from


def this_week_day(dct: dt.date, wd: int, tense: str | None) -> dt.date | None:
    """The weekday `wd` of the publication week (Monday to Sunday) if not yet gone by and the
    clause does not tell it as past; None where the tense decides."""
    if tense == PAST:
        return None
    day = _weekday_from(dct, wd, forward=True, inclusive=True)
    monday = dct - dt.timedelta(days=dct.weekday())
    return day if (day - monday).days < 7 else None
