"""An amount of days counted from a happening named with its own day: "died of wounds five days
after the attack at Arras on 9 April", "was buried two days after his death on 3 May 1841": the
day counted to is that day moved by the amount (14 April, 5 May), in a story long past. (In news,
"two days after the vote on Tuesday" may say when the counting was told, and stays an amount.)"""

from __future__ import annotations

import datetime as dt
import re

from ..periods import shift
from .anchoring import HISTORY_YEARS
from .table import Ctx

# the noun phrase (at most five words), then "on" / "of" right before the day
_NOUN_THEN_DAY = re.compile(
    r"(?i)\s+(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:on|of)\s+"
    r"(?=(?:the\s+)?\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_PEEK_WORDS = 7


def from_dated_noun(c: Ctx, step: int, unit: str) -> dt.date | None:
    """The day `step` units from the day the noun phrase after the amount is dated with."""
    if unit not in ("day", "week") or step == 0 or c.dct is None:
        return None
    after = c.after()
    if " on " not in after[:60] and " of " not in after[:60]:
        return None  # the cheap guard before the pattern
    if _NOUN_THEN_DAY.match(after) is None:
        return None
    point = c.peek_next(_PEEK_WORDS)
    if point is None or point[1] != "day" or point[0].year > c.dct.year - HISTORY_YEARS:
        return None
    return shift(point[0], step, unit)
