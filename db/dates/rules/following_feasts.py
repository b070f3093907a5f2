""" "By the following Easter", "the next Christmas", "the previous Michaelmas": in a story, the
first such feast after the time the story is on (the last one before it for "previous"), as
"the following June" is a month's (`calendar._month_ref`); the time named last in the sentence
first (`postposed_following.story_point`). After a bare year, the first feast after its middle:
"In 1876 ... By the following Easter they had bought the plot" is Easter 1877, "bought the site
in 1851 and had the mill running by the following Christmas" Christmas 1851.
Without a story's time the holiday rule decides.
"""

from __future__ import annotations

import datetime as dt
import re

from ..periods import start_of
from .holidays import _HOLIDAY_RE, _HOLIDAYS
from .postposed_following import _after_story, story_point
from .table import Ctx, Groups, Res, make, rule

_BACK = ("previous", "preceding")


@rule(
    "following_feast",
    r"(?i:the)\s+(?P<w>(?i:following|next|previous|preceding))\s+"
    rf"(?P<h>(?i:{_HOLIDAY_RE}))(?![\w'’-])",
    starts="the",
)
def _following_feast(g: Groups, c: Ctx) -> Res | None:
    point = story_point(c)
    if not g.req("h")[0].isupper() or point is None:
        return None  # "the next new year" in lower case; no story time: the holiday rule
    name = re.sub(r"['’]", "'", " ".join(g.lower("h").split()))
    when = _HOLIDAYS.get(name if name in _HOLIDAYS else name.replace("s day", "'s day"))
    if when is None:
        return None
    if g.lower("w") in _BACK:
        first = start_of(*point)
        for year in range(first.year, first.year - 3, -1):
            if (day := when(year)) < first:
                return make((day, "day"), from_ref=True)
        return None
    last = _after_story(c)
    if last is None:
        return None
    if point[1] == "year":  # a year's happening is at its middle for all the text says
        last = dt.date(point[0].year, 7, 1)
    for year in range(last.year, last.year + 3):
        if (day := when(year)) > last:
            return make((day, "day"), from_ref=True)
    return None
