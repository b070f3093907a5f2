""" "the year following", "the October following", "the 12th of August following", "the Sunday
following": older prose puts "following" after what it counts, meaning the next such period or
day after the one the story is on. Only where "following" ends its phrase: "the year following
the war" is "following" as a preposition, counted from the war, not from the story's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..lexicon import MONTH_FULL, MONTHS, WEEKDAY, WEEKDAYS
from ..periods import Point, shift, start_of
from .anchoring import GRAN_RANK, _anchored
from .table import Ctx, Groups, Res, make, rule

# what may follow a postposed "following": the phrase's end, or a new clause's subject
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:and|but|when|he|she|it|they|we|I|there)\b)")


def _after_story(c: Ctx) -> dt.date | None:
    """The day a date "following" must come after: the day the story is on; the first day of
    its month or season ("in the spring of 1832 ... on the 3rd of May following" is that May);
    the last day of its year. None where the story is on no year or finer. A time named earlier
    in the sentence is the one it follows, even where the story's time stayed on a finer day
    before it ("..., who bought the site in 1851 and had it running by the following Christmas"
    after a day of 1958)."""
    point = story_point(c)
    if point is None:
        return None
    ref, gran = point
    if gran == "year":
        return shift(start_of(ref, gran), 1, gran) - dt.timedelta(days=1)
    return start_of(ref, gran)


def story_point(c: Ctx) -> Point | None:
    """The time a "following" or "previous" date counts from: the last one named in the sentence
    (year or finer), else the story's; None where neither is a year or finer."""
    for point in (c.sent_ref, c.ref):
        if point is not None and GRAN_RANK[point[1]] <= GRAN_RANK["year"] and point[1] != "week":
            return point
    return None


@rule(
    "postposed_following_unit",
    r"(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?i:following)(?![\w-])",
    starts="the",
)
def _unit_following(g: Groups, c: Ctx) -> Res | None:
    if not _ENDS_PHRASE.match(c.after()):
        return None
    return _anchored(c, 1, g.lower("unit"))


@rule(
    "postposed_following_date",
    r"(?i:the)\s+(?:(?P<d>[12]\d|3[01]|[1-9])(?i:st|nd|rd|th)\s+(?i:of)\s+)?"
    rf"(?:(?P<m>{MONTH_FULL})|(?P<wd>{WEEKDAY}))\s+(?i:following)(?![\w-])",
    starts="the",
)
def _date_following(g: Groups, c: Ctx) -> Res | None:
    last = _after_story(c)
    if last is None or (g["d"] and g["wd"]):
        return None
    # a named day or month "following" the story's: the next one after it ("on the Sunday
    # following the bells were rung"), whatever comes after it
    if g["wd"]:  # the first such weekday after the day the story is on
        if c.ref is None or c.ref[1] != "day":
            return None
        ahead = (WEEKDAYS[g.lower("wd")] - c.ref[0].weekday() - 1) % 7 + 1
        return make((c.ref[0] + dt.timedelta(days=ahead), "day"), from_ref=True)
    month, day = MONTHS[g.lower("m")[:3]], int(g["d"]) if g["d"] else None
    for year in range(last.year, last.year + 5):  # 29 February may be years away
        if day is not None and day > calendar.monthrange(year, month)[1]:
            continue
        when = dt.date(year, month, day or 1)
        if when > last:
            return make((when, "day" if day else "month"), from_ref=True)
    return None
