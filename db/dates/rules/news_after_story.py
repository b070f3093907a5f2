"""News time after a recent background story: a year-less date told in the past in a later
sentence of news goes back to the time of writing where the background no longer holds it.
"The ferry line opened in May 2023 and a second boat came a year later. The boats first sailed
together in January", written in October 2026, is this January: the story stands on a whole
year, and news names the year of a month gone by unless it is the last one. "Filming began in
February 2025 and stopped that spring. The Regal sold out every show on Boxing Day", written on
5 January 2027, is the Boxing Day just gone: a day a few weeks before the publication day, far
from the story's last point, is news. A story of a year long past (`HISTORY_YEARS`) keeps its
dates; so does a look back in the past perfect. `anchoring._text_year` asks it."""

from __future__ import annotations

import datetime as dt

from ..periods import start_of
from .table import Ctx

_JUST_GONE_DAYS = 31  # a day this close before the publication day is news ...
_FAR_FROM_STORY_DAYS = 62  # ... where the story's own would lie this far from its last point


def news_after_story(
    c: Ctx, year: int, cands: list[dt.date], ref: dt.date, history_years: int
) -> bool:
    """Whether a past-tense year-less date after a story of the recent `year` (told in an
    earlier sentence) is news time: the story stands on a whole year, or the date lies just
    before the publication day and far from the story's last point."""
    dct, point = c.dct, c.ref
    if dct is None or point is None or str(year) in c.text[c.sent_begin : c.sent_end]:
        return False
    if not dct.year - history_years < year < dct.year:
        return False
    if "had" in c.text[c.sent_begin : c.end]:  # "A scan in February had shown ...": a look back
        return False
    if point[1] == "year":  # a month or day of the sentence holds what follows it in it
        return point[0].year == year and c.sent_ref is None and c.year_told_before
    if point[1] not in ("day", "month", "season") or not cands:
        return False
    first = start_of(*point)
    for d in cands:
        own = d.replace(year=year) if not (d.month == 2 and d.day == 29) else None
        if own is None or not 0 <= (ref - d).days <= _JUST_GONE_DAYS:
            continue
        if abs((own - first).days) > _FAR_FROM_STORY_DAYS:
            return True
    return False
