""" "On Thursday 22 October the train left at 21.42. The carriages were built in 1986. Dinner
was served until 23.00.": a clock time told in the past, after a story day and only background
years or months since, is on the story's day, not the publication day. `clock._on_day` asks
`story_day` where no reference of a day (or a moment in it) is at hand."""

from __future__ import annotations

import datetime as dt

from ..tense import PAST
from .table import Ctx

_REACH = 1500  # characters back to the story's day: a paragraph or two of background


def story_day(c: Ctx) -> dt.date | None:
    """The last day told before the clock time, in the past of the publication date, if every
    date told since it is coarser than a day (years, months: background) and the sentence is in
    the past; else None."""
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
        day = point[0]
        return day if day < c.dct else None
    return None
