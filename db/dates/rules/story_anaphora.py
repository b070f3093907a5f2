"""Which time "that summer", "January that year" and "that day" point back to in an article
that mixes news and history: a story told years back, then the news ("she said on Tuesday",
"Thirty years on, we tracked them down"), then the story again ("She left the town that
summer"). A demonstrative names a time already told that is not now (the present is "this
summer"), so where the last time named is the news present, it is the story's last time.
"""

from __future__ import annotations

import datetime as dt

from ..periods import Point, shift, start_of
from .table import Ctx

_PRESENT_DAYS = 14  # a time this near the publication date is the news, not the story
_STORY_YEARS = 2  # a story this many years back at least is the history the article retells
_DAY_GRANS = ("day", "hour", "minute", "second")
_DAY_LOOK_BACK = 8  # dates told since the story's day: "that day" looks no further back


def in_present(point: Point, dct: dt.date) -> bool:
    """Whether `point` reaches within `_PRESENT_DAYS` of the publication date."""
    first = start_of(point[0], point[1]) if point[1] not in _DAY_GRANS else point[0]
    last = shift(first, 1, point[1]) if point[1] not in _DAY_GRANS else first
    near = dt.timedelta(days=_PRESENT_DAYS)
    return first - near <= dct <= last + near


def story_ref(c: Ctx) -> Point | None:
    """The reference time of a demonstrative ("that year", "that summer", "June that year"):
    `c.ref`, unless it is the news present counted from the publication date ("on Tuesday",
    "last week", "Thirty years on" reaching this year) and a time at least `_STORY_YEARS`
    back was told before it; then that story's last time."""
    ref, dct = c.ref, c.dct
    if ref is None or dct is None or not in_present(ref, dct):
        return ref  # the cheap test first: most references are no news present
    for m in reversed(c.told):
        res = m.res
        point = res.point
        if point is None or res.type not in ("DATE", "TIME") or getattr(m, "comparison", False):
            continue
        if point == ref and res.explicit_year:
            return ref  # "in March 2026 ... that summer": the year was named
        if in_present(point, dct):
            continue
        return point if point[0].year <= dct.year - _STORY_YEARS else ref
    return ref


def last_story_day(c: Ctx) -> Point | None:
    """The day "that day" points back to where the last time named is coarser than a day ("the
    fire on 9 March 1976 ... fined in October ... was on the shift that day"): the last day
    told before it in the year of the story's time (past a look back to "the previous
    autumn"), a story's day, not the news present."""
    ref, dct = story_ref(c), c.dct
    if ref is None or dct is None or ref[1] not in ("month", "season", "quarter", "year"):
        return None
    for m in list(reversed(c.told))[:_DAY_LOOK_BACK]:
        point = m.res.point
        if point is None or m.res.type not in ("DATE", "TIME") or getattr(m, "comparison", False):
            continue
        if in_present(point, dct):
            return None
        if point[1] in _DAY_GRANS and point[0].year == ref[0].year:
            return (point[0], "day")
    return None
