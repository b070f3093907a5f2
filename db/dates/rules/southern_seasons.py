""" "the southern winter", "in the southern summer": a season of the other hemisphere, as
voyages to the far south tell it. It is the next such season from the text's time (after "17
January 1773", the southern winter is June-August 1773; after that, the southern summer begins
in December 1773), written as TIMEX3 writes a season: its name and the year it begins in
("1773-WI", "1773-SU"), and drawn as that value reads, so that "that winter" after it is the
same season.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import SEASON_FIRST_MONTH, SEASONS
from ..periods import start_of
from .table import Ctx, Groups, Res, make, rule

# the first month of each season south of the equator
_SOUTH_FIRST = {"SP": 9, "SU": 12, "FA": 3, "WI": 6}


@rule(
    "southern_season",
    r"(?:(?i:the|that|this)\s+)?(?i:southern|austral)\s+"
    r"(?P<s>(?i:spring|summer|autumn|fall|winter))(?![\w-])",
    starts="the that this southern austral",
)
def _southern_season(g: Groups, c: Ctx) -> Res | None:
    return _south(SEASONS[g.lower("s")], c)


_TOLD_REACH = 300  # characters back "that winter" looks for the southern one it means


def told_south(season: str, c: Ctx) -> Res | None:
    """ "... where he spent the southern winter. That winter the crews rested": "that winter"
    after a southern season of its name told just before (in an aside too, which moved no
    reference time) is that season; else None."""
    before = c.text[max(c.sent_begin - _TOLD_REACH, 0) : c.begin]
    if "\n\n" in before:
        before = before[before.rindex("\n\n") :]
    if not re.search(rf"(?i)\b(?:southern|austral)\s+{season}\b", before):
        return None
    return _south(SEASONS[season], c)


def _south(code: str, c: Ctx) -> Res | None:
    base = start_of(*c.ref) if c.ref is not None else c.dct
    if base is None:
        return Res("DATE", f"XXXX-{code}")
    first = _SOUTH_FIRST[code]
    year = base.year if first >= base.month else base.year + 1
    return make((dt.date(year, SEASON_FIRST_MONTH[code], 1), "season"), from_ref=c.ref is not None)
