"""A bare weekday in a story told by days long past: "The ship sailed from Leith on Thursday 3
March 1921. On Friday morning it reached Bergen" is Friday 4 March 1921, the first such day from
the story's day on, not the Friday before the publication date. Only where the story is on a day
of a year long past whose weekday the text named, told a sentence or two back or as a story
(`Ctx.story`), and not in the present or future tense (news time: "The inquiry opens on
Friday"), save a future seen from the story's past ("she told me I would not start until
Friday", "the ship was to sail on Monday"). The day's weekday may have been named a few dates back
("on Thursday 10 May ... The next morning ... by noon. On Saturday"); in a story told by days, a
weekday opening the sentence ("The trial, on 4 June, failed. On Monday he wrote again") is its next
step while the text is still on the story's day. Used by `relative._weekday`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAY
from ..tense import FUTURE, PRESENT
from .anchoring import HISTORY_YEARS
from .common import _weekday_from
from .table import Ctx

_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b")
# a future seen from the story's past: "told me I would not start until Friday", "was to sail on
# Monday" (not "will", a plan of news time)
_FUTURE_IN_PAST = re.compile(r"\b(?:would|was\s+to|were\s+to)\s+(?:not\s+)?[a-z]+\b(?!.*\bwill\b)")
_DAY_UNITS = frozenset({"day", "hour", "minute", "second"})


def story_weekday(c: Ctx, wd: int) -> dt.date | None:
    """The day with weekday `wd` on or after the story's day, else None."""
    ref, dct = c.ref, c.dct
    if ref is None or dct is None or ref[1] not in _DAY_UNITS:
        return None
    if ref[0].year > dct.year - HISTORY_YEARS:
        return None
    if not (c.story or c.text_year == ref[0].year):
        return None
    # only from a day whose weekday the reader was told: "reached Palos on 15 March 1493.
    # Cities held parades on Monday" is news time again
    if (
        _WEEKDAY.search(c.ref_values.get("ref_words", (None, ""))[1]) is None
        and not _day_told(c)
        and not (c.story and _fronted(c))
    ):
        return None
    tense = c.tense()
    if tense == PRESENT or (tense == FUTURE and not _FUTURE_IN_PAST.search(c.before())):
        return None
    c.basis = "ref"
    return _weekday_from(ref[0], wd, forward=True, inclusive=True)


# "On Monday" opening the sentence, in a story told by days (`Ctx.story`): its next step ("The
# first trial, on 4 June, failed. On Monday he wrote again": the Monday after)
_FRONTED = re.compile(r"(?:On|By|Until|Till|From)\s+\Z")


def _fronted(c: Ctx) -> bool:
    """Whether the weekday, after a preposition, opens its sentence."""
    lead = c.text[c.sent_begin : c.begin].lstrip("\"'“‘ \n")
    if _FRONTED.fullmatch(lead) is None:
        return False
    # the text still on the story's day: no span since that may have moved it on ("Within a
    # few years it was the capital. On Thursday the anniversary was marked": news time)
    last = next((m for m in reversed(c.told) if m.begin < c.begin), None)
    point = None if last is None else last.res.point
    return point is not None and c.ref is not None and point[0] == c.ref[0]


_TOLD_BACK = 4  # how many of the last dates may carry the weekday the story's day came from
_TOLD_DAYS = 3  # how far the story's day may have moved on from it


def _day_told(c: Ctx) -> bool:
    """Whether the story's day was counted on from a day named with its weekday a few dates
    back: "on Tuesday 4 June 1850 ... The next morning ... by noon ... On Friday" (its weekday
    named three dates before the last)."""
    ref = c.ref
    assert ref is not None
    for m in reversed(c.told[-_TOLD_BACK:]):
        point = m.res.point
        if m.begin >= c.begin or point is None or point[1] != "day":
            continue
        if 0 <= (ref[0] - point[0]).days <= _TOLD_DAYS and _WEEKDAY.search(c.text, m.begin, m.end):
            return True
    return False
