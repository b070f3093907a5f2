"""A clock time set by a timetable's present in news, after a day gone by: "A parcel came on
Thursday. The fair opens at 3pm" (in Saturday's paper) is 3pm today, not on the Thursday the
story last named. What "opens", "starts" or "kicks off" at an hour is still to come, so the
hour is the publication day's (a day named with it, or in its sentence, is taken before this).
Used by `clock._on_day`."""

from __future__ import annotations

import datetime as dt

from ..tense import PAST
from ..timetable_present import to_come
from .table import Ctx

_NEWS_DAYS = 7  # the past day the story is on is this close to the DCT: news, not a history


def timetable_hour_today(c: Ctx, day: dt.date) -> bool:
    """Whether the clock time at `c`, which would take the story's past `day`, is set by a
    timetable's present verb and so falls on the DCT."""
    dct = c.dct
    if dct is None or not dct - dt.timedelta(days=_NEWS_DAYS) <= day < dct:
        return False
    before = c.before()
    if not before.endswith(("at ", "from ")):
        return False  # the cheap guard
    return c.tense() != PAST and to_come(before)
