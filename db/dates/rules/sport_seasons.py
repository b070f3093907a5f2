""" "the following season" after "the 1998-99 season": a season of a sport or a theatre runs
over two years and is placed by the first (`absolute.year_range`), so the season after or before
one told in years is the next or previous year's. After a season of the calendar ("the summer
of 1997") "the following season" is left alone (the autumn, or the next sports season?), unless
the text has already told seasons in years ("the 1965-66 season"): then it is the sports season
that starts after that point (one that ends in spring: "the spring of 1971" is the end of
1970-71, so the next season is 1971-72). "Last season" is the season before the one under way at
the publication date: in the second half of the year the season just ended. A plan told with
"will" for "the next season" after a year gone by is the season after the one under way then.
"""

from __future__ import annotations

import datetime as dt
import re

from ..tense import FUTURE
from .table import Ctx, Groups, Res, make, rule

_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
# a season told across two years earlier in the text: "the 1965-66 season", "in 1997-98"
_SEASON_IN_YEARS = re.compile(r"\b(?:1[89]|20)\d\d[-–/]\d\d\s+season\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|its|his|her|their|our|my|your|a|this|that)\s+$")
_NEW_SEASON_MONTH = 7  # a season across two years starts in the second half of a year
_WILL = re.compile(r"(?i)\b(?:will|shall)\b|['’]ll\b")  # told ahead from now, not "would"


def _seasons_in_years(c: Ctx) -> bool:
    return bool(_SEASON_IN_YEARS.search(c.text, 0, c.begin))


@rule(
    "season_after_season",
    r"(?P<the>(?i:the))\s+(?P<rel>(?i:following|next|previous|preceding))\s+(?i:season)(?!\w)",
    starts="the",
)
def _season_after_season(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None:
        return None
    step = _STEP[g.lower("rel")]
    if c.ref[1] == "year":
        year = c.ref[0].year + step
    elif c.ref[1] in ("day", "month", "season") and _seasons_in_years(c):
        # the season under way at that point starts in its year's second half
        current = c.ref[0].year - (c.ref[0].month < _NEW_SEASON_MONTH)
        year = current + step
    else:
        return None
    if step > 0 and c.dct is not None and _WILL.search(c.before()) and c.tense() == FUTURE:
        # "will stay for the next season" after a year long past: a plan made now is not
        # in the past; the season after the one under way at the publication date
        now = c.dct.year - (c.dct.month < _NEW_SEASON_MONTH) + 1
        if year < now:
            return make((dt.date(now, 1, 1), "year"), relative=True)
    return make((dt.date(year, 1, 1), "year"), from_ref=True)


@rule("last_season", r"(?P<last>(?i:last))\s+(?i:season)(?!\w)", starts="last")
def _last_season(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None or _DETERMINER_BEFORE.search(c.before()):
        return None  # "the last season of the series", "in its last season": the final one
    year = c.dct.year - 1
    if c.dct.month < _NEW_SEASON_MONTH and _seasons_in_years(c):
        year -= 1  # in spring the season under way began last year; the one before it
    return make((dt.date(year, 1, 1), "year"), relative=True)
