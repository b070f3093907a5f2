""" "on the third day", "on the second morning": the n-th day of a journey or a campaign just
dated to the day ("left Burwash on 7 May ... on the third day they reached the glacier" is 9
May, the day of leaving being the first). Left alone: "the third day of the trial" (a day of
something named, not of the story), "for the third day in a row" (news of today), and any text
whose last date is not a day.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import ORDINALS
from .table import Ctx, Groups, Res, make, rule

_ORDINAL_WORDS = "|".join(sorted((w for w in ORDINALS if " " not in w), key=len, reverse=True))
_NOT_THE_STORYS = re.compile(r"\s+(?:of|in\s+a\s+row|running|straight|since|after|before)\b", re.I)
_ON_BEFORE = re.compile(r"(?i)\b(?:on|by)\s+$")
_MAX_DAY = 10  # "the ninety-first day" is a count, not a day a reader places from the start


@rule(
    "nth_day_of_journey",
    rf"(?P<the>(?i:the))\s+(?P<nth>(?i:{_ORDINAL_WORDS}))\s+(?i:day)(?![\w-])",
    starts="the",
)
def _nth_day(g: Groups, c: Ctx) -> Res | None:
    n = ORDINALS.get(g.lower("nth"))
    if n is None or not 2 <= n <= _MAX_DAY or c.ref is None or c.ref[1] != "day":
        return None
    if not _ON_BEFORE.search(c.before()) or _NOT_THE_STORYS.match(c.after()):
        return None
    return make((c.ref[0] + dt.timedelta(days=n - 1), "day"), from_ref=True)
