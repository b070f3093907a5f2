"""A weekday told from the day the story is on, with "the" before it: "Last Easter, a crash on
the Saturday closed the road" is the Saturday of that Easter's weekend, and "schools return on
Monday 12 April, and the rush is expected on the Sunday before" the Sunday before that Monday
("the Friday after" the Friday after it); "the Wednesday morning" is that day's morning. "The
Saturday" alone is the one nearest the story's day, at the end of its phrase or fronted at the
sentence's start ("On the Thursday the board met"); with "before" or "after" ending the phrase,
the last one before it or the first after. A Thursday named a little before and dated ("'We
shall hear on Thursday.' On the Thursday ...") is the one "the Thursday" means. Where the story
is on no day, these are left to the bare weekday.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAY, WEEKDAYS
from ..periods import ymd
from .common import _weekday_from, weekday_of
from .table import Ctx, Groups, Res, make, rule

# what may follow: the phrase's end, or a new clause ("the Sunday before, when ...")
# ("the vet is here on the Wednesday for their test": a purpose's "for" opens no name)
_ENDS_PHRASE = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:and|but|when|as|with|closed|saw|for|to|while|so|because)\b)"
)
# a preposition opening the sentence before it: "On the Thursday the vestry met" (the clause's
# subject may follow a fronted date)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]['’\"”]?\s+|\n\s*)(?:On|By|Until|Till)\s+\Z")
# "the Saturday" naming a thing or a part of a longer name: no day of the story
_NOT_ALONE = re.compile(r"['’]s\b|\s+(?:of|in|night|morning|afternoon|evening|before|after)\b")


@rule(
    "story_weekday",
    rf"(?i:the)\s+(?P<wd>{WEEKDAY})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
    r"(?:\s+(?P<dir>(?i:before|after)))?(?![\w-])",
    starts="the",
)
def _story_weekday(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None or c.ref[1] not in ("day", "week") or c.dct is None:
        return None
    after = c.after()
    if g["dir"]:
        if not _ENDS_PHRASE.match(after):
            return None  # "the Sunday before the vote": counted from the vote
    elif _NOT_ALONE.match(after) or not (
        _ENDS_PHRASE.match(after) or _OPENS_SENTENCE.search(c.text, max(0, c.begin - 12), c.begin)
    ):
        return None
    day, wd = c.ref[0], WEEKDAYS[g.lower("wd")]
    if not g["dir"] and (named := _named_before(c, g.lower("wd"))) is not None:
        day = named  # "'... answer on Thursday.' On the Thursday they refused": that Thursday
    if c.ref[1] == "week":  # "closed before the end of the week ... on the Tuesday": that week's
        day = day + dt.timedelta(days=wd - day.weekday())
    back = _weekday_from(day, wd, forward=False, inclusive=False)  # the last one before
    ahead = _weekday_from(day, wd, forward=True, inclusive=False)  # the first one after
    if g["dir"]:
        d = back if g.lower("dir") == "before" else ahead
    elif wd == weekday_of(day):
        d = day
    else:
        d = back if day - back < ahead - day else ahead
    if g["part"]:  # "early on the Wednesday morning": that day's morning
        part = _PARTS[g.lower("part")]
        return make((d, "day"), "TIME", f"{ymd(d)}T{part}", from_ref=True)
    return make((d, "day"), "DATE", ymd(d), from_ref=True)


def _named_before(c: Ctx, name: str) -> dt.date | None:
    """The day of the same weekday named a little before (within `_NAMED_REACH` characters, the
    last few mentions), where it was dated to a day: "the Thursday" is that one."""
    for m in reversed(c.told[-4:]):
        if m.begin >= c.begin:
            continue
        if c.begin - m.end > _NAMED_REACH:
            return None
        point = m.res.point
        if point is not None and point[1] == "day" and name in c.text[m.begin : m.end].lower():
            return point[0] if weekday_of(point[0]) == WEEKDAYS[name] else None
    return None


_NAMED_REACH = 300
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
