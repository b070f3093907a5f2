"""A weekday told with its date that fits no year of the story but the publication's coming
months: after a history of the 1950s, "The exhibition opens on 2 April, and the curator speaks
on Thursday 14 January" (a Thursday in the year after the DCT's, not in the story's) is news
time, and so is every year-less date of the same sentence told in the present or future. A
reader checks the weekday; the story's year is no longer the one meant. Told in the future
("volunteers will start on Saturday 9 January"), a weekday that happens to fit the story's year
as well (one year in seven) is the coming one too.
Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTHS, WEEKDAYS
from ..tense import FUTURE, PAST
from .common import _date
from .table import Ctx

_AHEAD_DAYS = 300  # the coming months: a weekday's date this far after the DCT at most
_WEEKDAY_DATE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
    r"([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?![\w,]*\s*,?\s*\d)"  # no year of its own
)


def weekday_news(c: Ctx, story_year: int | None, tense: str | None) -> bool:
    """Whether the sentence of the date at `c` tells of a weekday's date that does not fit
    `story_year` but fits a day in the DCT's coming months, and the date is not told in the past."""
    if c.dct is None or story_year is None or story_year >= c.dct.year or tense == PAST:
        return False
    for m in _WEEKDAY_DATE.finditer(c.text, c.sent_begin, c.sent_end):
        weekday = WEEKDAYS[m.group(1).lower()]
        day, month = int(m.group(2)), MONTHS[m.group(3).lower()]
        story = _date(story_year, month, day)
        if story is not None and story.weekday() == weekday and tense != FUTURE:
            continue  # told with "will", a weekday fitting the story's year too is still ahead
        if _coming(c.dct, month, day, weekday):
            return True
    return False


def told_ahead(c: Ctx, month: int, day: int, weekday: int, tense: str | None) -> bool:
    """Whether a weekday's date told with "will" falls on that weekday in the DCT's coming
    months: the coming one, whatever long-past year the story was in."""
    return tense == FUTURE and c.dct is not None and _coming(c.dct, month, day, weekday)


def _coming(dct: dt.date, month: int, day: int, weekday: int) -> bool:
    """Whether `day` `month` on `weekday` falls in the months after `dct`."""
    for year in (dct.year, dct.year + 1):
        d = _date(year, month, day)
        if d is not None and d >= dct and (d - dct).days <= _AHEAD_DAYS:
            return d.weekday() == weekday
    return False
