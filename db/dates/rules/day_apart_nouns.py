""" "On 6 May 1921, the day before her wedding", "landed on 3 March 1802, the day after the
treaty": a happening named by a noun phrase in apposition to a day is a day from it, as "a day
before her wedding" is (`relative`'s counted offsets); the phrase is dated with the noun's day
(the wedding's 7 May), as the counted one is; TimeML marks "the day" itself, the day it stands
in apposition to (6 May). Only a noun phrase ending its phrase: "the day after she was last
seen" is a clause `days_apart` places, and "the day before" alone is the story's day before
(`calendar`'s "unit_before_after").
"""

from __future__ import annotations

import datetime as dt
import re

from ..periods import ymd
from .table import Ctx, Groups, Res, make, rule

# right before: a day and its comma ("6 May 1921, ", "Monday, ")
_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)\s*,\s*$")
# right after: a determiner, at most four words (no verb's "-ed"), then the phrase's end
_NOUN_PHRASE = re.compile(
    r"\s+(?:the|his|her|its|their|my|our|your)\s+(?:(?![\w'’-]+ed\b)[\w'’-]+\s+){0,3}"
    r"(?![\w'’-]+ed\b)[\w'’-]+\s*(?:[,.;:)]|$)",
    re.I,
)


@rule(
    "day_apart_noun",
    r"(?i:the)\s+(?P<day>(?i:day))\s+(?P<dir>(?i:before|after))(?![\w-])",
    starts="the",
)
def _day_apart_noun(g: Groups, c: Ctx) -> Res | None:
    ref = c.sent_ref
    if ref is None or ref[1] != "day" or not _DAY_BEFORE.search(c.before()[-40:]):
        return None
    if not _NOUN_PHRASE.match(c.after()):
        return None
    step = 1 if g.lower("dir") == "before" else -1  # the noun's day: after the date, or before
    day = ref[0] + dt.timedelta(days=step)
    res = make((day, "day"), "DATE", ymd(day))
    res.timeml = ("DATE", ymd(ref[0]), g.end("day"))
    return res
