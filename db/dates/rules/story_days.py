""" "On the first day", "the third day, 18 October": a day of a battle, siege or voyage counted
from its start, in a story told day by day. The first day is the story's day (the last day
dated before it: "The battle began on 16 October. On the first day ..."); a later one is the
day written beside it ("the third day, 18 October"), else the day after the story's day when
the one before it was the last counted ("On the first day ... On the second day").
"the first day of the month" or "of trading" counts something else and is left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_FULL, MONTHS, ORDINAL, ORDINALS
from .table import Ctx, Groups, Res, make, rule

# "of the battle", "of the siege": the same count; "of the month", "of school": another one.
_OF = re.compile(r"\s+of\b")
_OF_STORY = re.compile(
    r"\s+of\s+(?:the|its|their|his|her)\s+(?:battle|siege|fighting|offensive|campaign|"
    r"assault|attack|march|retreat|voyage|crossing|landings?|uprising|revolt|rising|battles?)\b",
    re.I,
)
_APPOSITION = re.compile(
    rf",\s*(?:(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_FULL})|(?P<m2>{MONTH_FULL})\s+(?P<d2>\d{{1,2}}))"
    r"(?![\w,]*\s*\d{3})"  # its own year ("18 October 1813") is a date of its own
)
_COUNTED = re.compile(rf"\bthe\s+(?P<o>{ORDINAL})\s+day\b", re.I)
_LOOK_BACK = 1500  # characters before the match where the last counted day is looked for


def _ordinal(word: str) -> int:
    word = word.lower()
    return int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word, 0)


@rule(
    "story_day",
    rf"(?i:the)\s+(?P<o>{ORDINAL})\s+(?i:day)(?![\w-])",
    starts="the",
)
def _story_day(g: Groups, c: Ctx) -> Res | None:
    after = c.after()
    if _OF.match(after) and not _OF_STORY.match(after):
        return None  # "the first day of the month", "the first day of trading"
    if c.ref is None or c.ref[1] != "day" or re.search(r"(?i)\b(?:every|each)\s+$", c.before()):
        return None
    n = _ordinal(g.req("o"))
    if not 1 <= n <= 31:
        return None
    ref = c.ref[0]
    if n == 1:
        return make((ref, "day"), from_ref=True)
    beside = _APPOSITION.match(after)
    if beside:
        month = MONTHS[(beside["m"] or beside["m2"]).lower()[:3]]
        try:
            day = dt.date(ref.year, month, int(beside["d"] or beside["d2"]))
        except ValueError:
            return None
        return make((day, "day"), from_ref=True)
    counted = list(_COUNTED.finditer(c.text, max(0, c.begin - _LOOK_BACK), c.begin))
    if counted and _ordinal(counted[-1]["o"]) == n - 1:
        return make((ref + dt.timedelta(days=1), "day"), from_ref=True)
    return None
